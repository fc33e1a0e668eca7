/**
 * The sample assets of the quick start (scripts/samples/assets.ts), made into a temporary folder and read back
 * with sharp, pdf-lib and fast-xml-parser: each file is valid of its kind and shows what it is meant to show.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { palette } from '@charte/tokens';
import Color from 'colorjs.io';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(root, 'scripts/samples/assets.ts');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');

const FILES = [
  'affiche-conforme.png',
  'visuel-reseaux-non-conforme.jpg',
  'photo-illustration.jpg',
  'pictogramme-conforme.svg',
  'logo-non-conforme.svg',
  'rapport-accessible.pdf',
  'note-non-accessible.pdf',
  'scan.pdf',
];

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'charte-samples-'));
  temp.push(dir);
  return dir;
};

/** Runs the generator as `pnpm samples` does, into `out`. */
const generate = (out: string) => promisify(execFile)(process.execPath, [tsx, script, out], { cwd: root });

let outDir: string;
let stdout: string;
const file = (name: string) => path.join(outDir, name);

beforeAll(async () => {
  outDir = tempDir();
  ({ stdout } = await generate(outDir));
});

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

// ── Colours ────────────────────────────────────────────────────────────────────────────────────────────────

const paletteValues = [...new Set(palette.map((c) => c.value.toLowerCase()))];
const paletteSet = new Set(paletteValues);
const paletteColours = paletteValues.map((v) => new Color(v));

const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** CIEDE2000 distance from `value` to the nearest colour of the State palette. */
const paletteDistance = (value: string) => {
  const c = new Color(value);
  return Math.min(...paletteColours.map((p) => c.deltaE2000(p)));
};

// ── Pixels ─────────────────────────────────────────────────────────────────────────────────────────────────

interface Pixels {
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The file's pixels in sRGB (CMYK converted by libvips), 3 channels. */
async function pixels(name: string): Promise<Pixels> {
  const { data, info } = await sharp(file(name))
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(3);
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const i = (y * info.width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** Bounding box and count of the pixels of `area` that `test` accepts. */
function find(px: Pixels, area: Box, test: (r: number, g: number, b: number) => boolean) {
  let [x0, y0, x1, y1, count] = [Infinity, Infinity, -1, -1, 0];
  for (let y = area.y; y < area.y + area.height; y++)
    for (let x = area.x; x < area.x + area.width; x++) {
      if (!test(...px.at(x, y))) continue;
      count++;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return { count, box: count ? { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 } : undefined };
}

/**
 * The first group of rows of `area`, from its top, holding pixels other than the background; gaps shorter than
 * `gap` rows are bridged. Its box spans the non-background pixels of those rows.
 */
function firstGroup(px: Pixels, area: Box, background: (r: number, g: number, b: number) => boolean, gap: number) {
  const inked = (y: number) => {
    for (let x = area.x; x < area.x + area.width; x++) if (!background(...px.at(x, y))) return true;
    return false;
  };
  let top = -1;
  let bottom = -1;
  for (let y = area.y; y < area.y + area.height; y++) {
    if (!inked(y)) continue;
    if (top < 0) top = y;
    else if (y - bottom > gap) break;
    bottom = y;
  }
  if (top < 0) return undefined;
  const ink = find(
    px,
    { x: area.x, y: top, width: area.width, height: bottom - top + 1 },
    (r, g, b) => !background(r, g, b),
  );
  return ink.box;
}

/** Pixels other than the background within `margin` px around `box` (outside it), and whether that ring fits in the image. */
function intruders(px: Pixels, box: Box, margin: number, background: (r: number, g: number, b: number) => boolean) {
  const ring = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const fits = ring.x >= 0 && ring.y >= 0 && ring.x + ring.width <= px.width && ring.y + ring.height <= px.height;
  const inBox = (x: number, y: number) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
  let count = 0;
  for (let y = Math.max(0, ring.y); y < Math.min(px.height, ring.y + ring.height); y++)
    for (let x = Math.max(0, ring.x); x < Math.min(px.width, ring.x + ring.width); x++)
      if (!inBox(x, y) && !background(...px.at(x, y))) count++;
  return { fits, count };
}

// ── Metadata ───────────────────────────────────────────────────────────────────────────────────────────────

/** ASCII fields of the EXIF block's first directory (IFD0), by tag number. */
function exifIfd0(exif: Buffer): Map<number, string> {
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  const fields = new Map<number, string>();
  for (let i = 0; i < u16(ifd); i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry + 2) !== 2) continue;
    const count = u32(entry + 4);
    const start = count <= 4 ? entry + 8 : u32(entry + 8);
    fields.set(u16(entry), tiff.toString('latin1', start, start + count).replace(/\0+$/, ''));
  }
  return fields;
}

const EXIF_ARTIST = 0x013b;
const EXIF_COPYRIGHT = 0x8298;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });

