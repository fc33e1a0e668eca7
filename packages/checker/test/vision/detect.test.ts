import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../../src/model/asset.ts';
import type { Box } from '../../src/model/index.ts';
import { deltaE2000 } from '../../src/vision/colour.ts';
import { detectBlocMarques, measureBlocMarque } from '../../src/vision/detect.ts';
import {
  BLEU_FRANCE,
  type BlockOptions,
  deviseSvg,
  marianneBlockSvg,
  ROUGE_MARIANNE,
} from '../../src/vision/marianne.ts';

/** Draws SVG markup on a canvas and decodes it as the asset readers do (RGB, 3 bytes a pixel). */
async function draw(
  width: number,
  height: number,
  body: string,
  options: { background?: string; jpeg?: number } = {},
): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${options.background ?? '#fff'}"/>${body}</svg>`;
  let bytes = await sharp(Buffer.from(svg)).png().toBuffer();
  if (options.jpeg) bytes = await sharp(bytes).jpeg({ quality: options.jpeg }).toBuffer();
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data), scale: 1 };
}

/** The Marianne block at (x, y), `u` px tall; `aspect` 1 keeps the official 2.75:1. */
const block = (x: number, y: number, u: number, aspect = 1, colours: BlockOptions = {}) =>
  `<g transform="translate(${x},${y})">${marianneBlockSvg(u, u * 2.75 * aspect, colours)}</g>`;

/**
 * A whole bloc-marque: block, two lines of intitulé drawn as letter-sized marks (so that the layout does not
 * depend on the fonts installed), devise below. Gives the markup and the box of everything drawn.
 */
function blocMarque(x: number, y: number, u: number): { svg: string; extent: Box; lineEnd: number } {
  let svg = block(x, y, u);
  const letter = 0.7 * u;
  const lines = [10, 8];
  let top = y + u + 0.55 * u;
  let right = x + 2.75 * u;
  for (const count of lines) {
    for (let i = 0; i < count; i++) {
      svg += `<rect x="${x + i * 0.8 * u}" y="${top}" width="${letter}" height="${0.75 * u}" fill="#161616"/>`;
    }
    right = Math.max(right, x + (count - 1) * 0.8 * u + letter);
    top += 1.08 * u;
  }
  const devise = deviseSvg(2.625 * u, '#161616');
  const deviseTop = top + 0.2 * u;
  svg += `<g transform="translate(${x},${deviseTop})">${devise.svg}</g>`;
  return { svg, extent: { x, y, width: right - x, height: deviseTop + devise.height - y }, lineEnd: right };
}

const near = (found: Box, x: number, y: number, width: number, height: number, slack = 2) => {
  expect(Math.abs(found.x - x)).toBeLessThanOrEqual(slack);
  expect(Math.abs(found.y - y)).toBeLessThanOrEqual(slack);
  expect(Math.abs(found.x + found.width - (x + width))).toBeLessThanOrEqual(slack);
  expect(Math.abs(found.y + found.height - (y + height))).toBeLessThanOrEqual(slack);
};

