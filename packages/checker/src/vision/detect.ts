/**
 * Finds the Marianne block in pixels, and measures the bloc-marque around it.
 *
 * Two stages keep it cheap. Candidates: the block's two halves are flat areas of colour, so each row is cut
 * into runs of near-constant colour, runs that touch on consecutive rows and share their colour are joined,
 * and the resulting flat regions that could be a half (or both halves, when they share a colour) propose
 * block boxes. Verification: each proposed box is resampled to a small grid and compared with the official
 * block by normalised cross-correlation (NCC) of whiteness, min(R, G, B), which keeps Marianne's white
 * profile whatever colours the halves were given. The box is adjusted edge by edge to the best score (roughly
 * first, on a reduced table for large boxes, then to the pixel), each part of the profile (hair, face, front)
 * must match on its own, and the edges are finally placed within a pixel from the anti-aliased lines around
 * them. Boxes are in raster pixels.
 */
import type { BlocMarqueMatch, Raster } from '../model/asset.ts';
import type { Box } from '../model/index.ts';
import { rgbHex } from './colour.ts';
import { MARIANNE_ASPECT } from './marianne.ts';
import { type BlockTemplate, blockTemplate } from './template.ts';

/** Largest difference on a channel (and twice that on the three together) within a run, from its first pixel. */
const RUN_TOLERANCE = 36;
/** The same between the mean colours of two runs, or two regions, joined across rows. */
const LINK_TOLERANCE = 30;
/** Runs shorter than this are not kept (texture, text strokes, edges). */
const MIN_RUN = 3;
/** Rows read when looking for flat regions: one in ROW_STEP. */
const ROW_STEP = 2;
/** Rows of the grids a candidate is sampled on for correlation (smaller blocks keep their own height). */
const COARSE_ROWS = 12;
const FINE_ROWS = 24;
/** Default lowest NCC accepted. */
const DEFAULT_THRESHOLD = 0.85;
/** Lowest correlation accepted for each part of the profile alone (hair, face, front). */
const MIN_SHAPE = 0.62;
/**
 * Lowest quick score of a proposal worth adjusting: proposals are often a few pixels off, which costs small
 * blocks much of their score, and small proposals are cheap to adjust.
 */
const glanceMin = (height: number) => (height < 24 ? 0.3 : 0.45);
/** Widest and narrowest block accepted, as a share of the official 2.75:1. */
/** Candidates refined at most per image, best quick scores first. */
const MAX_REFINED = 12;
/** Blocks under this height (the charter's 12 px minimum) need a score SMALL_MARGIN higher and little distortion. */
const SMALL = 12;
const SMALL_MARGIN = 0.05;
const MIN_ASPECT = 0.6;
const MAX_ASPECT = 1.5;

export interface DetectOptions {
  /**
   * Smallest block height looked for, px (default 8: below the charter's 12 px minimum, so that a block too small
   * is found and reported as such rather than missed).
   */
  minHeight?: number;
  /** Lowest correlation accepted, 0 to 1 (default 0.85). */
  threshold?: number;
}

/** A flat region: bounding box (end exclusive) and pixel count. */
interface Flat {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pixels: number;
}

// Run buffers, grown on demand and kept between calls.
let cap = 0;
let runX0 = new Int32Array(0);
let runX1 = new Int32Array(0);
let runR = new Uint8Array(0);
let runG = new Uint8Array(0);
let runB = new Uint8Array(0);
let parent = new Int32Array(0);
// Colour sums and pixel counts of each region, kept at its root run.
let sumR = new Float64Array(0);
let sumG = new Float64Array(0);
let sumB = new Float64Array(0);
let weight = new Float64Array(0);

/** Lets go of run buffers grown large by an unusual raster (a run every few pixels over a large image). */
function shrink() {
  if (cap <= 1 << 18) return;
  cap = 0;
  runX0 = runX1 = parent = new Int32Array(0);
  runR = runG = runB = new Uint8Array(0);
  sumR = sumG = sumB = weight = new Float64Array(0);
}

function grow(n: number) {
  if (n <= cap) return;
  const next = Math.max(n, cap * 2, 1 << 15);
  const copy = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (k: number) => T): T => {
    const b = make(next);
    b.set(a);
    return b;
  };
  runX0 = copy(runX0, (k) => new Int32Array(k));
  runX1 = copy(runX1, (k) => new Int32Array(k));
  runR = copy(runR, (k) => new Uint8Array(k));
  runG = copy(runG, (k) => new Uint8Array(k));
  runB = copy(runB, (k) => new Uint8Array(k));
  parent = copy(parent, (k) => new Int32Array(k));
  sumR = copy(sumR, (k) => new Float64Array(k));
  sumG = copy(sumG, (k) => new Float64Array(k));
  sumB = copy(sumB, (k) => new Float64Array(k));
  weight = copy(weight, (k) => new Float64Array(k));
  cap = next;
}

/** Are two colours alike enough to belong to one flat region? */
const near = (dr: number, dg: number, db: number) => {
  const r = Math.abs(dr);
  const g = Math.abs(dg);
  const b = Math.abs(db);
  return r <= LINK_TOLERANCE && g <= LINK_TOLERANCE && b <= LINK_TOLERANCE && r + g + b <= 2 * LINK_TOLERANCE;
};
const alike = (i: number, j: number) => near(runR[i]! - runR[j]!, runG[i]! - runG[j]!, runB[i]! - runB[j]!);