/** The text held under the first `key` found anywhere in a parsed XML tree. */
function textAt(node: unknown, key: string): string | undefined {
  const text = (n: unknown): string =>
    typeof n === 'string' || typeof n === 'number'
      ? String(n)
      : Array.isArray(n)
        ? n.map(text).join(' ')
        : n && typeof n === 'object'
          ? Object.entries(n)
              .filter(([k]) => !k.startsWith('@'))
              .map(([, v]) => text(v))
              .join(' ')
          : '';
  if (!node || typeof node !== 'object') return undefined;
  for (const [k, v] of Object.entries(node)) {
    if (k === key) return text(v).trim();
    const inner = textAt(v, key);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** What an image's XMP says of its rights. */
function xmpRights(xmp: Buffer | undefined) {
  const tree = xmp ? xml.parse(xmp.toString('utf8')) : {};
  return {
    creator: textAt(tree, 'dc:creator'),
    copyright: textAt(tree, 'dc:rights'),
    credit: textAt(tree, 'photoshop:Credit'),
  };
}

// ── SVG ────────────────────────────────────────────────────────────────────────────────────────────────────

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of an SVG file, in document order, with its attributes and direct text. */
function svgElements(name: string): Element[] {
  const source = readFileSync(file(name), 'utf8');
  expect(XMLValidator.validate(source)).toBe(true);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(source);
  const out: Element[] = [];
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name === '#text' || name.startsWith('?')) continue;
      const children = node[name] as Record<string, unknown>[];
      const text = children
        .filter((c) => '#text' in c)
        .map((c) => String(c['#text']))
        .join('');
      out.push({ name, attributes: (node[':@'] as Record<string, string>) ?? {}, text });
      walk(children);
    }
  };
  walk(tree);
  return out;
}

const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'color'];

const svgColours = (elements: Element[]) =>
  elements.flatMap((e) =>
    COLOUR_ATTRIBUTES.map((a) => e.attributes[a]).filter((v): v is string => !!v && v !== 'none'),
  );

// ── PDF ────────────────────────────────────────────────────────────────────────────────────────────────────

const loadPdf = async (name: string) => {
  const bytes = readFileSync(file(name));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return PDFDocument.load(bytes, { updateMetadata: false });
};

const deref = (doc: PDFDocument, o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);

/** The decoded content streams of a page, joined. */
function pageContent(doc: PDFDocument, page: PDFPage): string {
  const contents = deref(doc, page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => deref(doc, r)) : [contents];
  return streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
}