describe('detectBlocMarques', () => {
  it('finds a 16 px block on white at its place and size', async () => {
    const raster = await draw(400, 300, block(137.5, 61.3, 16));
    const found = detectBlocMarques(raster);
    expect(found).toHaveLength(1);
    near(found[0]!.box, 137.5, 61.3, 44, 16);
    expect(found[0]!.aspect).toBeCloseTo(1, 1);
    expect(found[0]!.score).toBeGreaterThan(0.9);
    expect(deltaE2000(found[0]!.colours.left, BLEU_FRANCE)).toBeLessThan(5);
    expect(deltaE2000(found[0]!.colours.right, ROUGE_MARIANNE)).toBeLessThan(5);
  });

  it('finds a 120 px block', async () => {
    const raster = await draw(700, 400, block(212, 140, 120));
    const found = detectBlocMarques(raster);
    expect(found).toHaveLength(1);
    near(found[0]!.box, 212, 140, 330, 120);
  });

  it('finds the block on a tinted background and in a JPEG of quality 70', async () => {
    const tinted = await draw(400, 300, blocMarque(30, 24, 16).svg, { background: '#e8edff' });
    near(detectBlocMarques(tinted)[0]!.box, 30, 24, 44, 16);
    const jpeg = await draw(400, 300, blocMarque(253.4, 180.2, 16).svg, { jpeg: 70 });
    const found = detectBlocMarques(jpeg);
    expect(found).toHaveLength(1);
    near(found[0]!.box, 253.4, 180.2, 44, 16);
    const darkJpeg = await draw(640, 400, block(100, 100, 40), { background: '#161616', jpeg: 70 });
    near(detectBlocMarques(darkJpeg)[0]!.box, 100, 100, 110, 40);
  });

  it('finds every block of an image, best first', async () => {
    const raster = await draw(800, 500, blocMarque(20, 20, 24).svg + blocMarque(420, 200, 32).svg);
    const found = detectBlocMarques(raster);
    expect(found).toHaveLength(2);
    expect(found[0]!.score).toBeGreaterThanOrEqual(found[1]!.score);
    const boxes = found.map((f) => f.box).sort((a, b) => a.x - b.x);
    near(boxes[0]!, 20, 20, 66, 24);
    near(boxes[1]!, 420, 200, 88, 32);
  });

  it('finds recoloured blocks and reports their colours', async () => {
    const raster = await draw(
      900,
      300,
      block(20, 40, 40, 1, { left: '#18753c', right: '#000000' }) +
        block(320, 40, 40, 1, { left: ROUGE_MARIANNE, right: BLEU_FRANCE }) +
        block(620, 40, 40, 1, { left: '#777777', right: '#777777' }),
    );
    const found = detectBlocMarques(raster).sort((a, b) => a.box.x - b.box.x);
    expect(found).toHaveLength(3);
    for (const match of found) {
      expect(
        deltaE2000(match.colours.left, BLEU_FRANCE) > 10 || deltaE2000(match.colours.right, ROUGE_MARIANNE) > 10,
      ).toBe(true);
    }
    expect(deltaE2000(found[0]!.colours.left, '#18753c')).toBeLessThan(5);
    expect(deltaE2000(found[1]!.colours.left, ROUGE_MARIANNE)).toBeLessThan(5);
    expect(deltaE2000(found[2]!.colours.right, '#777777')).toBeLessThan(5);
  });

  it('finds stretched and squeezed blocks and says so by their aspect', async () => {
    const raster = await draw(700, 300, block(20, 60, 40, 1.3) + block(400, 60, 40, 0.75));
    const found = detectBlocMarques(raster).sort((a, b) => a.box.x - b.box.x);
    expect(found).toHaveLength(2);
    expect(found[0]!.aspect).toBeCloseTo(1.3, 1);
    expect(found[1]!.aspect).toBeCloseTo(0.75, 1);
    near(found[1]!.box, 400, 60, 82.5, 40);
  });

  it('finds nothing on a French flag, blue and red flat graphics, text or noise', async () => {
    const flag = (x: number, y: number, h: number, ratio: number) => {
      const w = (h * ratio) / 3;
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${BLEU_FRANCE}"/><rect x="${x + w}" y="${y}" width="${w}" height="${h}" fill="#fff"/><rect x="${x + 2 * w}" y="${y}" width="${w}" height="${h}" fill="${ROUGE_MARIANNE}"/>`;
    };
    const flags = await draw(800, 500, flag(20, 20, 120, 1.5) + flag(300, 40, 60, 2.75) + flag(500, 300, 24, 2));
    expect(detectBlocMarques(flags)).toEqual([]);

    const twoTone = (x: number, y: number, h: number, mark: string) =>
      `<rect x="${x}" y="${y}" width="${1.375 * h}" height="${h}" fill="${BLEU_FRANCE}"/><rect x="${x + 1.375 * h}" y="${y}" width="${1.375 * h}" height="${h}" fill="${ROUGE_MARIANNE}"/>${mark}`;
    const banners = await draw(
      900,
      500,
      twoTone(20, 20, 80, '') +
        twoTone(300, 20, 80, `<circle cx="410" cy="60" r="28" fill="#fff"/>`) +
        twoTone(20, 200, 60, `<path d="M 92 260 Q 102 190 122 260 Z" fill="#fff"/>`) +
        `<rect x="0" y="400" width="450" height="100" fill="${BLEU_FRANCE}"/><rect x="450" y="400" width="450" height="100" fill="${ROUGE_MARIANNE}"/>` +
        `<rect x="400" y="200" width="20" height="60" fill="${BLEU_FRANCE}"/><rect x="440" y="200" width="20" height="60" fill="${ROUGE_MARIANNE}"/>`,
    );
    expect(detectBlocMarques(banners)).toEqual([]);

    // Bold letters in blue and red, as blocks of ink, and the devise alone.
    let text = '';
    for (let i = 0; i < 30; i++) {
      text += `<rect x="${20 + i * 26}" y="${40 + (i % 3) * 60}" width="20" height="28" fill="${i % 2 ? BLEU_FRANCE : ROUGE_MARIANNE}"/>`;
    }
    text += `<g transform="translate(40,260)">${deviseSvg(200).svg}</g>`;
    expect(detectBlocMarques(await draw(800, 500, text))).toEqual([]);

    const noise = new Uint8Array(640 * 480 * 3);
    let seed = 12345;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      noise[i] = seed >>> 24;
    }
    expect(detectBlocMarques({ width: 640, height: 480, data: noise, scale: 1 })).toEqual([]);
  });

  it('looks for blocks from minHeight up to half the image height', async () => {
    const raster = await draw(400, 300, block(30, 30, 14) + block(30, 100, 40));
    expect(detectBlocMarques(raster)).toHaveLength(2);
    const tall = detectBlocMarques(raster, { minHeight: 20 });
    expect(tall).toHaveLength(1);
    expect(tall[0]!.box.height).toBeGreaterThan(35);
    const whole = await draw(220, 100, block(0, 10, 80));
    expect(detectBlocMarques(whole)).toEqual([]);
  });

  it('finds a block smaller than the charter’s minimum, so that it is reported as too small', async () => {
    const raster = await draw(600, 400, block(500, 350, 10));
    const [found] = detectBlocMarques(raster);
    expect(found).toBeDefined();
    near(found!.box, 500, 350, 27.5, 10);
  });

  it('says what is wrong with a raster that is not RGB', () => {
    expect(() => detectBlocMarques({ width: 10, height: 10, data: new Uint8Array(100), scale: 1 })).toThrow(
      /10×10.*RGB/,
    );
  });
});

