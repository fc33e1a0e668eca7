import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Raster } from '../../src/model/asset.ts';
import { AssetReadError, readPdf } from '../../src/readers/pdf.ts';
import {
  embeddedFontPdf,
  encryptedPdf,
  failure,
  handmadePdf,
  limits,
  manyPagesPdf,
  noise,
  outwardPdf,
  plainPdf,
  scannedPdf,
  taggedPdf,
} from './fixtures.ts';

/** The raster pixel at a point of the first page (PDF coordinates: points, origin bottom left). */
function pixelAt(raster: Raster, pageHeight: number, x: number, y: number) {
  const px = Math.round(x * raster.scale);
  const py = Math.round((pageHeight - y) * raster.scale);
  const i = (py * raster.width + px) * 3;
  return [raster.data[i], raster.data[i + 1], raster.data[i + 2]];
}

describe('readPdf: structure', () => {
  it('reads the accessibility structure of a tagged document', async () => {
    const asset = await readPdf(await taggedPdf(), 'rapport.pdf', limits);
    expect(asset.kind).toBe('pdf');
    expect(asset.encrypted).toBe(false);
    expect(asset.marked).toBe(true);
    expect(asset.structTree).toBe(true);
    expect(asset.lang).toBe('fr-FR');
    expect(asset.displayDocTitle).toBe(true);
    // The XMP title wins over the Info dictionary's.
    expect(asset.title).toBe('Rapport annuel & comptes');
    expect(asset.figures).toEqual([
      { alt: 'Logo de la République française', page: 1 },
      { alt: 'Marianne', page: 1 },
    ]);
    expect(asset.notes).toEqual([]);
  });

  it('reads an untagged document as such', async () => {
    const asset = await readPdf(await plainPdf(), 'tract.pdf', limits);
    expect(asset.marked).toBe(false);
    expect(asset.structTree).toBe(false);
    expect(asset.lang).toBeUndefined();
    expect(asset.displayDocTitle).toBe(false);
    expect(asset.title).toBe('Titre Info');
    expect(asset.figures).toEqual([]);
  });
});

