/**
 * Reads a PDF: its structure (tags, language, title, figures' alternative text) with pdf-lib; on each page
 * read, the text with pdf.js, the typefaces from the page resources (embedded or not), the colours written by
 * the content (with the colour space they are written in) and the images drawn (with their effective
 * resolution); the first page drawn with pdf.js at analysis size. pdf.js is given the bytes only: it reads
 * its own font and colour data from the installed package, never from the network, and runs no script.
 * Every loop is bounded: pages (limits.maxPdfPages), operators, decoded content, structure elements, time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { constants, inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFBool,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import type { AssetLimits, FontUse, PdfAsset, VectorColour } from '../model/asset.ts';
import {
  AssetReadError,
  addColour,
  checkBytes,
  excerpt,
  fitInside,
  messageOf,
  rgbHex,
  toRaster,
  withDeadline,
  xmpProperty,
} from './raster.ts';

export { AssetReadError } from './raster.ts';

const require = createRequire(import.meta.url);

/** Time for pdf.js to open the document, for one page's operators or text, and to draw the first page. */
const OPEN_TIMEOUT_MS = 30_000;
const PAGE_TIMEOUT_MS = 20_000;
const RENDER_TIMEOUT_MS = 60_000;
/** Reading pages stops after this long in all; the pages left are noted as not read. */
const PAGES_BUDGET_MS = 120_000;
/** Per page: operators looked at, decoded content bytes (forms included), images listed. */
const MAX_OPERATORS = 500_000;
const MAX_CONTENT_BYTES = 32 * 1024 * 1024;
const MAX_IMAGES = 1_000;
/** Form XObjects nested deeper than this are not read. */
const MAX_FORM_DEPTH = 12;
/** Structure elements looked at when listing figures. */
const MAX_STRUCTURE_ELEMENTS = 100_000;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfjsDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

let pdfjsModule: Promise<Pdfjs> | undefined;

/**
 * pdf.js and its worker code, loaded once. `require` (which loads ES modules since Node 20.19) keeps them out
 * of the TypeScript loader, whose transform of their 3 MB of JavaScript costs seconds at each start. The
 * worker module is handed to pdf.js through `globalThis.pdfjsWorker`, its documented way of running the
 * worker in the same thread (what it does in Node anyway).
 */
const pdfjs = (): Promise<Pdfjs> => {
  pdfjsModule ??= (async () => {
    try {
      const lib = require('pdfjs-dist/legacy/build/pdf.mjs') as Pdfjs;
      const holder = globalThis as { pdfjsWorker?: unknown };
      holder.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } catch {
      return import('pdfjs-dist/legacy/build/pdf.mjs');
    }
  })();
  return pdfjsModule;
};

/** Local folders of pdf.js's own data (fonts, CMaps, colour profiles, decoders), with a trailing slash. */
function pdfjsData() {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => `${path.join(root, name)}${path.sep}`;
  return {
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
  };
}

/**
 * Reads a PDF file. `name` (file name or URL) is used in messages. Throws an AssetReadError (`empty`,
 * `too-large`, `unsupported-format` without a PDF header, `encrypted`, `malformed`). A damaged file that
 * pdf.js or pdf-lib can still partly read gives a document with notes saying what was not read.
 * `blocMarques` is left empty and `pixels` undefined: other code fills them from `raster`.
 */
