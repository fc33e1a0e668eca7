/**
 * Inputs for the asset readers' tests, made at test time: images with sharp, PDFs with pdf-lib (low-level
 * objects where the high-level API has no say), a few files written byte by byte (a decompression bomb, an
 * encrypted PDF). The Marianne font is read from the installed @gouvfr/dsfr package, never stored here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32, createDeflate, inflateSync } from 'node:zlib';
import {
  cmyk,
  grayscale,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFString,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import sharp from 'sharp';
import { expect } from 'vitest';
import { random as seededRandom } from '../../../../scripts/lib/random.ts';
import { DEFAULT_ASSET_LIMITS } from '../../src/model/asset.ts';
import { AssetReadError } from '../../src/readers/raster.ts';

const require = createRequire(import.meta.url);

export const limits = { ...DEFAULT_ASSET_LIMITS };

export const random = (seed = 1) => seededRandom(seed);

/** Random bytes. */
export function noise(length: number, seed = 1): Buffer {
  const next = random(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** A photograph-like picture: smooth noise, `width` × `height`, RGB. */
export function photo(width: number, height: number, seed = 1) {
  const small = { width: Math.max(2, Math.round(width / 16)), height: Math.max(2, Math.round(height / 16)) };
  return sharp(noise(small.width * small.height * 3, seed), { raw: { ...small, channels: 3 } }).resize(width, height, {
    kernel: 'cubic',
    fit: 'fill',
  });
}

/** A flat picture: left half `left`, right half `right`. */
export function halves(width: number, height: number, left: string, right: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width / 2}" height="${height}" fill="${left}"/><rect x="${width / 2}" width="${width / 2}" height="${height}" fill="${right}"/></svg>`;
  return sharp(Buffer.from(svg));
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real decompression bomb: a valid 1-bit greyscale PNG of `width` × `height` white-less zero pixels whose
 * image data compresses to a few hundred KB (decoded to RGB it would take width × height × 3 bytes).
 */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8);
  const rowsPerWrite = Math.max(1, Math.floor((4 * 1024 * 1024) / rowBytes));
  const zeros = Buffer.alloc(rowBytes * rowsPerWrite);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let row = 0; row < height; row += rowsPerWrite) {
    const rows = Math.min(rowsPerWrite, height - row);
    if (!deflate.write(zeros.subarray(0, rows * rowBytes))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A JPEG with an IPTC block (Photoshop APP13) holding the given record-2 datasets. */
export function withIptc(jpeg: Buffer, datasets: Record<number, string>): Buffer {
  const records = Object.entries(datasets).map(([dataset, value]) => {
    const text = Buffer.from(value, 'utf8');
    const head = Buffer.from([0x1c, 2, Number(dataset), text.length >> 8, text.length & 0xff]);
    return Buffer.concat([head, text]);
  });
  // Coded character set: UTF-8 (ESC % G).
  const iptc = Buffer.concat([Buffer.from([0x1c, 1, 90, 0, 3, 0x1b, 0x25, 0x47]), ...records]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    size,
    iptc,
    iptc.length % 2 ? Buffer.from([0]) : Buffer.alloc(0),
  ]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const marker = Buffer.from([0xff, 0xed, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), marker, body, jpeg.subarray(2)]);
}

/** An SFNT (TrueType) font from a WOFF 1.0 file: the same tables, decompressed. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    padded.set(table.data);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** Marianne Regular as TrueType, from the installed @gouvfr/dsfr (its WOFF file, unpacked in memory). */
export function marianneTtf(): Buffer {
  const root = path.dirname(require.resolve('@gouvfr/dsfr/package.json'));
  return woffToSfnt(readFileSync(path.join(root, 'dist/fonts/Marianne-Regular.woff')));
}

// ---- PDF ------------------------------------------------------------------------------------------------

const A4: [number, number] = [595.28, 841.89];

/** Appends raw content-stream operators to a page. */
export function addContent(doc: PDFDocument, page: PDFPage, operators: string): void {
  const stream = doc.context.flateStream(operators);
  page.node.addContentStream(doc.context.register(stream));
}

/**
 * A tagged-looking PDF: /MarkInfo, a structure tree with a Figure (with /Alt) and a role-mapped one (custom
 * type `Logo` mapped to Figure, with /ActualText), /Lang, /ViewerPreferences /DisplayDocTitle, an XMP
 * dc:title (different from the Info /Title) and text in Helvetica.
 */
export async function taggedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  page.drawText('Rapport annuel 2024', { x: 50, y: 780, size: 24, font, color: rgb(0, 0, 145 / 255) });
  const ctx = doc.context;
  const figure = ctx.obj({ Type: 'StructElem', S: 'Figure', Pg: page.ref, K: 0 });
  figure.set(PDFName.of('Alt'), PDFHexString.fromText('Logo de la République française'));
  const logo = ctx.obj({ Type: 'StructElem', S: 'Logo', K: [ctx.obj({ Type: 'MCR', Pg: page.ref, MCID: 1 })] });
  logo.set(PDFName.of('ActualText'), PDFString.of('Marianne'));
  const paragraph = ctx.obj({ Type: 'StructElem', S: 'P', Pg: page.ref, K: 2 });
  const document = ctx.obj({
    Type: 'StructElem',
    S: 'Document',
    K: [ctx.register(paragraph), ctx.register(figure), ctx.register(logo)],
  });
  const root = ctx.obj({ Type: 'StructTreeRoot', K: ctx.register(document), RoleMap: { Logo: 'Figure' } });
  doc.catalog.set(PDFName.of('StructTreeRoot'), ctx.register(root));
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('fr-FR'));
  doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Rapport annuel &amp; comptes</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const metadata = ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));
  doc.setTitle('Titre du dictionnaire Info');
  return doc.save();
}