/** Are the mean colours of two regions (given by their roots) alike? */
function regionsAlike(a: number, b: number): boolean {
  const wa = weight[a]!;
  const wb = weight[b]!;
  return near(sumR[a]! / wa - sumR[b]! / wb, sumG[a]! / wa - sumG[b]! / wb, sumB[a]! / wa - sumB[b]! / wb);
}

function find(i: number): number {
  while (parent[i] !== i) {
    const up = parent[parent[i]!]!;
    parent[i] = up;
    i = up;
  }
  return i;
}

/**
 * Does the pixel at byte `p` stray from (r0, g0, b0) by more than the run tolerance: on one channel, or on the
 * three together (a grey step, dark on darker, changes all three a little)?
 */
const strays = (data: Uint8Array, p: number, r0: number, g0: number, b0: number) => {
  const r = Math.abs(data[p]! - r0);
  const g = Math.abs(data[p + 1]! - g0);
  const b = Math.abs(data[p + 2]! - b0);
  return r > RUN_TOLERANCE || g > RUN_TOLERANCE || b > RUN_TOLERANCE || r + g + b > 2 * RUN_TOLERANCE;
};

/**
 * Flat regions of near-constant colour between `minHeight` and `maxHeight` px tall. Every other row is read,
 * and every other pixel inside a run (a run's end is found to the pixel): halves at least 12 px tall and
 * 4 px wide cannot be missed, and the boxes are adjusted to the pixel later.
 */
function flatRegions(raster: Raster, minHeight: number, maxHeight: number): Flat[] {
  const { width, height, data } = raster;
  const rows = Math.ceil(height / ROW_STEP);
  const rowStart = new Int32Array(rows + 1);
  let n = 0;
  for (let row = 0; row < rows; row++) {
    rowStart[row] = n;
    const base = row * ROW_STEP * width * 3;
    let x = 0;
    while (x < width) {
      const start = x;
      const p0 = base + x * 3;
      const r0 = data[p0]!;
      const g0 = data[p0 + 1]!;
      const b0 = data[p0 + 2]!;
      let end = x + 1;
      let q = x + 2;
      while (q < width && !strays(data, base + q * 3, r0, g0, b0)) {
        end = q + 1;
        q += 2;
      }
      if (end < width && !strays(data, base + end * 3, r0, g0, b0)) end++;
      x = end;
      const length = end - start;
      if (length >= MIN_RUN) {
        if (n >= cap) grow(n + 1);
        const pm = base + ((start + end) >> 1) * 3;
        const pe = base + (end - 1) * 3;
        runX0[n] = start;
        runX1[n] = end;
        runR[n] = (r0 + data[pm]! + data[pe]!) / 3;
        runG[n] = (g0 + data[pm + 1]! + data[pe + 1]!) / 3;
        runB[n] = (b0 + data[pm + 2]! + data[pe + 2]!) / 3;
        parent[n] = n;
        sumR[n] = runR[n]! * length;
        sumG[n] = runG[n]! * length;
        sumB[n] = runB[n]! * length;
        weight[n] = length;
        n++;
      }
    }
  }
  rowStart[rows] = n;

  // Join runs that overlap on consecutive rows read and share their colour.
  for (let row = 1; row < rows; row++) {
    let i = rowStart[row - 1]!;
    const iEnd = rowStart[row]!;
    let j = iEnd;
    const jEnd = rowStart[row + 1]!;
    while (i < iEnd && j < jEnd) {
      const ax1 = runX1[i]!;
      const bx1 = runX1[j]!;
      if (ax1 <= runX0[j]!) {
        i++;
        continue;
      }
      if (bx1 <= runX0[i]!) {
        j++;
        continue;
      }
      if (alike(i, j)) {
        // The regions' mean colours must be alike too, so that a chain of slowly changing rows (an
        // anti-aliased edge between two colours, a gradient) does not join regions of different colours.
        const a = find(i);
        const b = find(j);
        if (a !== b && regionsAlike(a, b)) {
          const [root, child] = a < b ? [a, b] : [b, a];
          parent[child] = root;
          sumR[root]! += sumR[child]!;
          sumG[root]! += sumG[child]!;
          sumB[root]! += sumB[child]!;
          weight[root]! += weight[child]!;
        }
      }
      if (ax1 < bx1) i++;
      else j++;
    }
  }

  // Bounding boxes of the regions, indexed by their root run (rows in rows read).
  const x0 = new Int32Array(n).fill(0x7fffffff);
  const x1 = new Int32Array(n);
  const y0 = new Int32Array(n).fill(-1);
  const y1 = new Int32Array(n);
  const pixels = new Int32Array(n);
  for (let row = 0; row < rows; row++) {
    for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) {
      const root = find(k);
      if (y0[root] === -1) y0[root] = row;
      y1[root] = row + 1;
      if (runX0[k]! < x0[root]!) x0[root] = runX0[k]!;
      if (runX1[k]! > x1[root]!) x1[root] = runX1[k]!;
      pixels[root]! += runX1[k]! - runX0[k]!;
    }
  }
  const flats: Flat[] = [];
  for (let k = 0; k < n; k++) {
    if (parent[k] !== k) continue;
    const top = y0[k]! * ROW_STEP;
    const h = (y1[k]! - 1) * ROW_STEP + 1 - top;
    const w = x1[k]! - x0[k]!;
    if (h < minHeight || h > maxHeight || w < 0.7 * h || w > 4.4 * h) continue;
    if (pixels[k]! * ROW_STEP < 0.4 * w * h) continue;
    flats.push({ x0: x0[k]!, y0: top, x1: x1[k]!, y1: top + h, pixels: pixels[k]! * ROW_STEP });
  }
  shrink();
  return flats;
}