export async function readPdf(bytes: Uint8Array, name: string, limits: AssetLimits): Promise<PdfAsset> {
  checkBytes(bytes, name, limits);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    throw new AssetReadError('unsupported-format', `${name}: not a PDF (no %PDF- header in its first 1024 bytes)`);
  const notes: string[] = [];

  // Structure, with pdf-lib. It reads encrypted files' structure too, which tells they are encrypted.
  let doc: PDFDocument | undefined;
  let structureError: string | undefined;
  // pdf-lib tells of the objects it repairs through console.warn: they become a note, not noise on stderr.
  const repaired: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    repaired.push(args.map(String).join(' '));
  };
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    }).finally(() => {
      console.warn = warn;
    });
    if (doc.isEncrypted) throw encrypted(name);
    if (doc.getPageCount() === 0) {
      structureError = 'no pages found';
      doc = undefined;
    }
  } catch (error) {
    if (error instanceof AssetReadError) throw error;
    doc = undefined;
    structureError = excerpt(messageOf(error), 160);
    // Trailers sit at the end, or at the start of linearized files.
    const ends = [bytes.subarray(0, 1 << 20), bytes.subarray(Math.max(0, bytes.length - (1 << 20)))];
    if (ends.some((part) => /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(new TextDecoder('latin1').decode(part))))
      throw encrypted(name);
  }

  // Text, typefaces used and colours as pdf.js reads them. Images are not decoded for this reading.
  const lib = await pdfjs();
  let reading: PdfjsDocument | undefined;
  let readingError: string | undefined;
  try {
    reading = await open(lib, bytes, 0);
  } catch (error) {
    if ((error as Error)?.name === 'PasswordException') throw encrypted(name);
    readingError = excerpt(messageOf(error), 160);
  }
  try {
    if (!doc && !reading)
      throw new AssetReadError('malformed', `${name}: not a readable PDF (${readingError ?? structureError})`);
    if (structureError) notes.push(`document structure not read: ${structureError}`);
    if (repaired.length)
      notes.push(
        `${repaired.length} damaged object${repaired.length > 1 ? 's' : ''} met while reading the structure (${excerpt(repaired[0] as string, 120)})`,
      );
    if (readingError) notes.push(`text and colours as pdf.js reads them not available: ${readingError}`);

    const pageCount = reading?.numPages ?? doc!.getPageCount();
    const wanted = Math.min(pageCount, Math.max(0, limits.maxPdfPages));
    const asset: PdfAsset = {
      kind: 'pdf',
      bytes: bytes.byteLength,
      width: 0,
      height: 0,
      blocMarques: [],
      notes,
      pageCount,
      pagesRead: 0,
      pageSizes: [],
      encrypted: false,
      marked: false,
      structTree: false,
      displayDocTitle: false,
      fonts: [],
      colours: [],
      textChars: [],
      figures: [],
      images: [],
    };
    if (doc) Object.assign(asset, structureOf(doc, notes));

    const colours = new Map<string, VectorColour>();
    const fonts = new Map<string, FontUse>();
    /** pdf.js names fonts after their descriptor's /FontName, which may differ from /BaseFont. */
    const aliases = new Map<FontUse, string>();
    const samples = new Map<string, string>();
    const started = Date.now();
    const libPages = doc?.getPages();
    for (let index = 0; index < wanted; index++) {
      if (Date.now() - started > PAGES_BUDGET_MS) {
        notes.push(`pages ${index + 1}-${pageCount} not read: reading took longer than ${PAGES_BUDGET_MS / 1000} s`);
        break;
      }
      const number = index + 1;
      const libPage = libPages?.[index];
      const read = reading ? await readPage(lib, reading, number, notes) : undefined;
      const size = read?.size ?? (libPage ? pageSize(libPage) : { width: 0, height: 0 });
      asset.pageSizes.push(size);
      asset.textChars.push(read?.chars ?? 0);
      for (const [family, sample] of read?.samples ?? []) {
        const known = samples.get(family) ?? '';
        if (known.length < 80) samples.set(family, excerpt(`${known} ${sample}`));
      }
      if (libPage && doc) {
        for (const font of pageFonts(doc.context, libPage.node.Resources())) {
          const key = `${font.family}|${font.embedded}`;
          if (fonts.has(key)) continue;
          const use: FontUse = { family: font.family, embedded: font.embedded, sample: '', where: { page: number } };
          fonts.set(key, use);
          if (font.alias) aliases.set(use, font.alias);
        }
        const scan = scanPage(doc.context, libPage.node, number, notes);
        addPageColours(colours, scan.events, read?.colours, number, notes);
        asset.images.push(...scan.images);
      } else if (read?.colours) {
        for (const c of read.colours)
          if (c.hex) addColour(colours, { hex: c.hex, property: c.property, space: 'rgb', where: { page: number } });
      }
      asset.pagesRead = number;
    }
    if (wanted < pageCount) notes.push(`pages ${wanted + 1}-${pageCount} not read (limits.maxPdfPages)`);
    for (const font of fonts.values())
      font.sample = samples.get(font.family) ?? samples.get(aliases.get(font) ?? '') ?? '';
    asset.fonts = [...fonts.values()];
    asset.colours = [...colours.values()];

    const first = asset.pageSizes[0] ?? (libPages?.[0] ? pageSize(libPages[0]) : undefined);
    if (first) {
      asset.width = first.width;
      asset.height = first.height;
    }
    const raster = await renderFirstPage(lib, bytes, limits, notes);
    if (raster) {
      asset.raster = raster.raster;
      asset.width = raster.width;
      asset.height = raster.height;
    }
    return asset;
  } finally {
    await reading?.destroy().catch(() => undefined);
  }
}

const encrypted = (name: string) =>
  new AssetReadError(
    'encrypted',
    `${name}: the PDF is encrypted (password or permissions): its content cannot be checked; provide an unencrypted copy`,
  );

/** Opens the bytes with pdf.js; `maxImageSize` 0 removes every image (nothing to decode when only reading). */
async function open(lib: Pdfjs, bytes: Uint8Array, maxImageSize: number): Promise<PdfjsDocument> {
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsData(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    stopAtErrors: false,
    verbosity: 0,
    maxImageSize,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
  });
  return withDeadline(
    task.promise,
    OPEN_TIMEOUT_MS,
    `pdf.js did not open the file within ${OPEN_TIMEOUT_MS / 1000} s`,
    () => {
      void task.destroy();
    },
  );
}

interface PageReading {
  size: { width: number; height: number };
  chars: number;
  /** Colour operators in content order, as pdf.js converts them (hex undefined: transparent). */
  colours?: { property: 'fill' | 'stroke'; hex?: string }[];
  /** Text by font family. */
  samples: Map<string, string>;
}

