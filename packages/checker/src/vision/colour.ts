/** Colour science for the checks: parsing computed CSS colours, CIEDE2000, WCAG contrast. */
import Color from 'colorjs.io';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 to 1. */
  a: number;
}

const parsed = new Map<string, Rgba | null>();

/** Parses a colour as Chromium computes it (`rgb()`, `rgba()`, `color(srgb …)`) or a hex; null if not a colour. */
export function parseColour(value: string): Rgba | null {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  let result: Rgba | null;
  try {
    const c = new Color(value).to('srgb');
    const [r = 0, g = 0, b = 0] = c.coords.map((x) => Math.round(Math.min(1, Math.max(0, Number(x) || 0)) * 255));
    result = { r, g, b, a: c.alpha ?? 1 };
  } catch {
    result = null;
  }
  // Pages use a few dozen distinct values; the bound only guards against a pathological page.
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(value, result);
  return result;
}

/** `#rrggbb` from channels, rounded and clamped to 0-255. */
export const rgbHex = (r: number, g: number, b: number): string =>
  `#${[r, g, b]
    .map((x) =>
      Math.max(0, Math.min(255, Math.round(x)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

export const toHex = ({ r, g, b }: Rgba) => rgbHex(r, g, b);

const cache = new Map<string, Color>();
const colour = (hex: string) => {
  let c = cache.get(hex);
  if (!c) {
    c = new Color(hex);
    cache.set(hex, c);
  }
  return c;
};

/** CIEDE2000 distance between two opaque colours given as hex. */
export function deltaE2000(a: string, b: string): number {
  return colour(a).deltaE(colour(b), '2000');
}

/** WCAG 2.1 contrast ratio of two opaque colours given as hex. */
export function contrast(a: string, b: string): number {
  return colour(a).contrast(colour(b), 'WCAG21');
}

/** `top` drawn with its alpha over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (x: number, y: number) => Math.round(x * top.a + y * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}
