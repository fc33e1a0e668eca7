/**
 * Contrast of colours as WCAG 2.1 defines it: the relative luminance of an sRGB colour and the ratio of two
 * luminances, from 1:1 to 21:1. Pure functions, shared by the foundations pages and their tests.
 */

/** The reference colours a swatch is measured against. */
export const WHITE = '#ffffff';
export const BLACK = '#000000';

/** `#rgb` or `#rrggbb` → its three channels, 0 to 255. Throws on anything else. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a hex colour: "${hex}"`);
  let digits = match[1]!;
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** sRGB channel (0 to 255) → linear light (0 to 1), with WCAG 2.1's threshold. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a colour: 0 for black, 1 for white. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two colours, from 1 (same luminance) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** What a ratio allows for text (WCAG 2.1, 1.4.3 and 1.4.6). */
export type WcagLevel = 'AAA' | 'AA' | 'AA grands textes' | 'insuffisant';

/** The WCAG level a contrast ratio reaches: AAA from 7, AA from 4.5, AA for large text from 3. */
export function wcagLevel(ratio: number): WcagLevel {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA grands textes';
  return 'insuffisant';
}

/** Black or white, whichever contrasts more with `background`: the text colour of a swatch. */
export function readableOn(background: string): typeof WHITE | typeof BLACK {
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}

/**
 * A ratio as written in French, `4,54:1`, cut (never rounded up) to two decimals so that a ratio just under a
 * threshold never reads as meeting it.
 */
export function formatRatio(ratio: number): string {
  const cut = Math.floor(ratio * 100 + 1e-9) / 100;
  return `${cut.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
}
