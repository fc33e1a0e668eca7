/**
 * Reads a raster image (PNG, JPEG, WebP, AVIF, TIFF, GIF) with sharp: the format from the bytes, the size
 * checked from the header before any decoding, the pixels decoded once into the analysis raster (upright,
 * sRGB, flattened on white, shrunk on load), and credit and copyright from EXIF, IPTC and XMP.
 */
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { AssetLimits, ImageAsset } from '../model/asset.ts';
import {
  AssetReadError,
  baseName,
  checkBytes,
  checkPixels,
  excerpt,
  fitInside,
  messageOf,
  toRaster,
  xmpProperty,
} from './raster.ts';

export { AssetReadError } from './raster.ts';

type Format = ImageAsset['format'];

const FORMAT_NAMES: Record<Format, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
  avif: 'AVIF',
  tiff: 'TIFF',
  gif: 'GIF',
};

const EXTENSIONS: Record<string, Format> = {
  png: 'png',
  apng: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  webp: 'webp',
  avif: 'avif',
  tif: 'tiff',
  tiff: 'tiff',
  gif: 'gif',
};

/** Names libvips gives other formats it can read, for the `unsupported-format` message. */
const OTHER_FORMATS: Record<string, string> = {
  svg: 'an SVG document (read it as SVG)',
  pdf: 'a PDF document (read it as PDF)',
  heif: 'HEIF/HEIC',
  jp2k: 'JPEG 2000',
  jp2: 'JPEG 2000',
  jxl: 'JPEG XL',
  raw: 'raw pixels',
  ppm: 'PPM',
  fits: 'FITS',
  exr: 'OpenEXR',
  vips: 'VIPS',
  magick: 'an ImageMagick format',
  rad: 'Radiance HDR',
};

/** Work on one image may not take longer than this (sharp stops and throws). */
const DECODE_TIMEOUT_SECONDS = 60;

/**
 * Reads a raster image. `bytes` is the whole file; `name` (file name or URL) is used in messages and to notice
 * a misleading extension. Throws an AssetReadError (`empty`, `truncated`, `unsupported-format`, `too-large`,
 * `malformed`). `blocMarques` is left empty and `pixels` undefined: other code fills them from `raster`.
 */
export async function readImage(bytes: Uint8Array, name: string, limits: AssetLimits): Promise<ImageAsset> {
  checkBytes(bytes, name, limits);
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  // The header only: libvips reads no pixel data for metadata().
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch (error) {
    throw headerError(input, name, error);
  }
  const format = formatOf(meta);
  if (!format) {
    const other = meta.format === 'heif' && meta.compression === 'hevc' ? 'HEIC' : OTHER_FORMATS[meta.format];
    throw new AssetReadError(
      'unsupported-format',
      `${name}: ${other ? `${other} is not` : `the format "${meta.format}" is not`} a supported image format (PNG, JPEG, WebP, AVIF, TIFF, GIF)`,
    );
  }

  const notes: string[] = [];
  const extension = baseName(name)
    .match(/\.([a-z0-9]+)$/i)?.[1]
    ?.toLowerCase();
  const named = extension ? EXTENSIONS[extension] : undefined;
  if (extension && named !== format) notes.push(`named .${extension} but is ${FORMAT_NAMES[format]}`);

  // sharp's metadata gives the first page's height for multi-page files.
  const frameHeight = meta.pageHeight ?? meta.height;
  checkPixels(meta.width, frameHeight, name, limits);
  if ((meta.pages ?? 1) > 1) {
    const what = format === 'tiff' ? 'pages' : 'frames';
    notes.push(`only the first of ${meta.pages} ${what} read`);
  }
  const upright = meta.orientation !== undefined && meta.orientation >= 5;
  const width = upright ? frameHeight : meta.width;
  const height = upright ? meta.width : frameHeight;
  if (meta.orientation && meta.orientation > 1)
    notes.push(`turned upright as its EXIF orientation (${meta.orientation}) says`);

  const size = fitInside(width, height, limits.analysisSize);
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error', autoOrient: true })
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .resize({
        width: size.width,
        height: size.height,
        fit: 'inside',
        withoutEnlargement: true,
        fastShrinkOnLoad: true,
      })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw decodeError(input, format, name, error);
  }
  const { data, info } = decoded;
  const raster = toRaster(
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    info.width,
    info.height,
    info.channels,
    width,
  );

  return {
    kind: 'image',
    format,
    bytes: bytes.byteLength,
    width,
    height,
    raster,
    blocMarques: [],
    notes,
    ...(meta.density ? { density: Math.round(meta.density * 100) / 100 } : {}),
    space: meta.space,
    hasAlpha: meta.hasAlpha,
    rights: rightsOf(meta),
  };
}