/** An untagged PDF: text in Helvetica (not embedded), colours in RGB, CMYK and grey, an Info /Title only. */
export async function plainPdf(pages = 1, text = 'Liberté, égalité, fraternité'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage(A4);
    page.drawText(`${text} ${i + 1}`, { x: 50, y: 780, size: 18, font, color: rgb(0, 0, 145 / 255) });
    page.drawRectangle({
      x: 50,
      y: 500,
      width: 200,
      height: 100,
      color: cmyk(1, 0.8, 0, 0),
      borderColor: grayscale(0.5),
      borderWidth: 2,
    });
    page.drawRectangle({ x: 300, y: 500, width: 200, height: 100, color: rgb(225 / 255, 0, 15 / 255) });
  }
  doc.setTitle('Titre Info');
  return doc.save();
}

/** A scanned-looking PDF: one picture filling an A4 page (`width` px wide), no text. */
export async function scannedPdf(width = 1240): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const height = Math.round((width * A4[1]) / A4[0]);
  const jpeg = await photo(width, height).jpeg({ quality: 70 }).toBuffer();
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage(A4);
  page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  return doc.save();
}

/**
 * A PDF whose text is set in an embedded TrueType font (Marianne, FontFile2, subset-style name), the same
 * program as a composite (Type0) font, a Type3 font (embedded by nature) and a spot colour (Separation with a CMYK alternate), built with low-level objects.
 */
