/**
 * The official Marianne block as a correlation template. The block of marianne.ts is rendered once with sharp
 * at a reference size when this module loads, then reduced by area averaging to each grid the detector
 * samples (cached per grid size). What is kept is the block's "whiteness", min(R, G, B): high on Marianne's
 * profile, low on the two coloured halves, whatever their colours.
 */
import sharp from 'sharp';
import { MARIANNE_ASPECT, marianneBlockSvg } from './marianne.ts';

/** Height of the reference rendering, px. */
const MASTER_HEIGHT = 192;
const MASTER_WIDTH = Math.round(MASTER_HEIGHT * MARIANNE_ASPECT);

interface Master {
  width: number;
  height: number;
  /** min(R, G, B) / 255 of each pixel. */
  white: Float32Array;
}

async function renderMaster(): Promise<Master> {
  const svg = marianneBlockSvg(MASTER_HEIGHT, MASTER_WIDTH);
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const white = new Float32Array(info.width * info.height);
  for (let i = 0, p = 0; i < white.length; i++, p += info.channels) {
    white[i] = Math.min(data[p] as number, data[p + 1] as number, data[p + 2] as number) / 255;
  }
  return { width: info.width, height: info.height, white };
}

// Rendering is asynchronous (sharp) and detection is not: the reference is drawn once, when the module loads.
// A failure (no @gouvfr/dsfr installed) is kept and thrown on first use, so that importing never fails.
let master: Master | Error;
try {
  master = await renderMaster();
} catch (error) {
  master = error instanceof Error ? error : new Error(String(error));
}

/** The template at one grid size. */
export interface BlockTemplate {
  width: number;
  height: number;
  /**
   * Whiteness of each cell, row after row, minus the mean of its half (left or right of the middle), divided
   * by the norm: ready for an NCC that ignores how light each half is (recoloured halves).
   */
  values: Float32Array;
  /**
   * The profile's three parts side by side (hair, face, front: columns `from` to `to`), each centred and
   * normalised on its own, so that each part can be compared alone.
   */
  parts: { from: number; to: number; values: Float32Array }[];
  /** Share of each cell covered by the profile, 0 (a plain half) to 1. */
  profile: Float32Array;
}

/** Divides the values by their norm (after `centre`, which subtracts means). */
function normalise(values: Float32Array): Float32Array {
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i]! /= norm;
  return values;
}

/** Summed-area table of the master's whiteness, (width + 1) × (height + 1). */
let table: Float64Array | undefined;

/** Integral of the master's whiteness over [0, x] × [0, y], x and y fractional (bilinear in the table). */
function integral(x: number, y: number, stride: number): number {
  const t = table!;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const x1 = fx > 0 ? x0 + 1 : x0;
  const y1 = fy > 0 ? y0 + 1 : y0;
  const a = t[y0 * stride + x0]!;
  const b = t[y0 * stride + x1]!;
  const c = t[y1 * stride + x0]!;
  const d = t[y1 * stride + x1]!;
  return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
}

/** The master reduced to `width` × `height` cells by exact area averaging. */
function areaResample(m: Master, width: number, height: number): Float32Array {
  const stride = m.width + 1;
  if (!table) {
    table = new Float64Array(stride * (m.height + 1));
    for (let y = 0; y < m.height; y++) {
      let row = 0;
      for (let x = 0; x < m.width; x++) {
        row += m.white[y * m.width + x]!;
        table[(y + 1) * stride + x + 1] = table[y * stride + x + 1]! + row;
      }
    }
  }
  const sx = m.width / width;
  const sy = m.height / height;
  const out = new Float32Array(width * height);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const xa = i * sx;
      const xb = Math.min(m.width, (i + 1) * sx);
      const ya = j * sy;
      const yb = Math.min(m.height, (j + 1) * sy);
      const sum =
        integral(xb, yb, stride) - integral(xa, yb, stride) - integral(xb, ya, stride) + integral(xa, ya, stride);
      out[j * width + i] = sum / (sx * sy);
    }
  }
  return out;
}

/** Where the profile's parts lie, as shares of the block's width: hair, face, front of the face. */
const PARTS = [
  [0.15, 0.37],
  [0.37, 0.58],
  [0.58, 0.8],
] as const;

const templates = new Map<number, BlockTemplate>();

/**
 * The block's whiteness template sampled on a `width` × `height` grid covering the whole block (a stretched
 * grid when width / height is not 2.75). Throws when the official block could not be drawn.
 */
export function blockTemplate(width: number, height: number): BlockTemplate {
  const key = width * 4096 + height;
  const known = templates.get(key);
  if (known) return known;
  if (master instanceof Error) {
    throw new Error(`The official Marianne block could not be drawn for detection: ${master.message}`);
  }
  const white = areaResample(master, width, height);
  const values = new Float32Array(white.length);
  const split = width / 2;
  for (const [from, to] of [
    [0, Math.ceil(split)],
    [Math.ceil(split), width],
  ] as const) {
    let mean = 0;
    for (let j = 0; j < height; j++) for (let i = from; i < to; i++) mean += white[j * width + i]!;
    mean /= (to - from) * height;
    for (let j = 0; j < height; j++)
      for (let i = from; i < to; i++) values[j * width + i] = white[j * width + i]! - mean;
  }
  const parts = PARTS.map(([a, b]) => {
    const from = Math.round(a * width);
    const to = Math.round(b * width);
    const part = new Float32Array((to - from) * height);
    let mean = 0;
    for (let j = 0; j < height; j++) for (let i = from; i < to; i++) mean += white[j * width + i]!;
    mean /= part.length;
    for (let j = 0; j < height; j++) {
      for (let i = from; i < to; i++) part[j * (to - from) + i - from] = white[j * width + i]! - mean;
    }
    return { from, to, values: normalise(part) };
  });
  const template = { width, height, values: normalise(values), parts, profile: white };
  // A few dozen grid sizes are ever asked for; the bound only guards against a pathological caller.
  if (templates.size > 4096) templates.clear();
  templates.set(key, template);
  return template;
}