/** Fill and stroke colours set with `rg`/`RG` in a content stream, as hex. */
const contentColours = (content: string) =>
  new Set(
    [...content.matchAll(/(?:^|\s)([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(?:rg|RG)\b/g)].map((m) =>
      hex(Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255),
    ),
  );

interface FontInfo {
  name: string;
  embedded: boolean;
}

/** The fonts of a page's resources, with whether their program is in the file. */
function pageFonts(doc: PDFDocument, page: PDFPage): FontInfo[] {
  const fonts = deref(doc, page.node.Resources()?.get(PDFName.of('Font')));
  if (!(fonts instanceof PDFDict)) return [];
  return fonts.values().map((ref) => {
    const font = deref(doc, ref) as PDFDict;
    const descendants = deref(doc, font.get(PDFName.of('DescendantFonts')));
    const described = descendants instanceof PDFArray ? (deref(doc, descendants.get(0)) as PDFDict) : font;
    const descriptor = deref(doc, described.get(PDFName.of('FontDescriptor')));
    const embedded =
      descriptor instanceof PDFDict &&
      ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
    const name = String(font.get(PDFName.of('BaseFont')))
      .replace(/^\//, '')
      .replace(/^[A-Z]{6}\+/, '');
    return { name, embedded };
  });
}

/** Structure elements of the tree under the catalog's /StructTreeRoot, with their type and alternative text. */
function structureElements(doc: PDFDocument): { type: string; alt?: string }[] {
  const rootTree = deref(doc, doc.catalog.get(PDFName.of('StructTreeRoot')));
  const out: { type: string; alt?: string }[] = [];
  const walk = (node: PDFObject | undefined): void => {
    const n = deref(doc, node);
    if (n instanceof PDFArray) {
      n.asArray().forEach(walk);
      return;
    }
    if (!(n instanceof PDFDict)) return;
    const type = n.get(PDFName.of('S'));
    const alt = n.get(PDFName.of('Alt'));
    if (type)
      out.push({
        type: String(type).replace(/^\//, ''),
        alt: alt instanceof PDFHexString || alt instanceof PDFString ? alt.decodeText() : undefined,
      });
    walk(n.get(PDFName.of('K')));
  };
  if (rootTree instanceof PDFDict) walk(rootTree.get(PDFName.of('K')));
  return out;
}

// ── Tests ──────────────────────────────────────────────────────────────────────────────────────────────────

describe('the sample assets', () => {
  it('are all written, one line printed for each', () => {
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(FILES.length);
    FILES.forEach((name, i) => {
      expect(existsSync(file(name)), name).toBe(true);
      expect(lines[i]).toContain(name);
    });
  });
});

describe('the generator', () => {
  it('makes the same bytes on every run', async () => {
    const again = tempDir();
    await generate(again);
    for (const name of FILES)
      expect(readFileSync(path.join(again, name)).equals(readFileSync(file(name))), name).toBe(true);
  });

  it('says which folder it cannot write to', async () => {
    const blocked = path.join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const failure = await generate(path.join(blocked, 'assets')).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(blocked);
  });
});

describe('affiche-conforme.png', () => {
  it('is a 1200×1500 PNG at 72 ppi with a copyright and a credit', async () => {
    const meta = await sharp(file('affiche-conforme.png')).metadata();
    expect([meta.format, meta.width, meta.height, meta.density]).toEqual(['png', 1200, 1500, 72]);
    const exif = exifIfd0(meta.exif!);
    expect(exif.get(EXIF_COPYRIGHT)).toMatch(/\w/);
    expect(exif.get(EXIF_ARTIST)).toMatch(/\w/);
    const rights = xmpRights(meta.xmp);
    expect(rights.copyright).toMatch(/\w/);
    expect(rights.credit).toMatch(/\w/);
  });

  it('is drawn in palette colours only (anti-aliased edges aside)', async () => {
    const px = await pixels('affiche-conforme.png');
    const counts = new Map<string, number>();
    for (let y = 0; y < px.height; y++)
      for (let x = 0; x < px.width; x++) {
        const h = hex(...px.at(x, y));
        counts.set(h, (counts.get(h) ?? 0) + 1);
      }
    const total = px.width * px.height;
    const inPalette = [...counts].filter(([h]) => paletteSet.has(h)).reduce((s, [, n]) => s + n, 0);
    expect(inPalette / total).toBeGreaterThan(0.95);
    const large = [...counts].filter(([, n]) => n / total > 0.002).map(([h]) => h);
    expect(large.filter((h) => !paletteSet.has(h))).toEqual([]);
  });

  it('has the official Marianne block top-left, at least 88×32, with one block height of clear space around the bloc-marque', async () => {
    const px = await pixels('affiche-conforme.png');
    const white = (r: number, g: number, b: number) => r === 255 && g === 255 && b === 255;
    const top = { x: 0, y: 0, width: px.width, height: px.height / 2 };
    const blue = find(px, { ...top, width: px.width / 3 }, (r, g, b) => hex(r, g, b) === '#000091').box!;
    // Red next to it (the red accent line of the panel lies lower).
    const beside = { x: 0, y: 0, width: px.width / 3, height: blue.y + 2 * blue.height };
    const red = find(px, beside, (r, g, b) => hex(r, g, b) === '#e1000f').box!;
    const block = { x: blue.x, y: blue.y, width: red.x + red.width - blue.x, height: blue.height };
    // Blue on the left half, red on the right (the white profile overlaps both).
    expect(red.x + red.width).toBeGreaterThan(blue.x + blue.width);
    expect(red.x).toBeGreaterThan(blue.x);
    expect([red.y, red.height]).toEqual([blue.y, blue.height]);
    expect(block.height).toBeGreaterThanOrEqual(32);
    expect(block.width / block.height).toBeCloseTo(2.75, 1);

    const mark = firstGroup(px, top, white, block.height)!;
    expect([mark.x, mark.y]).toEqual([block.x, block.y]);
    // Block, intitulé and devise stacked.
    expect(mark.height).toBeGreaterThan(4 * block.height);
    expect(mark.width).toBeLessThan(px.width / 4);
    expect(intruders(px, mark, block.height, white)).toEqual({ fits: true, count: 0 });
  });
});

describe('visuel-reseaux-non-conforme.jpg', () => {
  it('is a 1200×630 CMYK JPEG with no credit', async () => {
    const meta = await sharp(file('visuel-reseaux-non-conforme.jpg')).metadata();
    expect([meta.format, meta.width, meta.height, meta.space]).toEqual(['jpeg', 1200, 630, 'cmyk']);
    expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
  });

  it('is mostly off-palette colour', async () => {
    const px = await pixels('visuel-reseaux-non-conforme.jpg');
    const buckets = new Map<number, { n: number; r: number; g: number; b: number }>();
    for (let y = 0; y < px.height; y += 2)
      for (let x = 0; x < px.width; x += 2) {
        const [r, g, b] = px.at(x, y);
        const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
        const s = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
        buckets.set(key, { n: s.n + 1, r: s.r + r, g: s.g + g, b: s.b + b });
      }
    const total = (px.width / 2) * (px.height / 2);
    const offPalette = [...buckets.values()]
      .filter((s) => s.n / total > 0.05)
      .filter((s) => paletteDistance(hex(s.r / s.n, s.g / s.n, s.b / s.n)) > 5)
      .reduce((sum, s) => sum + s.n / total, 0);
    expect(offPalette).toBeGreaterThan(0.8);
  });

  it('has a recoloured, 10 px bloc-marque at the bottom right, a dark logo touching it, no official block', async () => {
    const px = await pixels('visuel-reseaux-non-conforme.jpg');
    const all = { x: 0, y: 0, width: px.width, height: px.height };
    const green = find(px, all, (r, g, b) => g > 120 && g - Math.max(r, b) > 40).box!;
    expect(green.x).toBeGreaterThan(px.width / 2);
    expect(green.y).toBeGreaterThan(px.height / 2);
    expect(green.height).toBeGreaterThanOrEqual(8);
    expect(green.height).toBeLessThanOrEqual(12);
    const blackHalf = { x: green.x + green.width, y: green.y, width: green.width + 4, height: green.height };
    expect(find(px, blackHalf, (r, g, b) => Math.max(r, g, b) < 60).count).toBeGreaterThan(green.height * 4);
    const justLeft = { x: green.x - 3, y: green.y + 1, width: 2, height: green.height - 2 };
    expect(find(px, justLeft, (r, g, b) => Math.max(r, g, b) < 90).count).toBe(justLeft.width * justLeft.height);
    const nearBleuFrance = (r: number, g: number, b: number) => Math.hypot(r, g, b - 145) < 40;
    expect(find(px, all, nearBleuFrance).count).toBeLessThan(10);
  });
});

describe('photo-illustration.jpg', () => {
  it('is a JPEG photograph at 300 ppi with a credit', async () => {
    const meta = await sharp(file('photo-illustration.jpg')).metadata();
    expect([meta.format, meta.space, meta.density]).toEqual(['jpeg', 'srgb', 300]);
    expect(exifIfd0(meta.exif!).get(EXIF_COPYRIGHT)).toMatch(/\w/);
    expect(xmpRights(meta.xmp).credit).toMatch(/\w/);
  });

  it('has the many colours and gradients of a photograph', async () => {
    const { data } = await sharp(file('photo-illustration.jpg'))
      .resize(360)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 3) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 3;
    expect(counts.size).toBeGreaterThan(5000);
    // Aside from the white cartouche, no colour covers more than 1% of it.
    const large = [...counts].filter(([, n]) => n / total > 0.01).map(([k]) => k);
    expect(large.every((k) => k >> 16 > 240 && ((k >> 8) & 255) > 240 && (k & 255) > 240)).toBe(true);
  });

  it('has the official block top-left on a white cartouche with one block height of clear space', async () => {
    const px = await pixels('photo-illustration.jpg');
    const corner = { x: 0, y: 0, width: 400, height: 400 };
    const blue = find(px, corner, (r, g, b) => b > 100 && r < 70 && g < 70).box!;
    const red = find(px, corner, (r, g, b) => r > 180 && g < 70 && b < 80).box!;
    const block = {
      x: blue.x,
      y: blue.y,
      width: red.x + red.width - blue.x,
      height: Math.max(blue.height, red.height),
    };
    expect(red.x).toBeGreaterThan(blue.x);
    expect(block.height).toBeGreaterThanOrEqual(30);
    expect(block.width / block.height).toBeCloseTo(2.75, 1);

    const white = (r: number, g: number, b: number) => Math.min(r, g, b) > 235;
    let width = 0;
    while (white(...px.at(width, 1))) width++;
    let height = 0;
    while (white(...px.at(1, height))) height++;
    const cartouche = { x: 0, y: 0, width, height };
    const mark = firstGroup(px, cartouche, white, block.height)!;
    expect(mark.x).toBeLessThanOrEqual(block.x + 1);
    expect(mark.y).toBeLessThanOrEqual(block.y + 1);
    const margin = Math.floor(block.height * 0.95);
    expect(mark.x).toBeGreaterThanOrEqual(margin);
    expect(mark.y).toBeGreaterThanOrEqual(margin);
    expect(width - (mark.x + mark.width)).toBeGreaterThanOrEqual(margin);
    expect(height - (mark.y + mark.height)).toBeGreaterThanOrEqual(margin);
  });
});

describe('pictogramme-conforme.svg', () => {
  it('is an SVG image with a title, in palette colours, its text in Marianne, nothing active or external', async () => {
    const elements = svgElements('pictogramme-conforme.svg');
    const svg = elements[0]!;
    expect(svg.name).toBe('svg');
    expect(svg.attributes.role).toBe('img');
    const title = elements.find((e) => e.name === 'title');
    expect(title?.text.trim()).toMatch(/\w/);
    expect(svg.attributes['aria-labelledby']?.split(' ')).toContain(title?.attributes.id);
    const colours = svgColours(elements);
    expect(colours.length).toBeGreaterThan(2);
    expect(colours.filter((c) => !paletteSet.has(c.toLowerCase()))).toEqual([]);
    const texts = elements.filter((e) => e.name === 'text');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.map((t) => t.attributes['font-family'])).toEqual(texts.map(() => 'Marianne'));
    expect(elements.filter((e) => ['script', 'image', 'foreignObject'].includes(e.name))).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attributes).filter((a) => /^on/i.test(a) || /href$/.test(a)))).toEqual(
      [],
    );
    // libvips draws it: it is a valid SVG document.
    expect((await sharp(file('pictogramme-conforme.svg')).metadata()).format).toBe('svg');
  });
});