async function readPage(
  lib: Pdfjs,
  pdf: PdfjsDocument,
  number: number,
  notes: string[],
): Promise<PageReading | undefined> {
  let page: Awaited<ReturnType<PdfjsDocument['getPage']>>;
  try {
    page = await withDeadline(pdf.getPage(number), PAGE_TIMEOUT_MS, 'timeout');
  } catch (error) {
    notes.push(`page ${number} not read: ${excerpt(messageOf(error), 120)}`);
    return undefined;
  }
  const viewport = page.getViewport({ scale: 1 });
  const reading: PageReading = {
    size: { width: round(viewport.width), height: round(viewport.height) },
    chars: 0,
    samples: new Map(),
  };
  try {
    const list = await withDeadline(
      page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE }),
      PAGE_TIMEOUT_MS,
      `operators of page ${number} not read within ${PAGE_TIMEOUT_MS / 1000} s`,
    );
    const colours: NonNullable<PageReading['colours']> = [];
    const { OPS } = lib;
    const count = Math.min(list.fnArray.length, MAX_OPERATORS);
    for (let i = 0; i < count; i++) {
      const fn = list.fnArray[i];
      if (fn === OPS.setFillRGBColor || fn === OPS.setStrokeRGBColor) {
        const hex = list.argsArray[i]?.[0];
        colours.push({
          property: fn === OPS.setFillRGBColor ? 'fill' : 'stroke',
          hex: typeof hex === 'string' ? hex.toLowerCase() : undefined,
        });
      } else if (fn === OPS.setFillTransparent || fn === OPS.setStrokeTransparent) {
        colours.push({ property: fn === OPS.setFillTransparent ? 'fill' : 'stroke' });
      }
    }
    if (list.fnArray.length > MAX_OPERATORS)
      notes.push(`page ${number}: only the first ${MAX_OPERATORS} operators looked at`);
    else reading.colours = colours;
  } catch (error) {
    notes.push(`page ${number}: operators not read (${excerpt(messageOf(error), 120)})`);
  }
  try {
    const content = await withDeadline(
      page.getTextContent(),
      PAGE_TIMEOUT_MS,
      `text of page ${number} not read within ${PAGE_TIMEOUT_MS / 1000} s`,
    );
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const text = item.str;
      reading.chars += text.replace(/\s+/g, '').length;
      const run = text.replace(/\s+/g, ' ').trim();
      if (!run) continue;
      const font = page.commonObjs.has(item.fontName)
        ? (page.commonObjs.get(item.fontName) as { name?: string })
        : undefined;
      const family = font?.name ? withoutSubset(font.name) : undefined;
      if (!family) continue;
      const known = reading.samples.get(family) ?? '';
      if (known.length < 80) reading.samples.set(family, excerpt(`${known} ${run}`));
    }
  } catch (error) {
    notes.push(`page ${number}: text not read (${excerpt(messageOf(error), 120)})`);
  }
  page.cleanup();
  return reading;
}

/** Draws the first page at analysis size on white; undefined (with a note) when it cannot be drawn. */
async function renderFirstPage(
  lib: Pdfjs,
  bytes: Uint8Array,
  limits: AssetLimits,
  notes: string[],
): Promise<{ raster: NonNullable<PdfAsset['raster']>; width: number; height: number } | undefined> {
  let pdf: PdfjsDocument | undefined;
  try {
    pdf = await open(lib, bytes, limits.maxPixels);
    const page = await withDeadline(pdf.getPage(1), PAGE_TIMEOUT_MS, 'page 1 not opened in time');
    const base = page.getViewport({ scale: 1 });
    const size = fitInside(base.width, base.height, limits.analysisSize, true);
    const viewport = page.getViewport({ scale: size.width / base.width });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    const task = page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
      background: '#ffffff',
    });
    await withDeadline(task.promise, RENDER_TIMEOUT_MS, `not drawn within ${RENDER_TIMEOUT_MS / 1000} s`, () =>
      task.cancel(),
    );
    const pixels = context.getImageData(0, 0, width, height).data;
    return {
      raster: toRaster(pixels, width, height, 4, base.width),
      width: round(base.width),
      height: round(base.height),
    };
  } catch (error) {
    notes.push(`first page not drawn: ${excerpt(messageOf(error), 160)}`);
    return undefined;
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

const withoutSubset = (name: string) => name.replace(/^[A-Z]{6}\+/, '');

// ---- pdf-lib helpers --------------------------------------------------------------------------------------

/** The object behind a reference (or the object itself); undefined for anything that cannot be looked up. */
function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  try {
    return object instanceof PDFRef ? context.lookup(object) : object;
  } catch {
    return undefined;
  }
}

/** A dictionary entry, resolved; `key` without the slash. */
function entry(context: PDFContext, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  return dict ? resolve(context, dict.get(PDFName.of(key))) : undefined;
}

function dictOf(object: PDFObject | undefined): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}

const nameOf = (object: PDFObject | undefined) => (object instanceof PDFName ? object.decodeText() : undefined);

