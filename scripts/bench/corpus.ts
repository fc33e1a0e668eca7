/**
 * Builds the labelled corpus of the bloc-marque detection benchmark into .cache/corpus/ (gitignored: its
 * images hold the official block and devise, drawn from the installed @gouvfr/dsfr). Deterministic: the same
 * seed gives the same images and manifest.
 *
 * - Present: the bloc-marque (Marianne block, intitulé in a bold sans-serif, devise) on plain, tinted,
 *   synthetic photographic backgrounds and on web-page-like layouts, block heights 12 to 200 px, saved as
 *   JPEG (quality 60 to 95) or PNG; some images hold two.
 * - Altered (present, labelled altered): recoloured halves and stretched blocks (0.7 to 1.4 of 2.75:1).
 * - Absent: plain images, synthetic photographs, French flags, blue and red flat graphics, pages of text.
 *
 * Usage: tsx scripts/bench/corpus.ts [--seed N] [--out DIR]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { Box } from '../../packages/checker/src/model/index.ts';
import { rgbHex } from '../../packages/checker/src/vision/colour.ts';
import { deviseSvg, MARIANNE_ASPECT, marianneBlockSvg } from '../../packages/checker/src/vision/marianne.ts';
import { random } from '../lib/random.ts';
import { root } from './lib.ts';

/** Bump when the corpus changes, so a cached one is rebuilt. */
export const CORPUS_VERSION = 3;
export const corpusDir = path.join(root, '.cache/corpus');

export type Background = 'plain' | 'tinted' | 'photo' | 'page';
export type Negative = 'plain' | 'photo' | 'flag' | 'banner' | 'text';

export interface TruthBlock {
  box: Box;
  /** Undefined for the official block. */
  altered?: 'recoloured' | 'stretched';
  aspect: number;
  colours: { left: string; right: string };
}

export interface CorpusImage {
  file: string;
  width: number;
  height: number;
  format: 'png' | 'jpeg';
  quality?: number;
  /** What is behind the bloc-marque, or what the image without one shows. */
  background: Background | Negative;
  blocks: TruthBlock[];
}

export interface Manifest {
  version: number;
  seed: number;
  images: CorpusImage[];
}