describe('logo-non-conforme.svg', () => {
  it('has off-palette fills, Comic Sans MS, no title, a script, an event handler and an external image', () => {
    const elements = svgElements('logo-non-conforme.svg');
    const svg = elements[0]!;
    expect(svg.name).toBe('svg');
    expect(elements.some((e) => e.name === 'title') || 'aria-label' in svg.attributes).toBe(false);
    const far = svgColours(elements).filter((c) => paletteDistance(c) > 5);
    expect(far.length).toBeGreaterThanOrEqual(2);
    expect(elements.filter((e) => e.name === 'text').map((t) => t.attributes['font-family'])).toContain(
      'Comic Sans MS',
    );
    expect(elements.some((e) => e.name === 'script')).toBe(true);
    expect(elements.some((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a)))).toBe(true);
    const external = elements
      .filter((e) => e.name === 'image')
      .map((e) => e.attributes.href ?? e.attributes['xlink:href']);
    expect(external.some((href) => /^https?:\/\//.test(href ?? ''))).toBe(true);
  });
});

describe('rapport-accessible.pdf', () => {
  it('is a tagged three-page PDF in French whose title is shown, in XMP and Info', async () => {
    const doc = await loadPdf('rapport-accessible.pdf');
    expect(doc.getPageCount()).toBe(3);
    const catalog = doc.catalog;
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toMatch(/^fr\b/);
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    const metadata = deref(doc, catalog.get(PDFName.of('Metadata')));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = xml.parse(Buffer.from(decodePDFRawStream(metadata as PDFRawStream).decode()).toString('utf8'));
    const title = textAt(xmp, 'dc:title');
    expect(title).toMatch(/\w/);
    expect(doc.getTitle()).toBe(title);
  });

  it('embeds every font, Marianne Regular and Bold among them', async () => {
    const doc = await loadPdf('rapport-accessible.pdf');
    const fonts = doc.getPages().flatMap((p) => pageFonts(doc, p));
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const names = new Set(fonts.map((f) => f.name));
    expect(names).toContain('Marianne-Regular');
    expect(names).toContain('Marianne-Bold');
  });

  it('has headings, a table, figures all with alternative text, and the official block colours on its first page', async () => {
    const doc = await loadPdf('rapport-accessible.pdf');
    const elements = structureElements(doc);
    expect(elements.map((e) => e.type)).toEqual(expect.arrayContaining(['H1', 'H2', 'Figure', 'Table']));
    const figures = elements.filter((e) => e.type === 'Figure');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((e) => (e.alt ?? '').trim().length < 20)).toEqual([]);
    const colours = contentColours(pageContent(doc, doc.getPage(0)));
    expect(colours).toContain('#000091');
    expect(colours).toContain('#e1000f');
  });
});