describe('readPdf: pages', () => {
  it('reads page sizes, text and standard (not embedded) fonts', async () => {
    const asset = await readPdf(await plainPdf(3), 'tract.pdf', limits);
    expect(asset.pageCount).toBe(3);
    expect(asset.pagesRead).toBe(3);
    expect(asset.pageSizes).toEqual(new Array(3).fill({ width: 595.28, height: 841.89 }));
    expect([asset.width, asset.height]).toEqual([595.28, 841.89]);
    // "Liberté, égalité, fraternité N" without spaces.
    expect(asset.textChars).toEqual([27, 27, 27]);
    expect(asset.fonts).toEqual([
      { family: 'Helvetica', embedded: false, sample: expect.stringContaining('Liberté, égalité'), where: { page: 1 } },
    ]);
  });

  it('lists colours with the space they are written in, CMYK values included', async () => {
    const asset = await readPdf(await plainPdf(2), 'tract.pdf', limits);
    const on = (page: number) => asset.colours.filter((c) => c.where.page === page);
    expect(on(1).map(({ where, ...c }) => c)).toEqual(
      expect.arrayContaining([
        { hex: '#000091', property: 'fill', space: 'rgb', count: 1 },
        { hex: '#e1000f', property: 'fill', space: 'rgb', count: 1 },
        { hex: '#808080', property: 'stroke', space: 'gray', count: 1 },
        {
          hex: expect.stringMatching(/^#[0-9a-f]{6}$/),
          property: 'fill',
          space: 'cmyk',
          cmyk: [1, 0.8, 0, 0],
          count: 1,
        },
      ]),
    );
    expect(on(1)).toHaveLength(4);
    expect(on(2)).toHaveLength(4);
    // The CMYK blue is shown as pdf.js draws it: a blue.
    const blue = on(1).find((c) => c.space === 'cmyk')!;
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(blue.hex.slice(i, i + 2), 16)) as [number, number, number];
    expect(b).toBeGreaterThan(r + 80);
    expect(b).toBeGreaterThan(g);
  });

  it('tells embedded fonts (TrueType, composite, Type3) and spot colours', async () => {
    const asset = await readPdf(await embeddedFontPdf(), 'brochure.pdf', limits);
    const fonts = Object.fromEntries(asset.fonts.map((f) => [f.family, f]));
    expect(Object.keys(fonts).sort()).toEqual(['Carres', 'Marianne-Regular', 'MarianneCID']);
    expect(fonts.MarianneCID!.embedded).toBe(true);
    expect(fonts['Marianne-Regular']).toEqual({
      family: 'Marianne-Regular',
      embedded: true,
      sample: 'Liberté, égalité, fraternité',
      where: { page: 1 },
    });
    expect(fonts.Carres!.embedded).toBe(true);
    // A Separation colour with a CMYK alternate: CMYK, converted by its tint transform, no process values.
    expect(asset.colours).toEqual([
      { hex: expect.stringMatching(/^#[0-9a-f]{6}$/), property: 'fill', space: 'cmyk', where: { page: 1 }, count: 1 },
    ]);
  });

  it('finds the images of a scanned document and their effective resolution', async () => {
    const asset = await readPdf(await scannedPdf(1240), 'scan.pdf', limits);
    expect(asset.textChars).toEqual([0]);
    expect(asset.fonts).toEqual([]);
    expect(asset.images).toEqual([{ page: 1, width: 1240, height: 1754, ppi: expect.closeTo(150, 0) }]);
    const low = await readPdf(await scannedPdf(620), 'scan.pdf', limits);
    expect(low.images[0]?.ppi).toBeCloseTo(75, 0);
    // The picture is drawn in the raster: no white left in the middle of the page.
    const [r, g, b] = pixelAt(asset.raster!, asset.height, 300, 400) as [number, number, number];
    expect(r + g + b).toBeLessThan(3 * 250);
  });

  it('draws the first page at analysis size, with raster pixels per point as scale', async () => {
    const asset = await readPdf(await plainPdf(), 'tract.pdf', limits);
    const raster = asset.raster!;
    expect(raster.height).toBe(1600);
    expect(raster.width).toBe(Math.round((1600 * 595.28) / 841.89));
    expect(raster.scale).toBeCloseTo(1600 / 841.89, 2);
    expect(raster.data.length).toBe(raster.width * raster.height * 3);
    // The red rectangle (300-500 × 500-600 pt) and white paper around it.
    expect(pixelAt(raster, asset.height, 400, 550)).toEqual([0xe1, 0, 0x0f]);
    expect(pixelAt(raster, asset.height, 550, 300)).toEqual([255, 255, 255]);
    expect(asset.blocMarques).toEqual([]);
    expect(asset.pixels).toBeUndefined();
  });

  it('reads only the first pages of a long document and says so', async () => {
    const asset = await readPdf(await manyPagesPdf(1000), 'annuaire.pdf', limits);
    expect(asset.pageCount).toBe(1000);
    expect(asset.pagesRead).toBe(50);
    expect(asset.textChars).toHaveLength(50);
    expect(asset.pageSizes).toHaveLength(50);
    expect(asset.notes).toContain('pages 51-1000 not read (limits.maxPdfPages)');
    const fewer = await readPdf(await manyPagesPdf(12), 'annuaire.pdf', { ...limits, maxPdfPages: 5 });
    expect(fewer.pagesRead).toBe(5);
    expect(fewer.notes).toContain('pages 6-12 not read (limits.maxPdfPages)');
    expect(fewer.raster).toBeDefined();
  });
});

describe('readPdf: bad input', () => {
  it('refuses an empty file', async () => {
    const error = await failure(readPdf(new Uint8Array(), 'vide.pdf', limits));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/^vide\.pdf: /);
  });

  it('refuses what is not a PDF', async () => {
    const error = await failure(readPdf(Buffer.from('Bonjour'), 'notes.pdf', limits));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/^notes\.pdf: not a PDF/);
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    const error = await failure(readPdf(encryptedPdf(), 'confidentiel.pdf', limits));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/^confidentiel\.pdf: the PDF is encrypted/);
  });

  it('says random bytes behind a PDF header are malformed', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(8192, 9)]);
    const error = await failure(readPdf(bytes, 'bruit.pdf', limits));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^bruit\.pdf: not a readable PDF/);
  });

  it('reads what it can of a truncated PDF, or says it is malformed', async () => {
    const whole = await plainPdf(10);
    for (const share of [0.3, 0.6, 0.9]) {
      const part = whole.subarray(0, Math.floor(whole.length * share));
      try {
        const asset = await readPdf(part, 'coupé.pdf', limits);
        expect(asset.notes.length).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(AssetReadError);
        expect((error as AssetReadError).code).toBe('malformed');
      }
    }
  });

  it('tells of damaged objects in a note rather than on the console', async () => {
    const bytes = handmadePdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
        ') ] >> @@ ~~',
      ],
      '/Root 1 0 R',
    );
    const warn = vi.spyOn(console, 'warn');
    try {
      const asset = await readPdf(bytes, 'abîmé.pdf', limits);
      expect(warn).not.toHaveBeenCalled();
      expect(asset.notes).toEqual([
        expect.stringMatching(/^\d+ damaged objects? met while reading the structure \(Trying to parse invalid object/),
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('reads a damaged cross-reference table through pdf.js and pdf-lib recovery', async () => {
    const bytes = handmadePdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
        '<< /Length 26 >>\nstream\n0 0 0.57 rg 0 0 100 100 re f\nendstream',
      ],
      '/Root 1 0 R',
    );
    // Shift every offset of the table.
    const damaged = Buffer.from(bytes.toString('latin1').replace(/(\d{10}) 00000 n/g, '0000000003 00000 n'), 'latin1');
    const asset = await readPdf(damaged, 'abîmé.pdf', limits);
    expect([asset.width, asset.height]).toEqual([200, 100]);
    expect(asset.colours.map((c) => c.hex)).toEqual(['#000091']);
  });
});

describe('readPdf: nothing is fetched', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('follows no link, action or external stream', async () => {
    const bytes = outwardPdf(base);
    // The file is a valid PDF whose objects name the server.
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const asset = await readPdf(bytes, 'liens.pdf', limits);
    expect(asset.pageCount).toBe(1);
    expect(asset.raster).toBeDefined();
    expect(requests).toEqual([]);
  });
});