export async function embeddedFontPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const page = doc.addPage(A4);
  const ttf = marianneTtf();
  const fontFile = ctx.register(ctx.flateStream(ttf, { Length1: ttf.length }));
  const describe = (name: string) =>
    ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: 32,
        FontBBox: [-200, -300, 1200, 1000],
        ItalicAngle: 0,
        Ascent: 900,
        Descent: -250,
        CapHeight: 700,
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
  const descriptor = describe('ABCDEF+Marianne-Regular');
  const font = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'TrueType',
      BaseFont: 'ABCDEF+Marianne-Regular',
      FirstChar: 32,
      LastChar: 255,
      Widths: new Array(224).fill(560),
      Encoding: 'WinAnsiEncoding',
      FontDescriptor: descriptor,
    }),
  );
  const square = ctx.register(ctx.stream('500 0 0 0 500 500 d1 0 0 500 500 re f'));
  const type3 = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type3',
      Name: 'Carres',
      FontBBox: [0, 0, 500, 500],
      FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
      CharProcs: { square },
      Encoding: { Type: 'Encoding', Differences: [65, 'square'] },
      FirstChar: 65,
      LastChar: 65,
      Widths: [500],
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: 'GHIJKL+MarianneCID',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: describe('GHIJKL+MarianneCID'),
      DW: 560,
      CIDToGIDMap: 'Identity',
    }),
  );
  const type0 = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'GHIJKL+MarianneCID',
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
    }),
  );
  page.node.setFontDictionary(PDFName.of('F1'), font);
  page.node.setFontDictionary(PDFName.of('F2'), type0);
  page.node.setFontDictionary(PDFName.of('F3'), type3);
  const tint = ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 0.66, 0, 0.02], N: 1 });
  const spot = ctx.obj(['Separation', 'PANTONE 2738 C', 'DeviceCMYK', tint]);
  const colourSpaces = ctx.obj({ CS0: spot });
  page.node.Resources()!.set(PDFName.of('ColorSpace'), colourSpaces);
  addContent(
    doc,
    page,
    'BT /F1 24 Tf 50 780 Td (Libert\\351, \\351galit\\351, fraternit\\351) Tj ET\n' +
      'BT /F3 12 Tf 50 700 Td (AAA) Tj ET\n' +
      'BT /F2 12 Tf 50 650 Td <002400250026> Tj ET\n' +
      '/CS0 cs 1 scn 50 500 200 100 re f\n',
  );
  return doc.save();
}

/** `count` pages, each with a line of text. */
export async function manyPagesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < count; i++) {
    const page = doc.addPage([300, 200]);
    page.drawText(`Page ${i + 1}`, { x: 20, y: 100, size: 12, font });
  }
  return doc.save();
}

/** A PDF written byte by byte from its objects' bodies (numbered from 1), with an exact cross-reference table. */
export function handmadePdf(objects: string[], trailer: string): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A minimal PDF encrypted with the standard security handler (its /Encrypt dictionary in the trailer). */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) => noise(32, seed).toString('hex');
  return handmadePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(4)}> /P -44 >>`,
      '<< /Length 10 >>\nstream\n0123456789\nendstream',
    ],
    `/Root 1 0 R /Encrypt 4 0 R /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>]`,
  );
}

/**
 * A PDF whose content refers to the outside world: a link annotation, a remote go-to action, an external
 * stream (/F file specification) drawn as an image, and an embedded file specification pointing at `url`.
 */
export function outwardPdf(url: string): Buffer {
  return handmadePdf(
    [
      `<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (${url}/open) >> /URI << /Base (${url}/) >> >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> /Annots [6 0 R 7 0 R] >>',
      '<< /Length 34 >>\nstream\nq 100 0 0 100 50 50 cm /Im1 Do Q\nendstream',
      `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 0 /F << /FS /URL /F (${url}/image) >> >>\nstream\n\nendstream`,
      `<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (${url}/link) >> >>`,
      `<< /Type /Annot /Subtype /Link /Rect [100 0 200 100] /A << /S /GoToR /F << /FS /URL /F (${url}/remote.pdf) >> /D [0 /Fit] >> >>`,
    ],
    '/Root 1 0 R',
  );
}

/** The AssetReadError a read ends with (the test fails if it does not fail). */
export async function failure(work: Promise<unknown>): Promise<AssetReadError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(AssetReadError);
    return error as AssetReadError;
  }
  throw new Error('the read did not fail');
}