describe('note-non-accessible.pdf', () => {
  it('is untagged, with no language, no title, Helvetica not embedded, an off-palette colour, no bloc-marque', async () => {
    const doc = await loadPdf('note-non-accessible.pdf');
    expect(doc.getPageCount()).toBe(1);
    for (const key of ['MarkInfo', 'StructTreeRoot', 'Lang', 'Metadata'])
      expect(doc.catalog.has(PDFName.of(key)), key).toBe(false);
    expect(doc.getTitle()).toBeUndefined();
    const fonts = pageFonts(doc, doc.getPage(0));
    expect(fonts.map((f) => f.name)).toContain('Helvetica');
    expect(fonts.filter((f) => f.embedded)).toEqual([]);
    const colours = [...contentColours(pageContent(doc, doc.getPage(0)))];
    expect(colours.some((c) => paletteDistance(c) > 5)).toBe(true);
    expect(colours).not.toContain('#000091');
    expect(colours).not.toContain('#e1000f');
  });
});

describe('scan.pdf', () => {
  it('is one page holding only an image, at 150 ppi or more, with no text and no font', async () => {
    const doc = await loadPdf('scan.pdf');
    expect(doc.getPageCount()).toBe(1);
    const page = doc.getPage(0);
    expect(pageFonts(doc, page)).toEqual([]);
    const content = pageContent(doc, page);
    expect(content).not.toMatch(/\bBT\b/);
    const xobjects = deref(doc, page.node.Resources()?.get(PDFName.of('XObject'))) as PDFDict;
    const images = xobjects
      .values()
      .map((ref) => deref(doc, ref) as PDFRawStream)
      .filter((s) => String(s.dict.get(PDFName.of('Subtype'))) === '/Image');
    expect(images).toHaveLength(1);
    const width = Number(String(images[0]!.dict.get(PDFName.of('Width'))));
    expect((width / page.getWidth()) * 72).toBeGreaterThanOrEqual(149);
    expect(content.match(/\bDo\b/g)).toHaveLength(1);
  });
});
