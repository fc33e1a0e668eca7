/**
 * What the sample assets are made with: the checker's own dependencies (sharp, pdf-lib, Chromium), the
 * State palette of @charte/tokens, the Marianne font and the bloc-marque read from the installed
 * @gouvfr/dsfr. Nothing here is fetched from the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deviseSvg, marianneBlockSvg } from '../../packages/checker/src/vision/marianne.ts';
import { random } from '../lib/random.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Modules are resolved from the checker, whose dependencies they are. */
const checkerRequire = createRequire(path.join(root, 'packages/checker/package.json'));

export type Sharp = typeof import('../../packages/checker/node_modules/sharp/dist/index.mjs').default;
export type PdfLib = typeof import('../../packages/checker/node_modules/pdf-lib/cjs/index.js');

export const sharp = checkerRequire('sharp') as Sharp;
export const pdfLib = checkerRequire('pdf-lib') as PdfLib;

interface PaletteColour {
  name: string;
  state: string;
  value: string;
}

let palette: Map<string, string> | undefined;

/**
 * The value of a colour option of the State palette (`blue-france-sun-113` → `#000091`), from the built
 * @charte/tokens. Throws when the name is not in the palette, so the samples meant to conform use no other.
 */
export async function colour(name: string): Promise<string> {
  if (!palette) {
    const entry = path.join(root, 'packages/tokens/dist/js/index.js');
    if (!existsSync(entry)) throw new Error(`${path.relative(root, entry)} is missing: run \`pnpm build\` first`);
    const tokens = (await import(pathToFileURL(entry).href)) as { palette: readonly PaletteColour[] };
    palette = new Map(tokens.palette.filter((c) => c.state === 'default').map((c) => [c.name, c.value.toLowerCase()]));
  }
  const value = palette.get(name);
  if (!value) throw new Error(`packages/tokens/dist/js/index.js: no colour "${name}" in the State palette`);
  return value;
}

/** The folder of the installed @gouvfr/dsfr. */
const dsfrRoot = (): string => {
  try {
    return path.dirname(checkerRequire.resolve('@gouvfr/dsfr/package.json'));
  } catch {
    throw new Error(
      '@gouvfr/dsfr is not installed: the Marianne font and the bloc-marque come from it (run `pnpm install`)',
    );
  }
};

/** `@font-face` rules for Marianne Regular and Bold, the files inlined as data URLs (no file or network access). */
export function marianneFontFaces(): string {
  const faces: [string, number][] = [
    ['Marianne-Regular', 400],
    ['Marianne-Bold', 700],
  ];
  return faces
    .map(([file, weight]) => {
      const full = path.join(dsfrRoot(), 'dist/fonts', `${file}.woff2`);
      if (!existsSync(full)) throw new Error(`${full}: missing from @gouvfr/dsfr (has the package changed?)`);
      const data = readFileSync(full).toString('base64');
      return `@font-face{font-family:"Marianne";src:url(data:font/woff2;base64,${data}) format("woff2");font-weight:${weight};font-style:normal}`;
    })
    .join('\n');
}

export interface BlocMarqueOptions {
  /** Colours of the block's halves; the official ones by default. */
  left?: string;
  right?: string;
  /** Colour of the intitulé and the devise (default black). */
  ink?: string;
  /** Intitulé lines. */
  lines?: string[];
}

/**
 * The bloc-marque as HTML, laid out as DSFR lays out its logo with unit `u` px: the Marianne block 2.75u × u,
 * u/3 below it the intitulé in Marianne Bold capitals at 1.05u, then the devise 2.625u wide.
 */
export function blocMarqueHtml(u: number, options: BlocMarqueOptions = {}): string {
  const ink = options.ink ?? '#000000';
  const lines = options.lines ?? ['République', 'Française'];
  const block = marianneBlockSvg(u, u * 2.75, { left: options.left, right: options.right });
  const devise = deviseSvg(u * 2.625, ink);
  return [
    `<div class="bloc-marque" style="display:inline-block;vertical-align:top;font-family:Marianne;font-weight:700;`,
    `font-size:${u * 1.05}px;line-height:1.0317;letter-spacing:-0.01em;text-transform:uppercase;color:${ink}">`,
    `<div style="display:block;width:${u * 2.75}px;height:${u}px;margin-bottom:${u / 3}px;line-height:0">${block}</div>`,
    `<p style="margin:0">${lines.join('<br>')}</p>`,
    `<div style="margin-top:${u / 3}px;line-height:0">${devise.svg}</div>`,
    '</div>',
  ].join('');
}

export { random };

/** Smooth value noise over the plane, seeded, summed over `octaves` (fractal), about 0 to 1. */
export function noise(seed: number, octaves = 5): (x: number, y: number) => number {
  const size = 256;
  const rand = random(seed);
  const lattice = Float32Array.from({ length: size * size }, () => rand());
  const at = (i: number, j: number) => lattice[((j & (size - 1)) << 8) | (i & (size - 1))]!;
  const smooth = (t: number) => t * t * (3 - 2 * t);
  const value = (x: number, y: number) => {
    const i = Math.floor(x);
    const j = Math.floor(y);
    const fx = smooth(x - i);
    const fy = smooth(y - j);
    const top = at(i, j) + (at(i + 1, j) - at(i, j)) * fx;
    const bottom = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * fx;
    return top + (bottom - top) * fy;
  };
  return (x, y) => {
    let sum = 0;
    let weight = 0;
    for (let o = 0, f = 1, a = 1; o < octaves; o++, f *= 2, a /= 2) {
      sum += value(x * f + o * 17.3, y * f + o * 31.7) * a;
      weight += a;
    }
    return sum / weight;
  };
}

/** Adds seeded noise of `amount` levels peak to peak to every byte of `data`, clamped to 0–255, in place. */
export function addGrain(data: Uint8Array, amount: number, seed: number): void {
  const next = random(seed);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.max(0, Math.min(255, data[i]! + Math.round((next() - 0.5) * amount)));
}

/** `#rrggbb` → [r, g, b]. */
export const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** XML text with `&`, `<`, `>` and quotes escaped. */
export const xmlText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
