/** Colour parsing and WCAG contrast, on colorjs.io. */
import Color from 'colorjs.io';

/** `#rrggbb`, or `#rrggbbaa` when not opaque, from any CSS colour string; 8-bit channels. */
export function canonicalColour(value: string): string {
  const colour = new Color(value).to('srgb');
  const byte = (x: number) =>
    Math.round(Math.min(1, Math.max(0, x)) * 255)
      .toString(16)
      .padStart(2, '0');
  const [r = 0, g = 0, b = 0] = colour.coords;
  const alpha = colour.alpha ?? 1;
  return `#${byte(r)}${byte(g)}${byte(b)}${alpha < 1 ? byte(alpha) : ''}`;
}

/** WCAG 2.1 contrast ratio of two opaque colours. */
export function contrastRatio(foreground: string, background: string): number {
  return new Color(foreground).contrast(new Color(background), 'WCAG21');
}
