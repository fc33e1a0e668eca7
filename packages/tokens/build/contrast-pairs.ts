/**
 * Which background decisions each text decision is meant to be read on. DSFR designs its text colours
 * for the neutral page surfaces and for the light surfaces of their own family; inverted text is
 * meant for the strong (action-high, flat) background of its family.
 */
import { decisionPattern } from './families.ts';

/** Neutral surfaces every text colour is designed for. */
export const neutralBackgrounds = [
  'background-default-grey',
  'background-alt-grey',
  'background-contrast-grey',
  'background-raised-grey',
  'background-overlap-grey',
  'background-lifted-grey',
  'background-alt-raised-grey',
  'background-alt-overlap-grey',
  'background-contrast-raised-grey',
] as const;

/**
 * Text decisions DSFR keeps under 4.5:1 by design, with the reason. WCAG 1.4.3 does not apply to the
 * text of inactive user-interface components.
 */
export const contrastExceptions: Readonly<Record<string, string>> = {
  'text-disabled-grey': 'text of disabled controls; WCAG 1.4.3 exempts inactive components',
};

export interface ContrastPair {
  text: string;
  background: string;
  /** The ratio WCAG 2.1 AA asks for body text. */
  minRatio: number;
  /** Set when DSFR keeps this pair under `minRatio` by design. */
  exception?: string;
}

/** Every text/background pair, from the names of the decisions that exist. */
export function contrastPairs(decisionNames: Iterable<string>): ContrastPair[] {
  const names = new Set(decisionNames);
  const pairs: ContrastPair[] = [];
  for (const text of names) {
    const match = decisionPattern.exec(text);
    if (match?.[1] !== 'text' || match[4]) continue;
    const [, , usage, family] = match;
    const backgrounds =
      usage === 'inverted'
        ? [`background-action-high-${family}`, `background-flat-${family}`]
        : [
            ...neutralBackgrounds,
            `background-alt-${family}`,
            `background-contrast-${family}`,
            `background-action-low-${family}`,
          ];
    for (const background of new Set(backgrounds)) {
      if (!names.has(background)) continue;
      const exception = contrastExceptions[text];
      pairs.push({ text, background, minRatio: 4.5, ...(exception ? { exception } : {}) });
    }
  }
  return pairs;
}
