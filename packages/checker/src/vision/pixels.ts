/**
 * What an asset's pixels say about its colours: dominant colours with their shares, the share of pixels far
 * from every palette colour, and whether the image is a photograph (many colours, smooth gradients) rather
 * than a flat graphic. One pass over the pixels into a histogram of 32 levels per channel; the palette
 * distance is computed once per histogram cell (at its centre, so within about 2 ΔE of the pixels in it) and
 * kept for the next images.
 */
import type { ColourShare, PixelSummary, Raster } from '../model/asset.ts';
import { rgbHex } from './colour.ts';
import { nearestFinder, rgbToLab } from './lab.ts';

export interface PixelOptions {
  /** Palette colours, hex. */
  palette: readonly string[];
  /** Largest CIEDE2000 distance from the palette for a pixel to count as in it. */
  tolerance: number;
  /** Also return the per-pixel off-palette mask (for the report's overlay). */
  mask?: boolean;
  /** How many dominant colours to list (default 8). */
  dominant?: number;
}

const palettes = new Map<string, { nearest: ReturnType<typeof nearestFinder>; cells: Float32Array }>();

export function summarisePixels(raster: Raster, options: PixelOptions): PixelSummary {
  const { data, width, height } = raster;
  const total = width * height;
  const bins = 32 * 32 * 32;
  const count = new Uint32Array(bins);
  const sums = new Float64Array(bins * 3);
  // Each pixel's cell is kept only for the mask.
  const cell = options.mask ? new Uint16Array(total) : undefined;
  for (let p = 0, i = 0; p < total; p++, i += 3) {
    const r = data[i] as number;
    const g = data[i + 1] as number;
    const b = data[i + 2] as number;
    const k = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    if (cell) cell[p] = k;
    count[k] = (count[k] as number) + 1;
    sums[k * 3] = (sums[k * 3] as number) + r;
    sums[k * 3 + 1] = (sums[k * 3 + 1] as number) + g;
    sums[k * 3 + 2] = (sums[k * 3 + 2] as number) + b;
  }
  const occupied: number[] = [];
  for (let k = 0; k < bins; k++) if (count[k]) occupied.push(k);
  occupied.sort((x, y) => (count[y] as number) - (count[x] as number));
  const mean = (k: number): [number, number, number] => {
    const n = count[k] as number;
    return [(sums[k * 3] as number) / n, (sums[k * 3 + 1] as number) / n, (sums[k * 3 + 2] as number) / n];
  };

  // Dominant colours: the biggest cells, merging a cell into an earlier one when it is its neighbour.
  const dominant: ColourShare[] = [];
  const taken: number[] = [];
  for (const k of occupied) {
    if (dominant.length >= (options.dominant ?? 8)) break;
    const near = taken.findIndex(
      (t) =>
        Math.abs((t >> 10) - (k >> 10)) <= 1 &&
        Math.abs(((t >> 5) & 31) - ((k >> 5) & 31)) <= 1 &&
        Math.abs((t & 31) - (k & 31)) <= 1,
    );
    const share = (count[k] as number) / total;
    if (near >= 0) (dominant[near] as ColourShare).share += share;
    else {
      taken.push(k);
      const [r, g, b] = mean(k);
      dominant.push({ hex: rgbHex(r, g, b), share });
    }
  }
  dominant.sort((a, b) => b.share - a.share);

  // A flat graphic has most of its pixels in a few cells; a photograph spreads them.
  let top = 0;
  for (let i = 0; i < Math.min(24, occupied.length); i++) top += count[occupied[i] as number] as number;
  const photo = top / total < 0.6 && occupied.length > 400;

  // Distance of each cell's centre to the palette, computed once per palette and kept for the next images.
  const key = options.palette.join();
  let palette = palettes.get(key);
  if (!palette) {
    palette = { nearest: nearestFinder(options.palette), cells: new Float32Array(bins).fill(-1) };
    palettes.set(key, palette);
  }
  const distance = (k: number): number => {
    let d = palette.cells[k] as number;
    if (d < 0) {
      d = palette.nearest(rgbToLab(((k >> 10) << 3) + 4, (((k >> 5) & 31) << 3) + 4, ((k & 31) << 3) + 4)).deltaE;
      palette.cells[k] = d;
    }
    return d;
  };
  // A photograph can occupy tens of thousands of cells: its share is measured on the largest ones.
  const judged = photo ? occupied.slice(0, 2000) : occupied;
  let judgedPixels = 0;
  const off = new Uint8Array(bins);
  let offPixels = 0;
  for (const k of judged) {
    judgedPixels += count[k] as number;
    if (distance(k) > options.tolerance) {
      off[k] = 1;
      offPixels += count[k] as number;
    }
  }
  const summary: PixelSummary = { dominant, offPalette: judgedPixels ? offPixels / judgedPixels : 0, photo };
  if (cell) {
    const mask = new Uint8Array(total);
    for (let p = 0; p < total; p++) mask[p] = off[cell[p] as number] as number;
    summary.offPaletteMask = mask;
  }
  return summary;
}
