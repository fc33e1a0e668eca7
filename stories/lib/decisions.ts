/** Contrasts of the DSFR colour decisions, for the component pages. */
import { decisions, type Theme } from '@charte/tokens';
import { contrastRatio, formatRatio } from './colour.ts';

/** The contrast of a text decision on a background decision in a theme, as written in French (`4,54:1`). */
export function decisionContrast(text: string, background: string, theme: Theme): string {
  const foreground = decisions[text];
  const ground = decisions[background];
  if (!foreground || !ground) throw new Error(`No colour decision named ${foreground ? background : text}`);
  return formatRatio(contrastRatio(foreground[theme], ground[theme]));
}