/** Block boxes the flat regions suggest: a region is both halves, the left half or the right half. */
function proposals(flats: Flat[], raster: Raster): Box[] {
  const boxes: Box[] = [];
  // Flat regions lose their anti-aliased edges, and a row in ROW_STEP is not read: a pixel or two is added.
  const add = (x: number, y: number, w: number, h: number) => {
    const left = Math.max(0, Math.round(x) - 1);
    const right = Math.min(raster.width, Math.round(x + w) + 1);
    const top = Math.max(0, y - 1);
    const bottom = Math.min(raster.height, y + h + ROW_STEP);
    if (right - left >= 1.5 * (bottom - top))
      boxes.push({ x: left, y: top, width: right - left, height: bottom - top });
  };
  const halves: Flat[] = [];
  for (const f of flats) {
    const w = f.x1 - f.x0;
    const h = f.y1 - f.y0;
    const ratio = w / h;
    if (ratio >= 1.6) add(f.x0, f.y0, w, h);
    if (ratio <= 2.3) {
      halves.push(f);
      add(f.x0, f.y0, 2 * w, h);
      add(f.x1 - 2 * w, f.y0, 2 * w, h);
      add(f.x0, f.y0, MARIANNE_ASPECT * h, h);
      add(f.x1 - MARIANNE_ASPECT * h, f.y0, MARIANNE_ASPECT * h, h);
    }
  }
  // A left half and a right half side by side, level with each other.
  halves.sort((a, b) => a.x0 - b.x0);
  for (const a of halves) {
    const h = a.y1 - a.y0;
    const slack = Math.max(2, 0.12 * h);
    let lo = 0;
    let hi = halves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (halves[mid]!.x0 < a.x1 - 2) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < halves.length; k++) {
      const b = halves[k]!;
      if (b.x0 > a.x1 + 1.3 * h) break;
      if (Math.abs(b.y0 - a.y0) > slack || Math.abs(b.y1 - a.y1) > slack) continue;
      const top = Math.min(a.y0, b.y0);
      add(a.x0, top, b.x1 - a.x0, Math.max(a.y1, b.y1) - top);
    }
  }
  return boxes;
}

/** min(R, G, B) of the pixel at byte `p`: high on white, low on any dark or saturated colour. */
const whiteness = (data: Uint8Array, p: number) => Math.min(data[p]!, data[p + 1]!, data[p + 2]!);

/** The grid a box is sampled on: `rows` rows at most (fewer for a smaller box), columns in proportion. */
function gridOf(box: Box, rows: number) {
  const gh = Math.min(rows, Math.floor(box.height));
  const gw = Math.max(8, Math.min(Math.floor(box.width), Math.round((gh * box.width) / box.height)));
  return { gw, gh };
}

/**
 * NCC of sampled whiteness with the template, each half centred on its own mean (so that halves of any two
 * colours compare alike); -1 when the samples are flat.
 */
function ncc(samples: Float32Array, template: BlockTemplate): number {
  const { width, height, values } = template;
  const split = Math.ceil(width / 2);
  let st = 0;
  let variance = 0;
  for (const [from, to] of [
    [0, split],
    [split, width],
  ] as const) {
    let s1 = 0;
    let s2 = 0;
    for (let j = 0; j < height; j++) {
      for (let i = j * width + from, end = j * width + to; i < end; i++) {
        const s = samples[i]!;
        st += s * values[i]!;
        s1 += s;
        s2 += s * s;
      }
    }
    variance += s2 - (s1 * s1) / ((to - from) * height);
  }
  return variance > 1e-6 ? st / Math.sqrt(variance) : -1;
}

/**
 * The lowest NCC of the profile's three parts (hair, face, front) taken one by one. A global NCC is forgiving
 * of any light blob between dark sides (a disc, a hump, a flag's white band); each part alone is not.
 */
function shapeScore(samples: Float32Array, template: BlockTemplate): number {
  const { width, height } = template;
  let lowest = 1;
  for (const { from, to, values } of template.parts) {
    let st = 0;
    let s1 = 0;
    let s2 = 0;
    for (let j = 0; j < height; j++) {
      for (let i = from; i < to; i++) {
        const s = samples[j * width + i]!;
        st += s * values[j * (to - from) + i - from]!;
        s1 += s;
        s2 += s * s;
      }
    }
    const variance = s2 - (s1 * s1) / ((to - from) * height);
    lowest = Math.min(lowest, variance > 1e-6 ? st / Math.sqrt(variance) : -1);
  }
  return lowest;
}

let samples = new Float32Array(0);
const samplesOf = (n: number) => {
  if (samples.length < n) samples = new Float32Array(n * 2);
  return samples.subarray(0, n);
};