function textOf(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    try {
      return object.decodeText();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const isTrue = (object: PDFObject | undefined) => object instanceof PDFBool && object.asBoolean();

function numberOf(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFNumber ? object.asNumber() : undefined;
}

function pageSize(page: ReturnType<PDFDocument['getPages']>[number]): { width: number; height: number } {
  const { width, height } = page.getCropBox();
  const turned = Math.abs(page.getRotation().angle) % 180 === 90;
  return turned ? { width: round(height), height: round(width) } : { width: round(width), height: round(height) };
}

/** The decoded data of a stream, at most `budget` bytes (throws beyond). */
function streamData(stream: PDFObject | undefined, budget: number): Uint8Array | undefined {
  if (!(stream instanceof PDFRawStream)) return undefined;
  const filterObject = stream.dict.get(PDFName.of('Filter'));
  const filters =
    filterObject instanceof PDFArray
      ? filterObject.asArray().map((f) => nameOf(f))
      : filterObject
        ? [nameOf(filterObject)]
        : [];
  const params = stream.dict.get(PDFName.of('DecodeParms'));
  let data: Uint8Array;
  if (filters.length === 0) data = stream.contents;
  else if (filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl') && !params)
    data = inflateSync(stream.contents, { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH });
  else data = decodePDFRawStream(stream).decode();
  if (data.byteLength > budget) throw new RangeError('content too large');
  return data;
}

// ---- Structure ----------------------------------------------------------------------------------------------

function structureOf(doc: PDFDocument, notes: string[]): Partial<PdfAsset> {
  const context = doc.context;
  const catalog = doc.catalog;
  const facts: Partial<PdfAsset> = {};
  const markInfo = dictOf(entry(context, catalog, 'MarkInfo'));
  facts.marked = isTrue(entry(context, markInfo, 'Marked'));
  const structRoot = dictOf(entry(context, catalog, 'StructTreeRoot'));
  facts.structTree = !!structRoot;
  const lang = textOf(entry(context, catalog, 'Lang'))?.trim();
  if (lang) facts.lang = lang;
  const preferences = dictOf(entry(context, catalog, 'ViewerPreferences'));
  facts.displayDocTitle = isTrue(entry(context, preferences, 'DisplayDocTitle'));
  let title: string | undefined;
  try {
    const metadata = streamData(entry(context, catalog, 'Metadata'), 4 * 1024 * 1024);
    if (metadata) title = xmpProperty(new TextDecoder('utf-8').decode(metadata), 'dc:title');
  } catch {
    notes.push('XMP metadata not read');
  }
  if (!title) {
    try {
      title = doc.getTitle()?.trim() || undefined;
    } catch {
      // an Info /Title that is not a string
    }
  }
  if (title) facts.title = title;
  if (structRoot) facts.figures = figuresOf(doc, structRoot, notes);
  return facts;
}

/** Figure structure elements (role map followed) with their /Alt (else /ActualText) and page. */
function figuresOf(doc: PDFDocument, root: PDFDict, notes: string[]): PdfAsset['figures'] {
  const context = doc.context;
  const pages = new Map<string, number>();
  doc.getPages().forEach((page, i) => {
    pages.set(page.ref.toString(), i + 1);
  });
  const roleMap = dictOf(entry(context, root, 'RoleMap'));
  const roleOf = (type: string | undefined) => {
    let role = type;
    for (let i = 0; role && role !== 'Figure' && i < 5; i++) {
      const mapped = nameOf(entry(context, roleMap, role));
      if (!mapped || mapped === role) break;
      role = mapped;
    }
    return role;
  };
  const pageOf = (dict: PDFDict) => {
    const ref = dict.get(PDFName.of('Pg'));
    return ref instanceof PDFRef ? pages.get(ref.toString()) : undefined;
  };
  const figures: PdfAsset['figures'] = [];
  const seen = new Set<string>();
  const stack: { object: PDFObject | undefined; page?: number }[] = [{ object: root.get(PDFName.of('K')) }];
  let visited = 0;
  while (stack.length) {
    const { object, page } = stack.pop()!;
    if (object instanceof PDFRef) {
      const key = object.toString();
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const value = resolve(context, object);
    if (value instanceof PDFArray) {
      for (let i = value.size() - 1; i >= 0; i--) stack.push({ object: value.get(i), ...(page ? { page } : {}) });
      continue;
    }
    const dict = dictOf(value);
    if (!dict) continue;
    if (++visited > MAX_STRUCTURE_ELEMENTS) {
      notes.push(`structure tree: only the first ${MAX_STRUCTURE_ELEMENTS} elements looked at`);
      break;
    }
    const type = nameOf(entry(context, dict, 'Type'));
    if (type === 'MCR' || type === 'OBJR') continue;
    const own = pageOf(dict) ?? page;
    if (roleOf(nameOf(entry(context, dict, 'S'))) === 'Figure') {
      const alt = textOf(entry(context, dict, 'Alt')) ?? textOf(entry(context, dict, 'ActualText'));
      let figurePage = own;
      if (!figurePage) {
        // Marked-content references carry the page when the element does not.
        const kids = resolve(context, dict.get(PDFName.of('K')));
        const list = kids instanceof PDFArray ? kids.asArray() : [kids];
        for (const kid of list) {
          const kidDict = dictOf(resolve(context, kid));
          figurePage = kidDict ? pageOf(kidDict) : undefined;
          if (figurePage) break;
        }
      }
      figures.push({ ...(alt !== undefined ? { alt } : {}), ...(figurePage ? { page: figurePage } : {}) });
    }
    stack.push({ object: dict.get(PDFName.of('K')), ...(own ? { page: own } : {}) });
  }
  return figures;
}

// ---- Typefaces ----------------------------------------------------------------------------------------------

/** Fonts of a page's resources and of the form XObjects it draws: base name and whether the program is embedded. */
interface PageFont {
  family: string;
  embedded: boolean;
  /** The descriptor's /FontName when it differs from /BaseFont. */
  alias?: string;
}

function pageFonts(context: PDFContext, resources: PDFDict | undefined): PageFont[] {
  const fonts = new Map<string, PageFont>();
  const seen = new Set<PDFDict>();
  const visit = (res: PDFDict | undefined, depth: number) => {
    if (!res || seen.has(res) || depth > MAX_FORM_DEPTH) return;
    seen.add(res);
    const fontDict = dictOf(entry(context, res, 'Font'));
    for (const [, ref] of fontDict?.entries() ?? []) {
      const font = dictOf(resolve(context, ref));
      if (!font) continue;
      const described = describeFont(context, font);
      fonts.set(`${described.family}|${described.embedded}`, described);
    }
    const xobjects = dictOf(entry(context, res, 'XObject'));
    for (const [, ref] of xobjects?.entries() ?? []) {
      const xobject = dictOf(resolve(context, ref));
      if (nameOf(entry(context, xobject, 'Subtype')) === 'Form')
        visit(dictOf(entry(context, xobject, 'Resources')), depth + 1);
    }
  };
  visit(resources, 0);
  return [...fonts.values()];
}

function describeFont(context: PDFContext, font: PDFDict): PageFont {
  const subtype = nameOf(entry(context, font, 'Subtype'));
  const base = nameOf(entry(context, font, 'BaseFont'));
  if (subtype === 'Type3')
    return {
      family: base ? withoutSubset(base) : (nameOf(entry(context, font, 'Name')) ?? 'Type3 font'),
      embedded: true,
    };
  let descriptorOwner = font;
  if (subtype === 'Type0') {
    const descendants = entry(context, font, 'DescendantFonts');
    const first = descendants instanceof PDFArray ? dictOf(resolve(context, descendants.get(0))) : undefined;
    if (first) descriptorOwner = first;
  }
  const descriptor = dictOf(entry(context, descriptorOwner, 'FontDescriptor'));
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => entry(context, descriptor, key) !== undefined);
  const family = base ? withoutSubset(base) : 'unnamed font';
  const fontName = nameOf(entry(context, descriptor, 'FontName'));
  const alias = fontName ? withoutSubset(fontName) : undefined;
  return alias && alias !== family ? { family, embedded, alias } : { family, embedded };
}

// ---- Content streams: colours and images ----------------------------------------------------------------------

type Space = 'rgb' | 'gray' | 'cmyk';

/** A colour space: one whose values are device-like (`direct`), a pattern, or another with its base space. */
type ColourSpace = { kind: Space; direct: true } | { kind: 'pattern' } | { kind: Space; direct: false };

interface ColourEvent {
  property: 'fill' | 'stroke';
  space: Space;
  cmyk?: [number, number, number, number];
  /** Our own conversion, when the values are in a device-like space. */
  hex?: string;
  /** Paints nothing (a pattern name outside a pattern colour space). */
  transparent?: true;
}

interface ScanState {
  ctm: number[];
  fill: ColourSpace;
  stroke: ColourSpace;
}

const GRAY: ColourSpace = { kind: 'gray', direct: true };
const RGB: ColourSpace = { kind: 'rgb', direct: true };
const CMYK: ColourSpace = { kind: 'cmyk', direct: true };

const multiply = (m: number[], c: number[]): number[] => [
  m[0]! * c[0]! + m[1]! * c[2]!,
  m[0]! * c[1]! + m[1]! * c[3]!,
  m[2]! * c[0]! + m[3]! * c[2]!,
  m[2]! * c[1]! + m[3]! * c[3]!,
  m[4]! * c[0]! + m[5]! * c[2]! + c[4]!,
  m[4]! * c[1]! + m[5]! * c[3]! + c[5]!,
];

const clamp01 = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));

/** `#rrggbb` of device-like values; CMYK by the plain subtractive formula (pdf.js's own conversion is preferred). */
function ownHex(space: Space, values: number[]): string | undefined {
  const v = values.map(clamp01);
  if (space === 'gray' && v.length >= 1) return rgbHex(v[0]! * 255, v[0]! * 255, v[0]! * 255);
  if (space === 'rgb' && v.length >= 3) return rgbHex(v[0]! * 255, v[1]! * 255, v[2]! * 255);
  if (space === 'cmyk' && v.length >= 4) {
    const k = 1 - v[3]!;
    return rgbHex(255 * (1 - v[0]!) * k, 255 * (1 - v[1]!) * k, 255 * (1 - v[2]!) * k);
  }
  return undefined;
}

class Name {
  constructor(readonly name: string) {}
}
type Operand = number | Name | null;

const WHITESPACE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Reads content streams as pdf.js does (forms and soft masks inline), keeping what pdf.js's operator list loses. */
class ContentScanner {
  readonly events: ColourEvent[] = [];
  readonly images: PdfAsset['images'] = [];
  operators = 0;
  contentBytes = 0;
  stopped?: string;

  constructor(
    private readonly context: PDFContext,
    private readonly page: number,
  ) {}

  run(data: Uint8Array, resources: PDFDict | undefined, state: ScanState, depth: number, forms: Set<PDFObject>): void {
    const stack: ScanState[] = [];
    const operands: Operand[] = [];
    let arrayDepth = 0;
    const push = (value: Operand) => {
      if (arrayDepth === 0) operands.push(value);
    };
    const n = data.length;
    let i = 0;
    while (i < n && !this.stopped) {
      const c = data[i]!;
      if (WHITESPACE.has(c)) {
        i++;
      } else if (c === 0x25) {
        while (i < n && data[i] !== 10 && data[i] !== 13) i++;
      } else if (c === 0x28) {
        i = skipString(data, i);
        push(null);
      } else if (c === 0x3c) {
        i = data[i + 1] === 0x3c ? skipDict(data, i) : skipHex(data, i);
        push(null);
      } else if (c === 0x5b) {
        arrayDepth++;
        i++;
      } else if (c === 0x5d) {
        if (arrayDepth > 0 && --arrayDepth === 0) operands.push(null);
        i++;
      } else if (c === 0x2f) {
        let j = i + 1;
        while (j < n && !WHITESPACE.has(data[j]!) && !DELIMITERS.has(data[j]!)) j++;
        push(new Name(decodeName(data, i + 1, j)));
        i = j;
      } else if (DELIMITERS.has(c)) {
        i++;
      } else {
        let j = i;
        while (j < n && !WHITESPACE.has(data[j]!) && !DELIMITERS.has(data[j]!)) j++;
        const token = latin1(data, i, j);
        i = j;
        if (NUMBER.test(token)) push(Number(token));
        else if (token === 'true' || token === 'false' || token === 'null') push(null);
        else if (arrayDepth === 0) {
          if (++this.operators > MAX_OPERATORS) {
            this.stopped = `only the first ${MAX_OPERATORS} operators looked at`;
            break;
          }
          if (token === 'ID') {
            i = this.inlineImage(data, i, operands, state);
          } else {
            this.operator(token, operands, resources, state, depth, forms);
            if (token === 'q') stack.push(cloneState(state));
            else if (token === 'Q') {
              const saved = stack.pop();
              if (saved) Object.assign(state, saved);
            }
          }
          operands.length = 0;
        }
      }
    }
  }

  private operator(
    op: string,
    operands: Operand[],
    resources: PDFDict | undefined,
    state: ScanState,
    depth: number,
    forms: Set<PDFObject>,
  ): void {
    const numbers = () => operands.filter((o): o is number => typeof o === 'number');
    switch (op) {
      case 'cm': {
        const m = numbers();
        if (m.length === 6) state.ctm = multiply(m, state.ctm);
        return;
      }
      case 'g':
      case 'G':
        this.colour(op === 'g' ? 'fill' : 'stroke', GRAY, numbers(), state);
        return;
      case 'rg':
      case 'RG':
        this.colour(op === 'rg' ? 'fill' : 'stroke', RGB, numbers(), state);
        return;
      case 'k':
      case 'K':
        this.colour(op === 'k' ? 'fill' : 'stroke', CMYK, numbers(), state);
        return;
      case 'cs':
      case 'CS': {
        const name = operands.at(-1);
        const space = name instanceof Name ? this.space(PDFName.of(name.name), resources, 0) : GRAY;
        if (op === 'cs') state.fill = space;
        else state.stroke = space;
        return;
      }
      case 'sc':
      case 'scn':
      case 'SC':
      case 'SCN': {
        const property = op === 'sc' || op === 'scn' ? 'fill' : 'stroke';
        const space = property === 'fill' ? state.fill : state.stroke;
        if (space.kind === 'pattern') return;
        if (operands.at(-1) instanceof Name) {
          // A pattern name without a pattern colour space: pdf.js paints nothing.
          this.events.push({ property, space: space.kind, transparent: true });
          return;
        }
        this.event(property, space, numbers());
        return;
      }
      case 'Do': {
        const name = operands.at(-1);
        if (name instanceof Name) this.draw(name.name, resources, state, depth, forms);
        return;
      }
      case 'gs': {
        const name = operands.at(-1);
        if (!(name instanceof Name)) return;
        const states = dictOf(entry(this.context, resources, 'ExtGState'));
        const gs = dictOf(entry(this.context, states, name.name));
        const smask = dictOf(entry(this.context, gs, 'SMask'));
        const group = smask?.get(PDFName.of('G'));
        if (group) this.form(group, resources, state, depth, forms);
        return;
      }
    }
  }

  /** `g`, `rg`, `k`: set the colour space too. */
  private colour(property: 'fill' | 'stroke', space: ColourSpace, values: number[], state: ScanState) {
    if (property === 'fill') state.fill = space;
    else state.stroke = space;
    this.event(property, space, values);
  }

  private event(property: 'fill' | 'stroke', space: ColourSpace, values: number[]) {
    if (space.kind === 'pattern') return;
    const event: ColourEvent = { property, space: space.kind };
    if (space.direct) {
      const hex = ownHex(space.kind, values);
      if (hex) event.hex = hex;
      if (space.kind === 'cmyk' && values.length >= 4)
        event.cmyk = values.slice(0, 4).map((v) => Math.round(clamp01(v) * 1000) / 1000) as ColourEvent['cmyk'];
    }
    this.events.push(event);
  }

  /** What kind of colour space a `cs` operand or a colour space object is. */
  private space(object: PDFObject | undefined, resources: PDFDict | undefined, depth: number): ColourSpace {
    if (depth > 5) return GRAY;
    const value = resolve(this.context, object);
    if (value instanceof PDFName) {
      switch (value.decodeText()) {
        case 'DeviceRGB':
        case 'RGB':
          return RGB;
        case 'DeviceGray':
        case 'G':
          return GRAY;
        case 'DeviceCMYK':
        case 'CMYK':
          return CMYK;
        case 'Pattern':
          return { kind: 'pattern' };
        default: {
          const named = entry(this.context, dictOf(entry(this.context, resources, 'ColorSpace')), value.decodeText());
          return named ? this.space(named, resources, depth + 1) : GRAY;
        }
      }
    }
    if (!(value instanceof PDFArray) || value.size() === 0) return GRAY;
    const family = nameOf(resolve(this.context, value.get(0)));
    const base = (object: PDFObject | undefined): ColourSpace => {
      const inner = this.space(object, resources, depth + 1);
      return inner.kind === 'pattern' ? { kind: 'rgb', direct: false } : { kind: inner.kind, direct: false };
    };
    switch (family) {
      case 'ICCBased': {
        const n = numberOf(entry(this.context, dictOf(resolve(this.context, value.get(1))), 'N'));
        return n === 1 ? GRAY : n === 4 ? CMYK : RGB;
      }
      case 'CalRGB':
        return RGB;
      case 'CalGray':
        return GRAY;
      case 'Lab':
        return { kind: 'rgb', direct: false };
      case 'Indexed':
      case 'I':
        return base(value.get(1));
      case 'Separation':
      case 'DeviceN':
        return base(value.get(2));
      case 'Pattern':
        return { kind: 'pattern' };
      default:
        return this.space(value.get(0), resources, depth + 1);
    }
  }

  private draw(name: string, resources: PDFDict | undefined, state: ScanState, depth: number, forms: Set<PDFObject>) {
    const xobjects = dictOf(entry(this.context, resources, 'XObject'));
    const ref = xobjects?.get(PDFName.of(name));
    const xobject = dictOf(resolve(this.context, ref));
    const subtype = nameOf(entry(this.context, xobject, 'Subtype'));
    if (subtype === 'Form' && ref) this.form(ref, resources, state, depth, forms);
    else if (subtype === 'Image' && xobject) {
      const width = numberOf(entry(this.context, xobject, 'Width'));
      const height = numberOf(entry(this.context, xobject, 'Height'));
      if (width && height) this.image(width, height, state);
    }
  }

  private form(ref: PDFObject, resources: PDFDict | undefined, state: ScanState, depth: number, forms: Set<PDFObject>) {
    const form = resolve(this.context, ref);
    if (!(form instanceof PDFRawStream) || forms.has(form)) return;
    if (depth >= MAX_FORM_DEPTH) {
      this.stopped = `forms nested deeper than ${MAX_FORM_DEPTH} levels not read`;
      return;
    }
    const budget = MAX_CONTENT_BYTES - this.contentBytes;
    const data = streamData(form, budget);
    if (!data) return;
    this.contentBytes += data.byteLength;
    const matrix = entry(this.context, form.dict, 'Matrix');
    const m = matrix instanceof PDFArray ? matrix.asArray().map((o) => numberOf(resolve(this.context, o)) ?? 0) : [];
    const inner = cloneState(state);
    if (m.length === 6) inner.ctm = multiply(m, state.ctm);
    const own = dictOf(entry(this.context, form.dict, 'Resources'));
    forms.add(form);
    this.run(data, own ?? resources, inner, depth + 1, forms);
    forms.delete(form);
  }

  /** Skips an inline image's data (after `ID`) and lists the image. */
  private inlineImage(data: Uint8Array, from: number, operands: Operand[], state: ScanState): number {
    let width: number | undefined;
    let height: number | undefined;
    for (let k = 0; k + 1 < operands.length; k++) {
      const key = operands[k];
      const value = operands[k + 1];
      if (key instanceof Name && typeof value === 'number') {
        if (key.name === 'W' || key.name === 'Width') width = value;
        if (key.name === 'H' || key.name === 'Height') height = value;
      }
    }
    if (width && height) this.image(width, height, state);
    // The data ends at `EI` between white space.
    let i = from + 1;
    while (i + 1 < data.length) {
      if (
        data[i] === 0x45 &&
        data[i + 1] === 0x49 &&
        WHITESPACE.has(data[i - 1]!) &&
        (i + 2 >= data.length || WHITESPACE.has(data[i + 2]!))
      )
        return i + 2;
      i++;
    }
    return data.length;
  }

  private image(width: number, height: number, state: ScanState) {
    const [a, b, c, d] = state.ctm as [number, number, number, number];
    const drawnWidth = Math.hypot(a, b);
    const drawnHeight = Math.hypot(c, d);
    if (drawnWidth < 0.5 || drawnHeight < 0.5) return;
    if (this.images.length >= MAX_IMAGES) {
      this.stopped ??= `only the first ${MAX_IMAGES} images listed`;
      return;
    }
    const ppi = Math.min(width / (drawnWidth / 72), height / (drawnHeight / 72));
    this.images.push({ page: this.page, width, height, ppi: Math.round(ppi * 10) / 10 });
  }
}

const cloneState = (s: ScanState): ScanState => ({ ctm: [...s.ctm], fill: s.fill, stroke: s.stroke });

const latin1 = (data: Uint8Array, from: number, to: number) => {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(data[i]!);
  return s;
};

function decodeName(data: Uint8Array, from: number, to: number): string {
  return latin1(data, from, to).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Index after a literal string starting at `from` (`(`), nested parentheses and escapes included. */
function skipString(data: Uint8Array, from: number): number {
  let depth = 0;
  for (let i = from; i < data.length; i++) {
    const c = data[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return data.length;
}

function skipHex(data: Uint8Array, from: number): number {
  const end = data.indexOf(0x3e, from + 1);
  return end < 0 ? data.length : end + 1;
}

/** Index after a dictionary starting at `from` (`<<`), nested ones and strings included. */
function skipDict(data: Uint8Array, from: number): number {
  let depth = 0;
  let i = from;
  while (i < data.length) {
    const c = data[i];
    if (c === 0x28) i = skipString(data, i);
    else if (c === 0x3c && data[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (c === 0x3e && data[i + 1] === 0x3e) {
      i += 2;
      if (--depth === 0) return i;
    } else if (c === 0x3c) i = skipHex(data, i);
    else i++;
  }
  return data.length;
}

/** Colour events and images of one page's content (and of the forms it draws), bounded. */
function scanPage(
  context: PDFContext,
  node: ReturnType<PDFDocument['getPages']>[number]['node'],
  number: number,
  notes: string[],
): ContentScanner {
  const scanner = new ContentScanner(context, number);
  try {
    const contents = resolve(context, node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const parts: Uint8Array[] = [];
    for (const stream of streams) {
      const data = streamData(resolve(context, stream), MAX_CONTENT_BYTES - scanner.contentBytes);
      if (!data) continue;
      scanner.contentBytes += data.byteLength + 1;
      parts.push(data, new Uint8Array([10]));
    }
    const data = Buffer.concat(parts);
    scanner.run(data, node.Resources(), { ctm: [1, 0, 0, 1, 0, 0], fill: GRAY, stroke: GRAY }, 0, new Set());
  } catch (error) {
    scanner.stopped ??= `content not fully read (${excerpt(messageOf(error), 100)})`;
  }
  if (scanner.stopped) notes.push(`page ${number}: ${scanner.stopped}`);
  return scanner;
}

/**
 * Adds a page's colours. pdf.js converts every colour to RGB as it draws it; the content scan knows the space
 * each was written in. When both list the same operators in the same order they are paired (pdf.js's hex,
 * the written space and CMYK values); otherwise the scan's own conversions are used.
 */
function addPageColours(
  groups: Map<string, VectorColour>,
  events: ColourEvent[],
  converted: PageReading['colours'],
  page: number,
  notes: string[],
): void {
  const paired =
    converted !== undefined &&
    converted.length === events.length &&
    events.every((e, i) => e.property === converted[i]!.property);
  let unconverted = 0;
  events.forEach((event, i) => {
    const hex = paired ? converted[i]!.hex : event.hex;
    if (!hex) {
      if (!paired && !event.transparent) unconverted++;
      return;
    }
    addColour(groups, {
      hex,
      property: event.property,
      space: event.space,
      ...(event.cmyk ? { cmyk: event.cmyk } : {}),
      where: { page },
    });
  });
  if (unconverted)
    notes.push(`page ${page}: ${unconverted} colour(s) in spot or other colour spaces not converted to RGB`);
}