describe('measureBlocMarque', () => {
  const u = 24;

  it('covers block, intitulé and devise, and finds the clear space free on a clean layout', async () => {
    const drawn = blocMarque(60, 50, u);
    const raster = await draw(640, 480, drawn.svg);
    const [match] = detectBlocMarques(raster);
    const { extent, clearSpace } = measureBlocMarque(raster, match!.box);
    near(extent, drawn.extent.x, drawn.extent.y, drawn.extent.width, drawn.extent.height, 3);
    expect(clearSpace.margin).toBe(match!.box.height);
    expect(clearSpace.free).toBe(true);
    expect(clearSpace.intrusions).toEqual([]);
    expect(clearSpace.busyShare).toBeLessThan(0.01);
  });

  it('finds the clear space taken when another logo sits within 1u of the text', async () => {
    const drawn = blocMarque(60, 50, u);
    const logo = { x: drawn.lineEnd + 0.6 * u, y: 50 + 1.6 * u, width: 1.5 * u, height: 1.5 * u };
    const raster = await draw(
      640,
      480,
      `${drawn.svg}<rect x="${logo.x}" y="${logo.y}" width="${logo.width}" height="${logo.height}" fill="#333"/>`,
    );
    const [match] = detectBlocMarques(raster);
    const { extent, clearSpace } = measureBlocMarque(raster, match!.box);
    // The logo is not taken for part of the bloc-marque.
    expect(extent.x + extent.width).toBeLessThan(logo.x);
    expect(clearSpace.free).toBe(false);
    // What lies within the clear space: the logo's left part, up to 1u from the extent.
    expect(clearSpace.intrusions).toHaveLength(1);
    const [intrusion] = clearSpace.intrusions;
    near(intrusion!, logo.x, logo.y, extent.x + extent.width + u - logo.x, logo.height, 2);
    expect(clearSpace.busyShare).toBeGreaterThan(0.005);

    // Farther than the margin asked for, the logo does not count.
    const far = measureBlocMarque(raster, match!.box, 0.4 * u);
    expect(far.clearSpace.free).toBe(true);
  });

  it('finds a mark beside the block itself', async () => {
    const drawn = blocMarque(60, 50, u);
    const raster = await draw(
      640,
      480,
      `${drawn.svg}<rect x="${60 + 2.75 * u + 0.4 * u}" y="50" width="${u}" height="${u}" fill="#e1000f"/>`,
    );
    const [match] = detectBlocMarques(raster);
    const { extent, clearSpace } = measureBlocMarque(raster, match!.box);
    expect(extent.y + extent.height).toBeGreaterThan(drawn.extent.y + drawn.extent.height - 3);
    expect(clearSpace.free).toBe(false);
  });
});