/** A quick NCC of the box on the coarse grid: whiteness read at the centre of each cell, no table. */
function glance(raster: Raster, box: Box): number {
  const { x, y, width: w, height: h } = box;
  if (x < 0 || y < 0 || x + w > raster.width || y + h > raster.height) return -1;
  const { gw, gh } = gridOf(box, COARSE_ROWS);
  const values = samplesOf(gw * gh);
  const { data, width } = raster;
  const cw = w / gw;
  const ch = h / gh;
  for (let j = 0; j < gh; j++) {
    const row = (y + Math.floor((j + 0.5) * ch)) * width + x;
    for (let i = 0; i < gw; i++) values[j * gw + i] = whiteness(data, (row + Math.floor((i + 0.5) * cw)) * 3);
  }
  return ncc(values, blockTemplate(gw, gh));
}

/**
 * Summed-area table of whiteness over a region of the raster, (width + 1) × (height + 1) in units of `scale`
 * pixels: each unit is read at its centre pixel when `scale` is above 1 (enough to place a large box roughly).
 */
interface Local {
  region: Box;
  scale: number;
  width: number;
  height: number;
  table: Int32Array;
}

function localTable(raster: Raster, region: Box, scale: number): Local {
  const { width, data } = raster;
  const w = Math.floor(region.width / scale);
  const h = Math.floor(region.height / scale);
  const stride = w + 1;
  const table = new Int32Array(stride * (h + 1));
  const half = scale >> 1;
  for (let y = 0; y < h; y++) {
    let row = 0;
    let p = ((region.y + y * scale + half) * width + region.x + half) * 3;
    const above = y * stride;
    const here = above + stride;
    for (let x = 0; x < w; x++, p += 3 * scale) {
      row += whiteness(data, p);
      table[here + x + 1] = table[above + x + 1]! + row;
    }
  }
  return { region, scale, width: w, height: h, table };
}

let corners = new Float64Array(0);

/**
 * NCC of the box's whiteness (cell means) with the official block's, -1 to 1; -1 outside the region. The box
 * may have fractional edges: the table is read bilinearly, which gives exact areas of whole pixels.
 */
function correlate(local: Local, box: Box, rows: number): number {
  const { region, table, scale } = local;
  const x = (box.x - region.x) / scale;
  const y = (box.y - region.y) / scale;
  const w = box.width / scale;
  const h = box.height / scale;
  if (x < 0 || y < 0 || x + w > local.width || y + h > local.height || h < 4) return -1;
  const { gw, gh } = gridOf({ x, y, width: w, height: h }, rows);
  const stride = local.width + 1;
  const across = gw + 1;
  if (corners.length < across * (gh + 1)) corners = new Float64Array(across * (gh + 1) * 2);
  const cw = w / gw;
  const ch = h / gh;
  for (let j = 0; j <= gh; j++) {
    const py = y + j * ch;
    const y0 = Math.floor(py);
    const fy = py - y0;
    const top = y0 * stride;
    const bottom = (fy > 0 ? y0 + 1 : y0) * stride;
    for (let i = 0; i <= gw; i++) {
      const px = x + i * cw;
      const x0 = Math.floor(px);
      const fx = px - x0;
      const x1 = fx > 0 ? x0 + 1 : x0;
      const a = table[top + x0]!;
      const b = table[top + x1]!;
      const c = table[bottom + x0]!;
      const d = table[bottom + x1]!;
      corners[j * across + i] = a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }
  }
  const values = samplesOf(gw * gh);
  const cell = cw * ch;
  for (let j = 0; j < gh; j++) {
    for (let i = 0; i < gw; i++) {
      const k = j * across + i;
      values[j * gw + i] = (corners[k + across + 1]! - corners[k + 1]! - corners[k + across]! + corners[k]!) / cell;
    }
  }
  return ncc(values, blockTemplate(gw, gh));
}

/**
 * Moves each edge of the box in turn while the correlation improves, with shrinking steps: on the coarse grid
 * over a reduced table first (large boxes), then, unless the score stays below `abandon`, on the fine grid to
 * the pixel. Gives the box, its score and its shape score.
 */