function formatOf(meta: Metadata): Format | undefined {
  switch (meta.format) {
    case 'png':
    case 'jpeg':
    case 'webp':
    case 'tiff':
    case 'gif':
      return meta.format;
    case 'heif':
      return meta.compression === 'av1' ? 'avif' : undefined;
    default:
      return undefined;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Where a PNG file stops short: undefined when its chunks run to IEND, else what it ends inside of
 * ("image data" for IDAT, the chunk's name otherwise).
 */
function pngTruncation(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IEND') return undefined;
    if (offset + 12 + length > bytes.length) return type === 'IDAT' ? 'inside image data' : `inside the ${type} chunk`;
    offset += 12 + length;
  }
  return offset < bytes.length ? 'inside a chunk header' : 'before the end marker (IEND)';
}

/** Does a JPEG end without its end-of-image marker (FF D9), allowing a little padding after it? */
function jpegTruncated(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return false;
  }
  return true;
}

function headerError(input: Buffer, name: string, error: unknown): AssetReadError {
  const message = messageOf(error);
  if (/unsupported image format/i.test(message))
    return new AssetReadError(
      'unsupported-format',
      `${name}: not an image in a supported format (PNG, JPEG, WebP, AVIF, TIFF, GIF)`,
    );
  if (startsWith(input, PNG_SIGNATURE)) {
    const where = pngTruncation(input);
    if (where) return new AssetReadError('truncated', `${name}: truncated PNG (the file ends ${where})`);
  }
  if (startsWith(input, [0xff, 0xd8]) && jpegTruncated(input))
    return new AssetReadError('truncated', `${name}: truncated JPEG (the file ends inside its header)`);
  return new AssetReadError('malformed', `${name}: the image header cannot be read (${excerpt(message, 160)})`);
}

function decodeError(input: Buffer, format: Format, name: string, error: unknown): AssetReadError {
  const message = messageOf(error);
  if (/pixel limit/i.test(message))
    return new AssetReadError('too-large', `${name}: the image is above the pixel limit (limits.maxPixels)`);
  if (/timeout/i.test(message))
    return new AssetReadError('read', `${name}: decoding took longer than ${DECODE_TIMEOUT_SECONDS} s`);
  if (format === 'png') {
    const where = pngTruncation(input);
    if (where) return new AssetReadError('truncated', `${name}: truncated PNG (the file ends ${where})`);
  }
  if (format === 'jpeg' && (jpegTruncated(input) || /premature end/i.test(message)))
    return new AssetReadError('truncated', `${name}: truncated JPEG (the file ends inside image data)`);
  if (/premature end|truncat|unexpected end|end of (file|stream|data)|not enough data/i.test(message))
    return new AssetReadError('truncated', `${name}: truncated ${FORMAT_NAMES[format]} (${excerpt(message, 160)})`);
  return new AssetReadError(
    'malformed',
    `${name}: the ${FORMAT_NAMES[format]} image data is damaged (${excerpt(message, 160)})`,
  );
}

// ---- Credit and copyright ----------------------------------------------------------------------------

type Rights = ImageAsset['rights'];

/** Creator, credit and copyright: XMP first (Unicode throughout), then IPTC, then EXIF. */
export function rightsOf(meta: Pick<Metadata, 'exif' | 'iptc' | 'xmp'>): Rights {
  const sources = [
    meta.xmp ? xmpRights(Buffer.from(meta.xmp).toString('utf8')) : {},
    meta.iptc ? iptcRights(meta.iptc) : {},
    meta.exif ? exifRights(meta.exif) : {},
  ];
  const rights: Rights = {};
  for (const key of ['creator', 'credit', 'copyright'] as const) {
    const value = sources.find((s) => s[key])?.[key];
    if (value) rights[key] = value;
  }
  return rights;
}

/** Text from metadata bytes: UTF-8 when valid, Latin-1 otherwise; NULs and surrounding space removed. */
function text(bytes: Uint8Array): string {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    s = new TextDecoder('latin1').decode(bytes);
  }
  return s.replace(/\0+$/, '').trim();
}

