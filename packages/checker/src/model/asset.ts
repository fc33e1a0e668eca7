/**
 * What the asset readers make of images, SVG and PDF files: plain data the asset rules read. Readers do all
 * the decoding (sharp, XML parsing, pdf.js, pdf-lib); rules never touch bytes. No I/O here.
 */
import type { Box } from './index.ts';

/**
 * Pixels the vision code works on: RGB, 3 bytes a pixel, row after row, at most the reader's analysis size.
 * `scale` is analysis pixels per source pixel (1 when the source was small enough, below 1 when reduced).
 */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
  scale: number;
}

/** Where the bloc-marque was found, in source pixels (PDF: points of the first page, 1/72 in). */
export interface BlocMarqueMatch {
  /** The Marianne block (tricolour rectangle with Marianne's profile). */
  box: Box;
  /** Normalised cross-correlation with the official block, 0 to 1. */
  score: number;
  /** Width / height of the found block divided by the official 2.75: 1 when undistorted. */
  aspect: number;
  /** Mean colours of the block's left (blue) and right (red) parts, hex. */
  colours: { left: string; right: string };
  /** The whole bloc-marque (block, intitulé, devise), same units as `box`; measured for the best match. */
  extent?: Box;
  /** The clear space around `extent`: its width, whether it is free, and what intrudes. */
  clearSpace?: { margin: number; free: boolean; intrusions: Box[] };
}

/** A colour and its share of the pixels (raster) or of the drawing operations (vector). */
export interface ColourShare {
  hex: string;
  share: number;
}

/** What a raster reading says of its pixels; computed once by the reader. */
export interface PixelSummary {
  /** Dominant colours, most frequent first. */
  dominant: ColourShare[];
  /** Share of the pixels farther than the raster tolerance from every palette colour, 0 to 1. */
  offPalette: number;
  /** A photograph (many distinct colours, smooth gradients) rather than a flat graphic. */
  photo: boolean;
  /** Off-palette pixels as a mask over the raster, 1 byte a pixel (1 = off palette), for the report's overlay. */
  offPaletteMask?: Uint8Array;
}

/** A colour written in vector content: an SVG fill, stroke or stop; a PDF colour operator. */
export interface VectorColour {
  hex: string;
  /** `fill`, `stroke`, `stop-color`… for SVG; `fill` or `stroke` for PDF. */
  property: string;
  /** Colour space as written: `rgb`, `cmyk`, `gray`. */
  space: 'rgb' | 'cmyk' | 'gray';
  /** The CMYK values as written, 0 to 1, when `space` is `cmyk`. */
  cmyk?: [number, number, number, number];
  /** SVG: the element (`path#id`, `rect:nth-of-type(2)`); PDF: page number. */
  where: { selector?: string; page?: number };
  /** How many times this colour is used there. */
  count: number;
}

/** A typeface used by text in an SVG or a PDF. */
export interface FontUse {
  /** The family as written (`font-family` first family) or the PDF font's base name without subset prefix. */
  family: string;
  /** PDF: the font program is in the file. SVG: always false (SVG fonts are the viewer's). */
  embedded: boolean;
  /** A sample of the text set in it. */
  sample: string;
  where: { selector?: string; page?: number };
}

/** Something unsafe or external met in an SVG and left out before rasterising. */
export interface SvgRemoval {
  kind: 'script' | 'event-handler' | 'external-reference' | 'entity' | 'foreign-object';
  detail: string;
}

interface AssetBase {
  /** Size of the file in bytes. */
  bytes: number;
  /** Width and height in px (PDF: the first page in points). */
  width: number;
  height: number;
  /** The analysed pixels (PDF: the first page rendered); undefined when the file could not be drawn. */
  raster?: Raster;
  /** Bloc-marque found in the raster, best first (empty when none). */
  blocMarques: BlocMarqueMatch[];
  pixels?: PixelSummary;
  /** What the reader could not do, in English (e.g. "only the first 50 of 1000 pages read"). */
  notes: string[];
}

export interface ImageAsset extends AssetBase {
  kind: 'image';
  format: 'png' | 'jpeg' | 'webp' | 'avif' | 'tiff' | 'gif';
  /** Pixels per inch from the file's metadata, when it says. */
  density?: number;
  /** libvips' interpretation: `srgb`, `cmyk`, `b-w`, `rgb16`… */
  space: string;
  hasAlpha: boolean;
  /** Credit and copyright from EXIF, IPTC or XMP, when present. */
  rights: { creator?: string; credit?: string; copyright?: string };
}

export interface SvgAsset extends AssetBase {
  kind: 'svg';
  colours: VectorColour[];
  fonts: FontUse[];
  /** `<title>`, `aria-label`, `aria-labelledby` text, `role` and `aria-hidden` of the root. */
  name: { title?: string; ariaLabel?: string; role?: string; hidden: boolean };
  /** Does it draw text or meaningful shapes (not only a decorative pattern)? Text nodes count. */
  hasText: boolean;
  removed: SvgRemoval[];
}

export interface PdfAsset extends AssetBase {
  kind: 'pdf';
  pageCount: number;
  /** Pages whose content was read (bounded by the limits). */
  pagesRead: number;
  /** Page sizes in points (of the pages read). */
  pageSizes: { width: number; height: number }[];
  encrypted: boolean;
  /** `/MarkInfo /Marked true`. */
  marked: boolean;
  /** A `/StructTreeRoot` in the catalog. */
  structTree: boolean;
  /** `/Lang` of the catalog. */
  lang?: string;
  /** `dc:title` of the XMP metadata, else the Info dictionary's `/Title`. */
  title?: string;
  /** `/ViewerPreferences /DisplayDocTitle true`. */
  displayDocTitle: boolean;
  fonts: FontUse[];
  colours: VectorColour[];
  /** Characters of text extracted per page read. */
  textChars: number[];
  /** Figure structure elements, with their alternative text when any. */
  figures: { alt?: string; page?: number }[];
  /** Effective resolution of the images drawn on the pages read, px per inch at their printed size. */
  images: { page: number; width: number; height: number; ppi: number }[];
}

export type Asset = ImageAsset | SvgAsset | PdfAsset;

/** Limits on the work one asset may cause; each is configurable. */
export interface AssetLimits {
  /** Refuse images with more pixels than this (decompression bombs). */
  maxPixels: number;
  /** Refuse files larger than this, bytes. */
  maxBytes: number;
  /** Read at most this many PDF pages (text, fonts, colours); the first page is always rendered. */
  maxPdfPages: number;
  /** Longest side of the analysed raster, px. */
  analysisSize: number;
}

export const DEFAULT_ASSET_LIMITS: AssetLimits = {
  maxPixels: 100_000_000,
  maxBytes: 200 * 1024 * 1024,
  maxPdfPages: 50,
  analysisSize: 1600,
};