function refine(raster: Raster, start: Box, minHeight: number, maxHeight: number, abandon: number) {
  let box = start;
  let score = -1;
  const search = (local: Local, rows: number, from: number, to: number) => {
    score = correlate(local, box, rows);
    for (let step = from, evaluations = 0; step >= to && evaluations < 160; ) {
      let moved = false;
      for (let edge = 0; edge < 4; edge++) {
        for (const d of [-step, step]) {
          const next =
            edge === 0
              ? { x: box.x + d, y: box.y, width: box.width - d, height: box.height }
              : edge === 1
                ? { x: box.x, y: box.y + d, width: box.width, height: box.height - d }
                : edge === 2
                  ? { ...box, width: box.width + d }
                  : { ...box, height: box.height + d };
          if (next.height < 0.6 * minHeight || next.height > maxHeight) continue;
          if (next.width < 1.5 * next.height || next.width > 4.2 * next.height) continue;
          evaluations++;
          const s = correlate(local, next, rows);
          if (s > score + 1e-4) {
            box = next;
            score = s;
            moved = true;
            break;
          }
        }
      }
      if (!moved) step = step > to ? Math.max(to, step >> 1) : 0;
    }
  };
  const around = (b: Box, m: number) =>
    clampBox(raster, b.x - m * b.width, b.y - m * b.height, b.x + (1 + m) * b.width, b.y + (1 + m) * b.height);
  // Roughly, in units of `scale` pixels: about two of them a cell of the coarse grid.
  const scale = Math.max(1, Math.floor(start.height / (2 * COARSE_ROWS)));
  const rough = localTable(raster, around(start, 0.25), scale);
  search(rough, COARSE_ROWS, Math.max(scale, Math.round(start.height / 10)), scale);
  // Far from the block on the coarse grid: the fine grid will not make it one.
  if (score < abandon) return { box, score, shape: -1 };
  score = correlate(rough, box, COARSE_ROWS);
  const coarse = gridOf({ ...box, width: box.width / scale, height: box.height / scale }, COARSE_ROWS);
  const roughShape = shapeScore(samplesOf(coarse.gw * coarse.gh), blockTemplate(coarse.gw, coarse.gh));
  if (roughShape < MIN_SHAPE - 0.2) return { box, score, shape: roughShape };
  const exact = scale === 1 ? rough : localTable(raster, around(box, 0.08), 1);
  search(exact, FINE_ROWS, Math.max(1, scale >> 1), 1);
  score = correlate(exact, box, FINE_ROWS);
  const { gw, gh } = gridOf(box, FINE_ROWS);
  return { box, score, shape: shapeScore(samplesOf(gw * gh), blockTemplate(gw, gh)) };
}

/** Mean RGB of the pixels x0 ≤ x < x1, y0 ≤ y < y1 (clipped to the raster); undefined when none. */
function meanColour(raster: Raster, x0: number, y0: number, x1: number, y1: number): number[] | undefined {
  const { width, height, data } = raster;
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
    for (let x = Math.max(0, x0), p = (y * width + x) * 3; x < Math.min(width, x1); x++, p += 3) {
      r += data[p]!;
      g += data[p + 1]!;
      b += data[p + 2]!;
      n++;
    }
  }
  return n ? [r / n, g / n, b / n] : undefined;
}

/** How much of a line of pixels the block covers, 0 to 1, from its colour between background and block. */
function coverage(line: number[] | undefined, outside: number[] | undefined, inside: number[] | undefined) {
  if (!line || !outside || !inside) return undefined;
  let dot = 0;
  let norm = 0;
  for (let c = 0; c < 3; c++) {
    dot += (line[c]! - outside[c]!) * (inside[c]! - outside[c]!);
    norm += (inside[c]! - outside[c]!) ** 2;
  }
  // Too little contrast with what is around to tell.
  if (norm < 40 * 40) return undefined;
  return Math.max(0, Math.min(1, dot / norm));
}

/**
 * Places each edge of a box found to the pixel at a fraction of a pixel. The correlation leaves out the
 * anti-aliased rows and columns at the block's edges, which shortens a 16 px block by about a pixel: 6 % of
 * its proportions. The share of the block in the two lines around each edge, read from their colours between
 * the background beyond and the plain half within, gives where the edge lies. An edge stays where it is when
 * the background is too close to the block's colour to tell.
 */