/** Artist (0x013B), Copyright (0x8298) and XPAuthor (0x9C9D) of EXIF's first image directory. */
export function exifRights(exif: Uint8Array): Rights {
  let start = 0;
  if (String.fromCharCode(...exif.subarray(0, 4)) === 'Exif') start = 6;
  const view = new DataView(exif.buffer, exif.byteOffset + start, Math.max(0, exif.byteLength - start));
  if (view.byteLength < 8) return {};
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return {};
  const little = order === 0x4949;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const ifd = u32(4);
  if (ifd + 2 > view.byteLength) return {};
  const rights: Rights = {};
  const count = u16(ifd);
  for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= view.byteLength; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    if (tag !== 0x013b && tag !== 0x8298 && tag !== 0x9c9d) continue;
    const type = u16(entry + 2);
    const n = u32(entry + 4);
    const size = type === 2 || type === 1 || type === 7 ? n : 0;
    if (size === 0) continue;
    const offset = size <= 4 ? entry + 8 : u32(entry + 8);
    if (offset + size > view.byteLength) continue;
    const raw = new Uint8Array(view.buffer, view.byteOffset + offset, size);
    if (tag === 0x9c9d) {
      // Windows' XPAuthor: UCS-2 little-endian.
      const value = new TextDecoder('utf-16le').decode(raw).replace(/\0+$/, '').trim();
      if (value && !rights.creator) rights.creator = value;
      continue;
    }
    // Copyright may hold "photographer\0editor".
    const parts = [...splitNul(raw)].map(text).filter(Boolean);
    const value = parts.join(' / ');
    if (!value) continue;
    if (tag === 0x013b) rights.creator = value;
    else rights.copyright = value;
  }
  return rights;
}

function* splitNul(bytes: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0) {
      if (i > start) yield bytes.subarray(start, i);
      start = i + 1;
    }
  }
}

/**
 * By-line (2:80), Credit (2:110) and Copyright Notice (2:116) of IPTC-IIM records, found wherever they sit in
 * the block (Photoshop's 8BIM resources around them or not).
 */
export function iptcRights(iptc: Uint8Array): Rights {
  const values: Record<number, string[]> = {};
  let i = 0;
  while (i + 5 <= iptc.length) {
    if (iptc[i] !== 0x1c || iptc[i + 1]! > 9) {
      i++;
      continue;
    }
    const record = iptc[i + 1]!;
    const dataset = iptc[i + 2]!;
    const length = (iptc[i + 3]! << 8) | iptc[i + 4]!;
    // Extended lengths (top bit set) are for large binary datasets, none of which are read here.
    if (length & 0x8000 || i + 5 + length > iptc.length) {
      i++;
      continue;
    }
    if (record === 2) {
      const value = text(iptc.subarray(i + 5, i + 5 + length));
      if (value) values[dataset] = [...(values[dataset] ?? []), value];
    }
    i += 5 + length;
  }
  const rights: Rights = {};
  if (values[80]) rights.creator = values[80].join(', ');
  if (values[110]) rights.credit = values[110].join(', ');
  if (values[116]) rights.copyright = values[116].join(', ');
  return rights;
}

/** dc:creator, photoshop:Credit and dc:rights of an XMP packet. */
export function xmpRights(xmp: string): Rights {
  const rights: Rights = {};
  const creator = xmpProperty(xmp, 'dc:creator');
  const credit = xmpProperty(xmp, 'photoshop:Credit');
  const copyright = xmpProperty(xmp, 'dc:rights');
  if (creator) rights.creator = creator;
  if (credit) rights.credit = credit;
  if (copyright) rights.copyright = copyright;
  return rights;
}