/** Seeded drawing helpers over mulberry32 (scripts/lib/random.ts), enough for test images. */
function generator(seed: number) {
  const next = random(seed);
  return {
    next,
    range: (lo: number, hi: number) => lo + (hi - lo) * next(),
    int: (lo: number, hi: number) => Math.floor(lo + (hi - lo + 1) * next()),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof generator>;

const round2 = (v: number) => Math.round(v * 100) / 100;

const INTITULES = [
  ['RÉPUBLIQUE', 'FRANÇAISE'],
  ['GOUVERNEMENT'],
  ['MINISTÈRE', 'DE LA CULTURE'],
  ['PRÉFET', 'DE LA RÉGION', 'BRETAGNE'],
  ['MINISTÈRE', "DE L'EUROPE", 'ET DES AFFAIRES', 'ÉTRANGÈRES'],
];
const TINTS = ['#f6f6f6', '#f5f5fe', '#eeeeee', '#fef4f4', '#e8edff', '#fff9eb', '#dffdf7', '#ececfe', '#fbf5f2'];
const DARK = ['#161616', '#1e1e1e', '#2a2a2a'];
const RECOLOURS: [string, string][] = [
  ['#18753c', '#000000'],
  ['#e1000f', '#000091'],
  ['#666666', '#999999'],
  ['#000000', '#000000'],
  ['#6a6af4', '#fc5d00'],
  ['#009081', '#ffca00'],
  ['#1212ff', '#ce0500'],
];
const FONT = "font-family=\"'DejaVu Sans', 'Liberation Sans', sans-serif\"";

interface Drawn {
  svg: string;
  block: TruthBlock;
  /** Bounding box of the whole bloc-marque. */
  extent: Box;
}

/** The bloc-marque at (x, y), block height u: block, intitulé below it, devise below that. */
function blocMarque(
  x: number,
  y: number,
  u: number,
  options: { aspect?: number; colours?: [string, string]; lines: string[]; ink: string },
): Drawn {
  const aspect = options.aspect ?? 1;
  const width = u * MARIANNE_ASPECT * aspect;
  const [left, right] = options.colours ?? ['#000091', '#e1000f'];
  const size = 1.05 * u;
  const line = 1.0317 * size;
  const textTop = y + u + u / 3;
  const text = options.lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${round2(textTop + i * line + 0.78 * size)}" ${FONT} font-weight="bold" font-size="${round2(size)}" fill="${options.ink}">${l.replace(/'/g, '&#39;')}</text>`,
    )
    .join('');
  const deviseWidth = 2.625 * u;
  const devise = deviseSvg(deviseWidth, options.ink);
  const deviseTop = textTop + options.lines.length * line + 0.25 * u;
  const textWidth = Math.max(...options.lines.map((l) => l.length)) * 0.75 * size;
  const svg = `<g transform="translate(${round2(x)},${round2(y)})">${marianneBlockSvg(u, width, { left, right })}</g>${text}<g transform="translate(${round2(x)},${round2(deviseTop)})">${devise.svg}</g>`;
  const altered = options.colours ? 'recoloured' : aspect !== 1 ? 'stretched' : undefined;
  return {
    svg,
    block: {
      box: { x: round2(x), y: round2(y), width: round2(width), height: round2(u) },
      ...(altered ? { altered } : {}),
      aspect: round2(aspect),
      colours: { left, right },
    },
    extent: {
      x: round2(x),
      y: round2(y),
      width: round2(Math.max(width, textWidth, deviseWidth)),
      height: round2(deviseTop + devise.height - y),
    },
  };
}

/** A synthetic photograph: gradient, blurred blobs, a few sharp shapes and grain, as raw RGB. */
async function photo(rng: Rng, width: number, height: number): Promise<Buffer> {
  const colour = () => rgbHex(rng.int(0, 255), rng.int(0, 255), rng.int(0, 255));
  const blobs = Array.from({ length: rng.int(6, 16) }, () => {
    const rx = rng.range(0.05, 0.4) * width;
    return `<ellipse cx="${rng.int(0, width)}" cy="${rng.int(0, height)}" rx="${round2(rx)}" ry="${round2(rx * rng.range(0.3, 1.5))}" fill="${colour()}" opacity="${round2(rng.range(0.4, 1))}"/>`;
  }).join('');
  const soft = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="${round2(rng.next())}" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/>${blobs}</svg>`;
  const base = await sharp(Buffer.from(soft))
    .removeAlpha()
    .blur(Math.max(2, Math.min(width, height) / rng.range(15, 40)))
    .toBuffer();
  const shapes = Array.from({ length: rng.int(3, 12) }, () => {
    const w = rng.range(0.02, 0.2) * width;
    const h = rng.range(0.02, 0.3) * height;
    return rng.chance(0.5)
      ? `<rect x="${rng.int(0, width)}" y="${rng.int(0, height)}" width="${round2(w)}" height="${round2(h)}" fill="${colour()}" opacity="${round2(rng.range(0.5, 1))}" transform="rotate(${rng.int(-30, 30)})"/>`
      : `<ellipse cx="${rng.int(0, width)}" cy="${rng.int(0, height)}" rx="${round2(w / 2)}" ry="${round2(h / 2)}" fill="${colour()}" opacity="${round2(rng.range(0.5, 1))}"/>`;
  }).join('');
  const sharpShapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes}</svg>`;
  const { data } = await sharp(base)
    .composite([{ input: await sharp(Buffer.from(sharpShapes)).blur(rng.range(0.5, 1.5)).png().toBuffer() }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grain = rng.range(4, 14);
  for (let i = 0; i < data.length; i++) {
    const v = (data[i] as number) + (rng.next() + rng.next() + rng.next() - 1.5) * grain;
    data[i] = Math.max(0, Math.min(255, v));
  }
  return data;
}

/** Lines of text at (x, y): paragraphs of words in a colour. */
function paragraph(rng: Rng, x: number, y: number, width: number, lines: number, size: number, fill: string): string {
  const words = ['service', 'public', 'démarche', 'accès', 'données', 'région', 'santé', 'emploi', 'sécurité', 'état'];
  let out = '';
  for (let i = 0; i < lines; i++) {
    let line = '';
    while (line.length * size * 0.55 < width * rng.range(0.6, 1)) line += `${rng.pick(words)} `;
    out += `<text x="${x}" y="${round2(y + (i + 1) * size * 1.5)}" ${FONT} font-size="${size}" fill="${fill}">${line.trim()}</text>`;
  }
  return out;
}

const SIZES: [number, number][] = [
  [640, 480],
  [800, 600],
  [1024, 768],
  [1200, 675],
  [1600, 900],
];

/** A canvas size that holds a bloc-marque of block height u (its full height is about 6u). */
function canvasFor(rng: Rng, u: number): [number, number] {
  const [w, h] = rng.pick(SIZES);
  const need = Math.ceil(6.2 * u + 20);
  if (h >= need) return [w, h];
  const height = Math.min(1600, need);
  return [Math.min(1600, Math.max(w, Math.round(height * 1.33))), height];
}

/** A block height in one of the bands, so every band is well represented. */
function heightIn(rng: Rng, band: number): number {
  const [lo, hi] = (
    [
      [12, 15.9],
      [16, 31.9],
      [32, 63.9],
      [64, 200],
    ] as const
  )[band]!;
  return round2(band === 3 ? Math.exp(rng.range(Math.log(lo), Math.log(hi))) : rng.range(lo, hi));
}

interface Scene {
  width: number;
  height: number;
  background: Background | Negative;
  /** Raw RGB base, or a flat colour. */
  base: Buffer | string;
  overlay: string;
  blocks: TruthBlock[];
}

async function positive(rng: Rng, band: number, alteration?: 'recoloured' | 'stretched'): Promise<Scene> {
  const u = heightIn(rng, band);
  const [width, height] = canvasFor(rng, u);
  const background = rng.pick<Background>(['plain', 'tinted', 'photo', 'page', 'plain', 'tinted', 'photo']);
  const aspect = alteration === 'stretched' ? round2(rng.chance(0.5) ? rng.range(0.7, 0.88) : rng.range(1.15, 1.4)) : 1;
  const colours = alteration === 'recoloured' ? rng.pick(RECOLOURS) : undefined;
  const dark = background === 'tinted' && rng.chance(0.25);
  let base: Buffer | string = '#ffffff';
  if (background === 'tinted') base = dark ? rng.pick(DARK) : rng.pick(TINTS);
  if (background === 'photo') base = await photo(rng, width, height);
  const ink = dark ? '#ffffff' : '#161616';
  const place = (count: number): { x: number; y: number }[] => {
    const spots: { x: number; y: number }[] = [];
    const bw = u * MARIANNE_ASPECT * aspect;
    const fullW = Math.max(bw, 7.5 * u);
    const fullH = 5.6 * u;
    for (let k = 0; k < count; k++) {
      // Side by side when two: each in its half of the canvas.
      const x0 = (k * width) / count;
      const span = width / count - fullW - 4;
      spots.push({ x: round2(x0 + 2 + Math.max(0, rng.range(0, span))), y: round2(rng.range(2, height - fullH - 2)) });
    }
    return spots;
  };
  let overlay = '';
  const blocks: TruthBlock[] = [];
  if (background === 'page') {
    // A web page: header with the bloc-marque at the top left, site name, links; body text and buttons.
    const x = round2(rng.range(16, 48));
    const y = round2(rng.range(12, 32));
    const drawn = blocMarque(x, y, u, { aspect, colours, lines: rng.pick(INTITULES), ink });
    const headerBottom = drawn.extent.y + drawn.extent.height + u;
    overlay += drawn.svg;
    overlay += `<text x="${round2(x + 9 * u)}" y="${round2(y + u)}" ${FONT} font-weight="bold" font-size="${round2(Math.max(14, u))}" fill="#161616">Nom du site</text>`;
    overlay += `<rect x="0" y="${round2(headerBottom)}" width="${width}" height="1" fill="#dddddd"/>`;
    overlay += paragraph(rng, 40, headerBottom + 20, width - 80, rng.int(4, 14), rng.int(12, 18), '#3a3a3a');
    overlay += `<rect x="40" y="${round2(height - 80)}" width="${rng.int(120, 220)}" height="40" fill="#000091"/><text x="56" y="${round2(height - 54)}" ${FONT} font-size="16" fill="#fff">Continuer</text>`;
    blocks.push(drawn.block);
  } else {
    const count = rng.chance(0.12) && width > 16 * u ? 2 : 1;
    for (const spot of place(count)) {
      if (background === 'photo' && rng.chance(0.4)) {
        // On a photograph the bloc-marque often sits on a white panel.
        overlay += `<rect x="${round2(spot.x - u)}" y="${round2(spot.y - u)}" width="${round2(9.5 * u)}" height="${round2(7.6 * u)}" fill="#ffffff"/>`;
      }
      const drawn = blocMarque(spot.x, spot.y, u, { aspect, colours, lines: rng.pick(INTITULES), ink });
      overlay += drawn.svg;
      blocks.push(drawn.block);
    }
  }
  return { width, height, background, base, overlay, blocks };
}

async function negative(rng: Rng, kind: Negative): Promise<Scene> {
  const [width, height] = rng.pick(SIZES);
  let base: Buffer | string = rng.chance(0.6) ? '#ffffff' : rng.pick(TINTS);
  let overlay = '';
  const flag = (x: number, y: number, h: number, ratio: number) => {
    const w = h * ratio;
    return `<rect x="${round2(x)}" y="${round2(y)}" width="${round2(w / 3)}" height="${round2(h)}" fill="#000091"/><rect x="${round2(x + w / 3)}" y="${round2(y)}" width="${round2(w / 3)}" height="${round2(h)}" fill="#ffffff"/><rect x="${round2(x + (2 * w) / 3)}" y="${round2(y)}" width="${round2(w / 3)}" height="${round2(h)}" fill="#e1000f"/>`;
  };
  switch (kind) {
    case 'plain':
      base = rng.pick(['#ffffff', ...TINTS, ...DARK, '#000091', '#e1000f']);
      if (rng.chance(0.5)) {
        overlay += `<rect x="${rng.int(0, width / 2)}" y="${rng.int(0, height / 2)}" width="${rng.int(40, width / 2)}" height="${rng.int(20, height / 2)}" fill="${rng.pick(TINTS)}"/>`;
      }
      break;
    case 'photo':
      base = await photo(rng, width, height);
      break;
    case 'flag': {
      if (rng.chance(0.3)) base = await photo(rng, width, height);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const h = rng.range(12, height / 3);
        const ratio = rng.pick([1.5, 1.5, 2, 2.75]);
        overlay += flag(rng.range(0, width - h * ratio), rng.range(0, height - h), h, ratio);
      }
      break;
    }
    case 'banner': {
      // Blue and red flat graphics: two-tone bands and rectangles, some with a white mark in the middle.
      for (let k = rng.int(1, 4); k > 0; k--) {
        const h = rng.range(12, height / 3);
        const w = h * rng.pick([1.5, 2.2, 2.75, 2.75, 3.5, 6]);
        const x = rng.range(0, Math.max(1, width - w));
        const y = rng.range(0, height - h);
        const [a, b] = rng.chance(0.5) ? ['#000091', '#e1000f'] : ['#e1000f', '#000091'];
        overlay += `<rect x="${round2(x)}" y="${round2(y)}" width="${round2(w / 2)}" height="${round2(h)}" fill="${a}"/><rect x="${round2(x + w / 2)}" y="${round2(y)}" width="${round2(w / 2)}" height="${round2(h)}" fill="${b}"/>`;
        const mark = rng.int(0, 3);
        const cx = x + w / 2;
        const cy = y + h / 2;
        if (mark === 1)
          overlay += `<circle cx="${round2(cx)}" cy="${round2(cy)}" r="${round2(h * 0.35)}" fill="#fff"/>`;
        if (mark === 2)
          overlay += `<text x="${round2(cx)}" y="${round2(cy + h * 0.3)}" text-anchor="middle" ${FONT} font-weight="bold" font-size="${round2(h * 0.8)}" fill="#fff">RF</text>`;
        if (mark === 3)
          overlay += `<path d="M${round2(cx - h * 0.3)} ${round2(y + h)} Q${round2(cx)} ${round2(y - h * 0.2)} ${round2(cx + h * 0.3)} ${round2(y + h)} Z" fill="#fff"/>`;
      }
      overlay += `<text x="20" y="${height - 30}" ${FONT} font-weight="bold" font-size="${rng.int(18, 48)}" fill="#000091">SERVICE PUBLIC</text>`;
      break;
    }
    case 'text': {
      const size = rng.int(11, 20);
      overlay += `<text x="40" y="${rng.int(40, 80)}" ${FONT} font-weight="bold" font-size="${rng.int(28, 64)}" fill="${rng.pick(['#161616', '#000091', '#e1000f'])}">RÉPUBLIQUE FRANÇAISE</text>`;
      overlay += paragraph(rng, 40, 100, width - 80, Math.floor((height - 140) / (size * 1.5)), size, '#161616');
      if (rng.chance(0.5)) {
        overlay += `<text x="40" y="${height - 20}" ${FONT} font-weight="bold" font-size="${size * 2}" fill="#000091">Liberté</text><text x="${40 + size * 8}" y="${height - 20}" ${FONT} font-weight="bold" font-size="${size * 2}" fill="#e1000f">Égalité</text>`;
      }
      break;
    }
  }
  return { width, height, background: kind, base, overlay, blocks: [] };
}

async function encode(scene: Scene, rng: Rng): Promise<{ bytes: Buffer; format: 'png' | 'jpeg'; quality?: number }> {
  const { width, height } = scene;
  const image =
    typeof scene.base === 'string'
      ? sharp({ create: { width, height, channels: 3, background: scene.base } })
      : sharp(scene.base, { raw: { width, height, channels: 3 } });
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${scene.overlay}</svg>`;
  const flat = await image
    .composite(scene.overlay ? [{ input: Buffer.from(overlay) }] : [])
    .removeAlpha()
    .png()
    .toBuffer();
  if (rng.chance(0.35)) return { bytes: await sharp(flat).png({ compressionLevel: 6 }).toBuffer(), format: 'png' };
  const quality = rng.pick([60, 65, 70, 75, 80, 85, 90, 95]);
  return { bytes: await sharp(flat).jpeg({ quality }).toBuffer(), format: 'jpeg', quality };
}

/** Builds the corpus into `out` (emptied first) and returns its manifest. */
/** The seed of the corpus the detector's thresholds were set on. */
export const DEFAULT_SEED = 20260101;

export async function buildCorpus(seed = DEFAULT_SEED, out = corpusDir): Promise<Manifest> {
  const rng = generator(seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const plan: (() => Promise<Scene>)[] = [];
  const perBand = [50, 60, 50, 50];
  perBand.forEach((count, band) => {
    for (let k = 0; k < count; k++) plan.push(() => positive(rng, band));
  });
  for (let k = 0; k < 40; k++) plan.push(() => positive(rng, 1 + (k % 3), 'recoloured'));
  for (let k = 0; k < 40; k++) plan.push(() => positive(rng, 1 + (k % 3), 'stretched'));
  const negatives: [Negative, number][] = [
    ['plain', 15],
    ['photo', 30],
    ['flag', 25],
    ['banner', 30],
    ['text', 20],
  ];
  for (const [kind, count] of negatives) for (let k = 0; k < count; k++) plan.push(() => negative(rng, kind));

  const images: CorpusImage[] = [];
  for (const [index, make] of plan.entries()) {
    const scene = await make();
    const { bytes, format, quality } = await encode(scene, rng);
    const kind = scene.blocks.length ? (scene.blocks[0]?.altered ?? 'bloc-marque') : `none-${scene.background}`;
    const file = `${String(index).padStart(3, '0')}-${kind}.${format === 'png' ? 'png' : 'jpg'}`;
    writeFileSync(path.join(out, file), bytes);
    images.push({
      file,
      width: scene.width,
      height: scene.height,
      format,
      ...(quality ? { quality } : {}),
      background: scene.background,
      blocks: scene.blocks,
    });
    if (index % 50 === 49) process.stderr.write(`  ${index + 1}/${plan.length} images\n`);
  }
  const manifest: Manifest = { version: CORPUS_VERSION, seed, images };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The manifest of the corpus in `dir`, or undefined when it is missing or from another version. */
export function readManifest(dir = corpusDir): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.version === CORPUS_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const started = Date.now();
  const manifest = await buildCorpus(values.seed ? Number(values.seed) : undefined, values.out ?? corpusDir);
  const blocks = manifest.images.reduce((n, i) => n + i.blocks.length, 0);
  console.log(
    `${manifest.images.length} images, ${blocks} blocks, in ${path.relative(root, values.out ?? corpusDir)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