function settleEdges(raster: Raster, box: Box): Box {
  const { x, y, width: w, height: h } = box;
  const right = x + w;
  const bottom = y + h;
  /** Sum of the block's shares in two lines (`lines[1]`, `lines[2]`), between `lines[0]` (out) and `lines[3]` (in). */
  const shares = (lines: (number[] | undefined)[]) => {
    const [outside, a, b, inside] = lines;
    const p = coverage(a, outside, inside);
    const q = coverage(b, outside, inside);
    return p === undefined || q === undefined ? undefined : p + q;
  };
  // Rows are read over the plain parts of the halves, away from the profile (each half has its own colour);
  // columns over the middle of the block's height.
  const spans = [
    [x + Math.round(0.04 * w), x + Math.round(0.2 * w)],
    [x + Math.round(0.8 * w), x + Math.round(0.96 * w)],
  ];
  const rowShares = (ys: number[]) => {
    const known = spans
      .map(([from, to]) => shares(ys.map((line) => meanColour(raster, from!, line, to!, line + 1))))
      .filter((v) => v !== undefined);
    return known.length ? known.reduce((p, q) => p + q, 0) / known.length : undefined;
  };
  const [from, to] = [y + Math.round(0.15 * h), y + Math.round(0.85 * h)];
  const columnShares = (xs: number[]) => shares(xs.map((line) => meanColour(raster, line, from, line + 1, to)));
  const top = rowShares([y - 2, y - 1, y, y + 1]);
  const end = rowShares([bottom + 1, bottom, bottom - 1, bottom - 2]);
  const start = columnShares([x - 2, x - 1, x, x + 1]);
  const far = columnShares([right + 1, right, right - 1, right - 2]);
  const x0 = start === undefined ? x : x + 1 - start;
  const y0 = top === undefined ? y : y + 1 - top;
  const x1 = far === undefined ? right : right - 1 + far;
  const y1 = end === undefined ? bottom : bottom - 1 + end;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * What the halves of a found block look like: mean colour of each half outside the profile, how far the
 * cells of each half stray from that mean, and the whiteness gap between the profile and the halves.
 */
function halves(raster: Raster, box: Box) {
  const { gw, gh } = gridOf(box, FINE_ROWS);
  const { profile } = blockTemplate(gw, gh);
  const { width, data } = raster;
  const sums = [new Float64Array(4), new Float64Array(4)];
  const cells: [number, number, number, number][] = [];
  let profileWhite = 0;
  let profileCells = 0;
  const stepY = Math.max(1, Math.floor(box.height / gh / 3));
  const stepX = Math.max(1, Math.floor(box.width / gw / 3));
  for (let j = 0; j < gh; j++) {
    const ya = Math.floor(box.y + (j * box.height) / gh);
    const yb = Math.floor(box.y + ((j + 1) * box.height) / gh);
    for (let i = 0; i < gw; i++) {
      const cover = profile[j * gw + i]!;
      const plain = cover < 0.04 && j > 0 && j < gh - 1 && i > 0 && i < gw - 1;
      if (!plain && cover < 0.85) continue;
      const xa = Math.floor(box.x + (i * box.width) / gw);
      const xb = Math.floor(box.x + ((i + 1) * box.width) / gw);
      let r = 0;
      let g = 0;
      let b = 0;
      let k = 0;
      for (let y = ya; y < yb; y += stepY) {
        for (let x = xa, p = (y * width + xa) * 3; x < xb; x += stepX, p += 3 * stepX) {
          r += data[p]!;
          g += data[p + 1]!;
          b += data[p + 2]!;
          k++;
        }
      }
      if (!k) continue;
      if (plain) {
        const half = i < gw / 2 ? 0 : 1;
        const s = sums[half]!;
        s[0]! += r / k;
        s[1]! += g / k;
        s[2]! += b / k;
        s[3]! += 1;
        cells.push([half, r / k, g / k, b / k]);
      } else {
        profileWhite += Math.min(r, g, b) / k;
        profileCells++;
      }
    }
  }
  const mean = sums.map((s) => (s[3] ? [s[0]! / s[3]!, s[1]! / s[3]!, s[2]! / s[3]!] : [0, 0, 0]));
  let spread = 0;
  let plainWhite = 0;
  for (const [half, r, g, b] of cells) {
    const m = mean[half]!;
    spread += Math.max(Math.abs(r - m[0]!), Math.abs(g - m[1]!), Math.abs(b - m[2]!));
    plainWhite += Math.min(r, g, b);
  }
  const count = cells.length || 1;
  const [left, right] = mean as [number[], number[]];
  return {
    colours: { left: rgbHex(left[0]!, left[1]!, left[2]!), right: rgbHex(right[0]!, right[1]!, right[2]!) },
    spread: spread / count,
    contrast: profileCells ? profileWhite / profileCells - plainWhite / count : 0,
  };
}

const area = (b: Box) => b.width * b.height;
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Intersection over union of two boxes. */
export function iou(a: Box, b: Box): number {
  const common = overlap(a, b);
  return common ? common / (area(a) + area(b) - common) : 0;
}

/**
 * Every bloc-marque (Marianne block) found in the raster, best score first, boxes in RASTER pixels. Blocks
 * from `minHeight` (default 8) to half the raster's height are looked for anywhere, recoloured or stretched
 * ones included (see `aspect` and `colours`).
 */
export function detectBlocMarques(raster: Raster, options: DetectOptions = {}): BlocMarqueMatch[] {
  const minHeight = Math.max(6, options.minHeight ?? 8);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxHeight = Math.floor(raster.height / 2);
  if (!(raster.width > 0 && raster.height > 0) || raster.data.length < raster.width * raster.height * 3) {
    throw new Error(
      `Bloc-marque detection: a raster of ${raster.width}×${raster.height} px needs ${raster.width * raster.height * 3} bytes of RGB, it has ${raster.data.length}`,
    );
  }
  if (maxHeight < minHeight) return [];
  const flats = flatRegions(raster, Math.floor(minHeight * 0.75), maxHeight + 2);
  if (!flats.length) return [];
  const boxes = proposals(flats, raster);
  if (!boxes.length) return [];
  const seen = new Set<string>();
  const scored = boxes
    .filter((b) => {
      // Proposals a few pixels apart lead to the same place.
      const q = Math.max(1, b.height / 10);
      const key = `${Math.round(b.x / q)},${Math.round(b.y / q)},${Math.round(b.width / q)},${Math.round(b.height / q)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((box) => ({ box, score: glance(raster, box) }))
    .filter((c) => c.score >= glanceMin(c.box.height))
    .sort((a, b) => b.score - a.score);

  const refined: { box: Box; score: number }[] = [];
  const tried: Box[] = [];
  // Busy pictures (photographs of many flat blobs) can propose hundreds of candidates: the best ones by the
  // quick score are refined, within a bound.
  let budget = MAX_REFINED;
  for (const candidate of scored) {
    if (budget-- <= 0) break;
    // Proposals that start where a tried one started or ended lead to the same place; a block found is not
    // looked for again.
    if (tried.some((t) => iou(t, candidate.box) > 0.6)) continue;
    if (refined.some((f) => overlap(f.box, candidate.box) > 0.5 * area(candidate.box))) continue;
    const best = refine(raster, candidate.box, Math.ceil(minHeight * 0.9), maxHeight, threshold - 0.15);
    const { box, score, shape } = best;
    tried.push(candidate.box, box);
    if (shape < MIN_SHAPE || score < threshold || box.height < minHeight * 0.9 || box.height > maxHeight) continue;
    const aspect = box.width / box.height / MARIANNE_ASPECT;
    // Under the charter's smallest size a few pixels carry little of the profile: only a sharp, undistorted
    // match counts there.
    if (box.height < SMALL && (score < threshold + SMALL_MARGIN || aspect < 0.8 || aspect > 1.25)) continue;
    if (aspect >= MIN_ASPECT && aspect <= MAX_ASPECT) refined.push(best);
  }
  refined.sort((a, b) => b.score - a.score);

  const found: BlocMarqueMatch[] = [];
  for (let { box, score } of refined) {
    if (found.some((f) => overlap(f.box, box) > 0.3 * Math.min(area(f.box), area(box)))) continue;
    const look = halves(raster, box);
    if (look.spread > 24 || look.contrast < 40) continue;
    box = settleEdges(raster, box);
    const aspect = box.width / box.height / MARIANNE_ASPECT;
    const r = (v: number) => Math.round(v * 100) / 100;
    found.push({
      box: { x: r(box.x), y: r(box.y), width: r(box.width), height: r(box.height) },
      score: Math.min(1, score),
      aspect,
      colours: look.colours,
    });
  }
  return found;
}

/** Largest difference on a channel from the background for a pixel to count as a mark. */
const INK = 56;

/** Median colour of a band just outside the block (a gap of one pixel skips its anti-aliased edge). */
function backgroundAround(raster: Raster, block: Box): [number, number, number] {
  const { width, height, data } = raster;
  const t = Math.max(2, Math.round(block.height / 4));
  const x0 = Math.round(block.x);
  const y0 = Math.round(block.y);
  const x1 = Math.round(block.x + block.width);
  const y1 = Math.round(block.y + block.height);
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let count = 0;
  for (let y = Math.max(0, y0 - t - 1); y < Math.min(height, y1 + t + 1); y++) {
    for (let x = Math.max(0, x0 - t - 1); x < Math.min(width, x1 + t + 1); x++) {
      if (x >= x0 - 1 && x <= x1 && y >= y0 - 1 && y <= y1) continue;
      const p = (y * width + x) * 3;
      histograms[0]![data[p]!]!++;
      histograms[1]![data[p + 1]!]!++;
      histograms[2]![data[p + 2]!]!++;
      count++;
    }
  }
  if (!count) return [255, 255, 255];
  return histograms.map((h) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += h[v]!;
      if (seen * 2 >= count) return v;
    }
    return 255;
  }) as [number, number, number];
}

/** Pixels that differ from the background, as cells of `cell` px over a window: ink count and exact bounds. */
function inkCells(raster: Raster, window: Box, cell: number, background: [number, number, number]) {
  const cols = Math.ceil(window.width / cell);
  const rows = Math.ceil(window.height / cell);
  const count = new Int32Array(cols * rows);
  const minX = new Int32Array(cols * rows).fill(0x7fffffff);
  const minY = new Int32Array(cols * rows).fill(0x7fffffff);
  const maxX = new Int32Array(cols * rows).fill(-1);
  const maxY = new Int32Array(cols * rows).fill(-1);
  const { width, data } = raster;
  const [br, bg, bb] = background;
  for (let y = window.y; y < window.y + window.height; y++) {
    const row = Math.floor((y - window.y) / cell) * cols;
    for (let x = window.x, p = (y * width + x) * 3; x < window.x + window.width; x++, p += 3) {
      const d = Math.max(Math.abs(data[p]! - br), Math.abs(data[p + 1]! - bg), Math.abs(data[p + 2]! - bb));
      if (d <= INK) continue;
      const c = row + Math.floor((x - window.x) / cell);
      count[c]!++;
      if (x < minX[c]!) minX[c] = x;
      if (x > maxX[c]!) maxX[c] = x;
      if (y < minY[c]!) minY[c] = y;
      if (y > maxY[c]!) maxY[c] = y;
    }
  }
  return { cols, rows, count, minX, minY, maxX, maxY };
}

const clampBox = (raster: Raster, x0: number, y0: number, x1: number, y1: number): Box => {
  const x = Math.max(0, Math.floor(x0));
  const y = Math.max(0, Math.floor(y0));
  return {
    x,
    y,
    width: Math.max(0, Math.min(raster.width, Math.ceil(x1)) - x),
    height: Math.max(0, Math.min(raster.height, Math.ceil(y1)) - y),
  };
};

/**
 * The whole bloc-marque around a found block (block + intitulé + devise below it), and whether the clear
 * space (`margin` px on every side of that extent, default the block's height) is free of other marks. Marks
 * are pixels that differ from the background around the block. The bloc-marque's own marks are followed from
 * the block, down and to the right, across gaps no wider than those between its words and lines; any other
 * mark in the extent or its margin intrudes (`intrusions`, clipped to the clear space). `busyShare` is the
 * share of the clear space's pixels that are other marks; the part of the clear space outside the raster is
 * not judged.
 */
export function measureBlocMarque(
  raster: Raster,
  block: Box,
  margin: number = block.height,
): { extent: Box; clearSpace: { margin: number; free: boolean; intrusions: Box[]; busyShare: number } } {
  const u = block.height;
  const background = backgroundAround(raster, block);
  const cell = Math.max(1, Math.round(u / 8));
  const window = clampBox(
    raster,
    block.x - u / 4 - margin,
    block.y - margin,
    block.x + block.width + 14 * u + margin,
    block.y + 13 * u + margin,
  );
  const ink = inkCells(raster, window, cell, background);
  const { cols, rows, count } = ink;
  const col = (x: number) => Math.floor((x - window.x) / cell);
  const row = (y: number) => Math.floor((y - window.y) / cell);
  // The bloc-marque's lines start under the block, at its left edge; nothing beside the block belongs to it.
  const left = Math.max(0, col(block.x - u / 4));
  const top = Math.max(0, row(block.y));
  const blockRight = Math.min(cols - 1, col(block.x + block.width - 1));
  const blockBottom = row(block.y + block.height - 1);
  const own = new Uint8Array(cols * rows);
  const queue: number[] = [];
  for (let r = top; r <= Math.min(rows - 1, blockBottom); r++) {
    for (let c = Math.max(0, col(block.x)); c <= blockRight; c++) {
      own[r * cols + c] = 1;
      queue.push(r * cols + c);
    }
  }
  // Gaps crossed: a word space sideways (about 0.3u at the intitulé's size), a line gap or the space between
  // block and intitulé downwards (about u/2).
  const gapX = Math.max(1, Math.round((0.4 * u) / cell));
  const gapY = Math.max(1, Math.round((0.7 * u) / cell));
  while (queue.length) {
    const at = queue.pop()!;
    const r0 = Math.floor(at / cols);
    const c0 = at - r0 * cols;
    for (let r = Math.max(top, r0 - gapY); r <= Math.min(rows - 1, r0 + gapY); r++) {
      const right = r <= blockBottom ? blockRight : cols - 1;
      for (let c = Math.max(left, c0 - gapX); c <= Math.min(right, c0 + gapX); c++) {
        const k = r * cols + c;
        if (own[k] || !count[k]) continue;
        own[k] = 1;
        queue.push(k);
      }
    }
  }
  let x0 = block.x;
  let y0 = block.y;
  let x1 = block.x + block.width;
  let y1 = block.y + block.height;
  let ownArea = 0;
  for (let k = 0; k < own.length; k++) {
    if (!own[k]) continue;
    ownArea += cell * cell;
    if (!count[k]) continue;
    x0 = Math.min(x0, ink.minX[k]!);
    y0 = Math.min(y0, ink.minY[k]!);
    x1 = Math.max(x1, ink.maxX[k]! + 1);
    y1 = Math.max(y1, ink.maxY[k]! + 1);
  }
  const extent = clampBox(raster, x0, y0, x1, y1);

  // Other marks in the extent and its margin, in groups of touching cells.
  const zone = clampBox(
    raster,
    extent.x - margin,
    extent.y - margin,
    extent.x + extent.width + margin,
    extent.y + extent.height + margin,
  );
  const inZone = (k: number) => {
    const r = Math.floor(k / cols);
    const c = k - r * cols;
    const cx = window.x + c * cell;
    const cy = window.y + r * cell;
    return cx < zone.x + zone.width && cx + cell > zone.x && cy < zone.y + zone.height && cy + cell > zone.y;
  };
  const other = (k: number) => count[k]! > 0 && !own[k] && inZone(k);
  const seen = new Uint8Array(cols * rows);
  const intrusions: Box[] = [];
  let marks = 0;
  // Specks of compression noise are not marks.
  const smallest = Math.max(4, (u * u) / 100);
  for (let k = 0; k < seen.length; k++) {
    if (seen[k] || !other(k)) continue;
    seen[k] = 1;
    const group = [k];
    let pixels = 0;
    let gx0 = Infinity;
    let gy0 = Infinity;
    let gx1 = -1;
    let gy1 = -1;
    while (group.length) {
      const at = group.pop()!;
      pixels += count[at]!;
      gx0 = Math.min(gx0, ink.minX[at]!);
      gy0 = Math.min(gy0, ink.minY[at]!);
      gx1 = Math.max(gx1, ink.maxX[at]! + 1);
      gy1 = Math.max(gy1, ink.maxY[at]! + 1);
      const r0 = Math.floor(at / cols);
      const c0 = at - r0 * cols;
      for (let r = Math.max(0, r0 - 1); r <= Math.min(rows - 1, r0 + 1); r++) {
        for (let c = Math.max(0, c0 - 1); c <= Math.min(cols - 1, c0 + 1); c++) {
          const n = r * cols + c;
          if (seen[n] || !other(n)) continue;
          seen[n] = 1;
          group.push(n);
        }
      }
    }
    marks += pixels;
    const clipped = clampBox(
      raster,
      Math.max(gx0, zone.x),
      Math.max(gy0, zone.y),
      Math.min(gx1, zone.x + zone.width),
      Math.min(gy1, zone.y + zone.height),
    );
    if (pixels >= smallest && clipped.width > 0 && clipped.height > 0) intrusions.push(clipped);
  }
  const free = zone.width * zone.height - ownArea;
  return {
    extent,
    clearSpace: {
      margin,
      free: intrusions.length === 0,
      intrusions,
      busyShare: free > 0 ? Math.min(1, marks / free) : 0,
    },
  };
}
