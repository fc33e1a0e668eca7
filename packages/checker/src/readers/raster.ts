/**
 * What the asset readers share: their error, the size checks every reader makes first, the analysis raster
 * (RGB on white, bounded size) and the grouping of vector colours.
 */
import type { AssetLimits, Raster, VectorColour } from '../model/asset.ts';

/** Why an asset could not be read; `code` is what the report shows. */
export type AssetReadErrorCode =
  | 'empty'
  | 'truncated'
  | 'unsupported-format'
  | 'too-large'
  | 'encrypted'
  | 'malformed'
  | 'read';

/** An asset that could not be read. The message names the file and what is wrong with it. */
export class AssetReadError extends Error {
  constructor(
    readonly code: AssetReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AssetReadError';
  }
}

/** `1,234,567` */
export const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/** `12.3 MB`, `845 KB`, `120 bytes`. */
export function byteSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** Throws `empty` or `too-large` (bytes) before any parsing. */
export function checkBytes(bytes: Uint8Array, name: string, limits: AssetLimits): void {
  if (bytes.byteLength === 0) throw new AssetReadError('empty', `${name}: the file is empty (0 bytes)`);
  if (bytes.byteLength > limits.maxBytes)
    throw new AssetReadError(
      'too-large',
      `${name}: ${byteSize(bytes.byteLength)} is above the ${byteSize(limits.maxBytes)} limit (limits.maxBytes)`,
    );
}

/** Throws `too-large` when width × height is above `limits.maxPixels`. */
export function checkPixels(width: number, height: number, name: string, limits: AssetLimits): void {
  if (width * height > limits.maxPixels)
    throw new AssetReadError(
      'too-large',
      `${name}: ${grouped(width)} × ${grouped(height)} px is above the ${grouped(limits.maxPixels)}-pixel limit (limits.maxPixels)`,
    );
}

/** The size of a `width` × `height` picture fitted inside `max` × `max` (never enlarged unless `enlarge`). */
export function fitInside(
  width: number,
  height: number,
  max: number,
  enlarge = false,
): { width: number; height: number } {
  const ratio = Math.max(width, height) > 0 ? max / Math.max(width, height) : 1;
  const k = enlarge ? ratio : Math.min(1, ratio);
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/**
 * A raster from 8-bit pixels with 1 to 4 channels (grey, grey + alpha, RGB, RGBA); alpha is flattened on white.
 * `sourceWidth` is the width of the picture the pixels stand for, which gives the scale.
 */
export function toRaster(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: number,
  sourceWidth: number,
): Raster {
  const count = width * height;
  let data: Uint8Array;
  if (channels === 3) {
    data = pixels instanceof Uint8Array ? pixels : new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  } else {
    data = new Uint8Array(count * 3);
    const alpha = channels === 2 || channels === 4;
    const colour = channels >= 3;
    for (let i = 0; i < count; i++) {
      const s = i * channels;
      const a = alpha ? pixels[s + channels - 1]! : 255;
      for (let c = 0; c < 3; c++) {
        const v = pixels[s + (colour ? c : 0)]!;
        data[i * 3 + c] = a === 255 ? v : Math.round((v * a + 255 * (255 - a)) / 255);
      }
    }
  }
  return { width, height, data, scale: sourceWidth > 0 ? width / sourceWidth : 1 };
}

/** Adds one use of a colour, grouping identical (hex, property, space, values, place). */
export function addColour(groups: Map<string, VectorColour>, colour: Omit<VectorColour, 'count'>, count = 1): void {
  const key = [
    colour.hex,
    colour.property,
    colour.space,
    colour.cmyk?.join(',') ?? '',
    colour.where.selector ?? '',
    colour.where.page ?? '',
  ].join('|');
  const known = groups.get(key);
  if (known) known.count += count;
  else groups.set(key, { ...colour, count });
}

export { rgbHex } from '../vision/colour.ts';

/** Runs `work` with a deadline; on expiry calls `onTimeout` (to cancel) and rejects with `message`. */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  message: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(message));
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The message of anything thrown. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);

/** The file name part of a path or URL (for messages and extension checks), without query or fragment. */
export function baseName(name: string): string {
  const path = name.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A short excerpt for messages: one line, at most `max` characters. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** XML's predefined entities. */
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces XML's predefined entities and character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return XML_ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** The text of an XMP property: its `rdf:li` items (x-default first for `rdf:Alt`), or its plain value. */
export function xmpProperty(xmp: string, property: string): string | undefined {
  const escaped = property.replace(':', '\\:');
  const element = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`, 'i').exec(xmp);
  if (element) {
    const body = element[1]!;
    const items = [...body.matchAll(/<rdf:li(\s[^>]*)?>([\s\S]*?)<\/rdf:li>/gi)];
    if (items.length) {
      const preferred = items.find((m) => /xml:lang=["']x-default["']/i.test(m[1] ?? '')) ?? items[0]!;
      const isAlt = /<rdf:Alt[\s>]/i.test(body);
      const chosen = isAlt ? [preferred] : items;
      const value = chosen
        .map((m) => unescapeXml(m[2]!.replace(/<[^>]+>/g, '')).trim())
        .filter(Boolean)
        .join(', ');
      return value || undefined;
    }
    const value = unescapeXml(body.replace(/<[^>]+>/g, '')).trim();
    if (value) return value;
  }
  const attribute = new RegExp(`\\s${escaped}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(xmp);
  const value = attribute ? unescapeXml(attribute[2] ?? attribute[3] ?? '').trim() : '';
  return value || undefined;
}
