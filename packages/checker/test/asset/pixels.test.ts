import { palette as options } from '@charte/tokens';
import Color from 'colorjs.io';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../../src/model/asset.ts';
import { ciede2000, hexToLab, nearestFinder } from '../../src/vision/lab.ts';
import { summarisePixels } from '../../src/vision/pixels.ts';

const paletteHexes = [...new Set(options.map((c) => c.value.toLowerCase()))];

async function raster(input: Sharp): Promise<Raster> {
  const { data, info } = await input.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data), scale: 1 };
}

/** Seeded pseudo-random numbers, so that the images are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe('CIEDE2000', () => {
  it('gives the same distances as colorjs.io', () => {
    const next = random(7);
    for (let i = 0; i < 300; i++) {
      const [a, b] = [0, 1].map(
        () =>
          `#${Math.floor(next() * 0xffffff)
            .toString(16)
            .padStart(6, '0')}`,
      ) as [string, string];
      expect(ciede2000(hexToLab(a), hexToLab(b))).toBeCloseTo(new Color(a).deltaE(new Color(b), '2000'), 3);
    }
  });

  it('finds the nearest palette colour within 2 ΔE of an exhaustive search, and palette colours exactly', () => {
    const nearest = nearestFinder(paletteHexes);
    const next = random(11);
    let disagreements = 0;
    for (let i = 0; i < 500; i++) {
      const hex = `#${Math.floor(next() * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`;
      const lab = hexToLab(hex);
      const exhaustive = Math.min(...paletteHexes.map((p) => ciede2000(lab, hexToLab(p))));
      const found = nearest(lab).deltaE;
      expect(found).toBeGreaterThanOrEqual(exhaustive - 1e-9);
      expect(found - exhaustive).toBeLessThan(2);
      if (found > 10 !== exhaustive > 10) disagreements++;
    }
    expect(disagreements).toBeLessThanOrEqual(1);
    for (const hex of paletteHexes.slice(0, 100)) expect(nearest(hexToLab(hex)).deltaE).toBe(0);
  });
});

describe('summarisePixels', () => {
  const opts = { palette: paletteHexes, tolerance: 10 };

  it('lists the dominant colours of a flat graphic with their shares, and finds it in the palette', async () => {
    // 3/4 Bleu France, 1/4 white.
    const image = sharp({ create: { width: 200, height: 100, channels: 3, background: '#000091' } }).composite([
      { input: { create: { width: 50, height: 100, channels: 3, background: '#ffffff' } }, left: 150, top: 0 },
    ]);
    const s = summarisePixels(await raster(image), opts);
    expect(s.photo).toBe(false);
    expect(s.dominant[0]).toEqual({ hex: '#000091', share: 0.75 });
    expect(s.dominant[1]).toEqual({ hex: '#ffffff', share: 0.25 });
    expect(s.offPalette).toBe(0);
  });

  it('measures the share of off-palette pixels and marks them in the mask', async () => {
    const image = sharp({ create: { width: 100, height: 100, channels: 3, background: '#ffffff' } }).composite([
      { input: { create: { width: 30, height: 100, channels: 3, background: '#ff00ff' } }, left: 0, top: 0 },
    ]);
    const s = summarisePixels(await raster(image), { ...opts, mask: true });
    expect(s.offPalette).toBeCloseTo(0.3, 5);
    expect(s.offPaletteMask?.[0]).toBe(1);
    expect(s.offPaletteMask?.[99]).toBe(0);
  });

  it('tells a photograph from a flat graphic', async () => {
    const next = random(3);
    const width = 160;
    const height = 120;
    const data = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        data[i] = Math.min(255, (x / width) * 200 + next() * 55);
        data[i + 1] = Math.min(255, (y / height) * 180 + next() * 75);
        data[i + 2] = Math.min(255, ((x + y) / (width + height)) * 150 + next() * 100);
      }
    const photo = summarisePixels(await raster(sharp(data, { raw: { width, height, channels: 3 } })), opts);
    expect(photo.photo).toBe(true);
    // The same scene as a JPEG of a flat poster stays a graphic.
    const poster = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#f5f5fe' } })
      .composite([
        { input: { create: { width: 100, height: 60, channels: 3, background: '#000091' } }, left: 20, top: 20 },
      ])
      .jpeg({ quality: 70 })
      .toBuffer();
    expect(summarisePixels(await raster(sharp(poster)), opts).photo).toBe(false);
  });
});
