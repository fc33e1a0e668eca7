import { describe, expect, it } from 'vitest';
import { loadCharter, paletteFor } from '../../src/charter/index.ts';
import type { BlocMarqueMatch, ImageAsset, PdfAsset, SvgAsset } from '../../src/model/asset.ts';
import type { AssetContext } from '../../src/model/rule.ts';
import {
  blocMarqueIntegrity,
  blocMarquePlacement,
  blocMarquePresent,
  blocMarqueSize,
  clearSpace,
} from '../../src/rules/asset/bloc-marque.ts';
import { rasterPalette, vectorPalette } from '../../src/rules/asset/colour.ts';
import { colourSpace, credit, resolution, weight } from '../../src/rules/asset/metadata.ts';
import { pdfFigureAlt, pdfLang, pdfTagged, pdfText, pdfTitle } from '../../src/rules/asset/pdf.ts';
import { svgName, svgUnsafe } from '../../src/rules/asset/svg.ts';
import { assetTypeface, pdfFontsEmbedded } from '../../src/rules/asset/typeface.ts';

const charter = loadCharter('etat');
const web: AssetContext = { charter, palette: paletteFor(charter), use: 'web' };
const print: AssetContext = { ...web, use: 'print' };
const raster = { width: 10, height: 10, data: new Uint8Array(300), scale: 1 };

const block = (over: Partial<BlocMarqueMatch> = {}): BlocMarqueMatch => ({
  box: { x: 40, y: 40, width: 88, height: 32 },
  score: 0.9,
  aspect: 1,
  colours: { left: '#000091', right: '#e1000f' },
  extent: { x: 40, y: 40, width: 120, height: 110 },
  clearSpace: { margin: 32, free: true, intrusions: [] },
  ...over,
});

const image = (over: Partial<ImageAsset> = {}): ImageAsset => ({
  kind: 'image',
  format: 'png',
  bytes: 200_000,
  width: 1200,
  height: 1500,
  raster,
  blocMarques: [block()],
  notes: [],
  space: 'srgb',
  hasAlpha: false,
  rights: {},
  ...over,
});

const pdf = (over: Partial<PdfAsset> = {}): PdfAsset => ({
  kind: 'pdf',
  bytes: 50_000,
  width: 595,
  height: 842,
  raster,
  blocMarques: [block({ box: { x: 30, y: 30, width: 44, height: 16 } })],
  notes: [],
  pageCount: 2,
  pagesRead: 2,
  pageSizes: [
    { width: 595, height: 842 },
    { width: 595, height: 842 },
  ],
  encrypted: false,
  marked: true,
  structTree: true,
  lang: 'fr-FR',
  title: 'Rapport annuel',
  displayDocTitle: true,
  fonts: [{ family: 'Marianne-Regular', embedded: true, sample: 'Rapport', where: { page: 1 } }],
  colours: [],
  textChars: [1200, 900],
  figures: [{ alt: 'Carte de France', page: 1 }],
  images: [],
  ...over,
});

const svg = (over: Partial<SvgAsset> = {}): SvgAsset => ({
  kind: 'svg',
  bytes: 3000,
  width: 200,
  height: 100,
  raster,
  blocMarques: [],
  notes: [],
  colours: [],
  fonts: [],
  name: { title: 'Pictogramme', role: 'img', hidden: false },
  hasText: false,
  removed: [],
  ...over,
});

describe('bloc-marque rules on assets', () => {
  it('say nothing of a conforming poster', () => {
    for (const rule of [blocMarquePresent, blocMarquePlacement, blocMarqueSize, clearSpace, blocMarqueIntegrity])
      expect(rule.check(image(), web), rule.meta.id).toEqual([]);
  });

  it('report a missing bloc-marque, on the first page of a PDF, and more than one', () => {
    expect(blocMarquePresent.check(image({ blocMarques: [] }), web)[0]?.message).toBe(
      'No bloc-marque found in the image.',
    );
    expect(blocMarquePresent.check(pdf({ blocMarques: [] }), web)[0]).toMatchObject({
      message: 'No bloc-marque found on the first page.',
      location: { page: 1 },
    });
    // A pictogram in SVG carries no bloc-marque, and is not asked for one.
    expect(blocMarquePresent.check(svg(), web)).toEqual([]);
    const two = blocMarquePresent.check(
      image({ blocMarques: [block(), block({ box: { x: 900, y: 1200, width: 88, height: 32 } })] }),
      web,
    );
    expect(two).toHaveLength(1);
    expect(two[0]?.message).toContain('2 bloc-marques found');
    expect(two[0]?.location?.box?.x).toBe(900);
  });

  it('want the block in the top-left quarter', () => {
    const issues = blocMarquePlacement.check(
      image({ blocMarques: [block({ box: { x: 1000, y: 1400, width: 88, height: 32 } })] }),
      web,
    );
    expect(issues[0]?.message).toMatch(/^The bloc-marque is at the bottom right \(83 % across, 93 % down\)/);
  });

  it('measure the block against the charter’s minimum height on screen, and the width in mm in print', () => {
    const small = image({ blocMarques: [block({ box: { x: 10, y: 10, width: 27.5, height: 10 } })] });
    expect(blocMarqueSize.check(small, web)[0]?.message).toBe(
      'The Marianne block is 10 px high: the charter asks for at least 12 px.',
    );
    // In print the width in millimetres is only checked when the charter sets a minimum (null for the State).
    expect(blocMarqueSize.check(small, print)).toEqual([]);
    const strict = {
      ...print,
      charter: {
        ...charter,
        thresholds: { ...charter.thresholds, blocMarque: { ...charter.thresholds.blocMarque, minWidthMm: 20 } },
      },
    };
    // 120 pt wide = 42.3 mm; 40 pt = 14.1 mm.
    expect(blocMarqueSize.check(pdf(), strict)).toEqual([]);
    const narrow = pdf({ blocMarques: [block({ extent: { x: 30, y: 30, width: 40, height: 40 } })] });
    expect(blocMarqueSize.check(narrow, strict)[0]?.message).toBe(
      'The bloc-marque is 14.1 mm wide in print: the charter asks for at least 20 mm.',
    );
  });

  it('report what intrudes in the clear space', () => {
    const intruded = block({
      clearSpace: { margin: 32, free: false, intrusions: [{ x: 170, y: 60, width: 50, height: 50 }] },
    });
    const [issue] = clearSpace.check(image({ blocMarques: [intruded] }), web);
    expect(issue?.message).toBe(
      "Something is drawn within the bloc-marque's clear space (32 px around it, at 170, 60).",
    );
    expect(issue?.location?.box).toEqual({ x: 170, y: 60, width: 50, height: 50 });
  });

  it('tell a recoloured or stretched block, and accept the mourning one', () => {
    const green = blocMarqueIntegrity.check(
      image({ blocMarques: [block({ colours: { left: '#18753c', right: '#000000' } })] }),
      web,
    );
    expect(green[0]?.message).toMatch(
      /^The Marianne block is recoloured: #18753c and #000000 instead of #000091 and #e1000f/,
    );
    const stretched = blocMarqueIntegrity.check(image({ blocMarques: [block({ aspect: 1.3 })] }), web);
    expect(stretched[0]?.message).toBe(
      'The Marianne block is stretched: its proportions are 3.58 × 1 instead of 2.75 × 1.',
    );
    // JPEG noise moves the means a little: within the pixel tolerance it is the official block.
    expect(
      blocMarqueIntegrity.check(
        image({ blocMarques: [block({ colours: { left: '#05058f', right: '#dd0a12' } })] }),
        web,
      ),
    ).toEqual([]);
    expect(
      blocMarqueIntegrity.check(
        image({ blocMarques: [block({ colours: { left: '#000000', right: '#050505' } })] }),
        web,
      ),
    ).toEqual([]);
  });
});

describe('colour rules on assets', () => {
  it('check each vector colour against the palette within ΔE 5', () => {
    const issues = vectorPalette.check(
      svg({
        colours: [
          { hex: '#000091', property: 'fill', space: 'rgb', where: { selector: 'path#a' }, count: 3 },
          { hex: '#000093', property: 'fill', space: 'rgb', where: { selector: 'path#b' }, count: 1 },
          { hex: '#ff00ff', property: 'stroke', space: 'rgb', where: { selector: 'rect' }, count: 2 },
        ],
      }),
      web,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(
      /^stroke #ff00ff at rect is not in the palette: nearest \S+ #[0-9a-f]{6} at ΔE \d+(\.\d)? \(tolerance 5\)\.$/,
    );
    expect(issues[0]?.location).toEqual({ selector: 'rect' });
  });

  it('warn on flat graphics far from the palette, never on photographs', () => {
    const far = { dominant: [{ hex: '#ff6600', share: 0.4 }], offPalette: 0.4, photo: false };
    expect(rasterPalette.check(image({ pixels: far }), web)[0]?.message).toMatch(
      /^40 % of the pixels are far from every palette colour \(more than ΔE 10; threshold 10 %\); dominant colours: #ff6600 40 %\.$/,
    );
    expect(rasterPalette.check(image({ pixels: { ...far, photo: true } }), web)).toEqual([]);
    expect(
      rasterPalette.check(image({ pixels: { ...far, photo: true } }), { ...web, photoPalette: true }),
    ).toHaveLength(1);
    expect(rasterPalette.check(image({ pixels: { ...far, offPalette: 0.05 } }), web)).toEqual([]);
  });
});

describe('typefaces of SVG and PDF', () => {
  it('accept Marianne and Spectral, warn on fallbacks, refuse the rest, once per family', () => {
    const issues = assetTypeface.check(
      svg({
        fonts: [
          { family: 'Marianne', embedded: false, sample: 'Titre', where: { selector: 'text' } },
          { family: 'Arial', embedded: false, sample: 'Sous-titre', where: { selector: 'text:nth-of-type(2)' } },
          { family: 'Comic Sans MS', embedded: false, sample: 'Bonjour', where: { selector: 'text:nth-of-type(3)' } },
          { family: 'Comic Sans MS', embedded: false, sample: 'Encore', where: { selector: 'text:nth-of-type(4)' } },
        ],
      }),
      web,
    );
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['warn', 'Text at text:nth-of-type(2) is set in the fallback font Arial ("Sous-titre"): use Marianne.'],
      [
        undefined,
        'Text at text:nth-of-type(3) is set in Comic Sans MS ("Bonjour"), which is not a typeface of the State brand.',
      ],
    ]);
  });

  it('want every PDF font embedded', () => {
    const issues = pdfFontsEmbedded.check(
      pdf({ fonts: [{ family: 'Helvetica', embedded: false, sample: 'Note', where: { page: 2 } }] }),
      print,
    );
    expect(issues).toEqual([
      {
        message: 'Font Helvetica (first used at page 2) is not embedded in the document.',
        location: { page: 2 },
        rgaa: ['13.3'],
        data: { family: 'Helvetica' },
      },
    ]);
  });
});

describe('PDF accessibility', () => {
  it('says nothing of an accessible document', () => {
    for (const rule of [pdfTagged, pdfLang, pdfTitle, pdfText, pdfFigureAlt])
      expect(rule.check(pdf(), print), rule.meta.id).toEqual([]);
  });

  it('reports each missing piece, citing RGAA 13.3', () => {
    const bare = pdf({
      marked: false,
      structTree: false,
      lang: undefined,
      title: undefined,
      displayDocTitle: false,
      figures: [{ page: 2 }],
    });
    expect(pdfTagged.check(bare, print)).toEqual([
      {
        rgaa: ['13.3'],
        message: 'The document is not tagged: it lacks /MarkInfo /Marked true and a structure tree (/StructTreeRoot).',
      },
    ]);
    expect(pdfLang.check(bare, print)[0]?.message).toBe(
      'The document does not give its language (/Lang in the catalog).',
    );
    expect(pdfTitle.check(bare, print).map((i) => i.message)).toEqual([
      'The document has no title (dc:title in its XMP metadata).',
      'The document does not ask viewers to show its title (/ViewerPreferences /DisplayDocTitle true): they show the file name.',
    ]);
    expect(pdfFigureAlt.check(bare, print)[0]).toMatchObject({
      message: 'A figure on page 2 has no alternative text (/Alt).',
      location: { page: 2 },
    });
    expect(pdfLang.check(pdf({ lang: 'français' }), print)[0]?.message).toBe(
      'The document language "français" is not a language tag (e.g. fr-FR).',
    );
  });

  it('tells a scanned document from a text one with a scanned page', () => {
    const scanned = pdf({ textChars: [0, 0], images: [{ page: 1, width: 2480, height: 3508, ppi: 300 }] });
    expect(pdfText.check(scanned, print)[0]?.message).toBe(
      'No text can be extracted from the 2 pages read: a scanned document needs character recognition.',
    );
    const mixed = pdf({ textChars: [1200, 0], images: [{ page: 2, width: 2480, height: 3508, ppi: 300 }] });
    expect(pdfText.check(mixed, print)).toMatchObject([{ severity: 'warn', location: { page: 2 } }]);
  });
});

describe('SVG rules', () => {
  it('want a name and role="img" on meaningful SVG, and nothing on decorative ones', () => {
    expect(svgName.check(svg(), web)).toEqual([]);
    expect(svgName.check(svg({ name: { hidden: true } }), web)).toEqual([]);
    expect(svgName.check(svg({ name: { hidden: false }, hasText: true }), web)[0]).toMatchObject({
      message: 'The SVG holds text but has no accessible name (<title>, aria-label): give it one, with role="img".',
      rgaa: ['1.1'],
    });
    expect(svgName.check(svg({ name: { hidden: false } }), web)[0]?.severity).toBe('warn');
    expect(svgName.check(svg({ name: { title: 'Logo', hidden: false } }), web)[0]?.message).toContain(
      'has no role="img"',
    );
  });

  it('lists what was left out as unsafe', () => {
    const issues = svgUnsafe.check(
      svg({
        removed: [
          { kind: 'script', detail: '<script> (42 characters)' },
          { kind: 'external-reference', detail: 'href="https://example.org/x.png"' },
        ],
      }),
      web,
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Script left out: <script> (42 characters).',
      'External reference left out: href="https://example.org/x.png".',
    ]);
  });
});

describe('metadata rules', () => {
  it('check the resolution of print files only', () => {
    expect(resolution.check(image({ density: 72 }), web)).toEqual([]);
    expect(resolution.check(image({ density: 150 }), print)[0]?.message).toBe(
      'The image is 150 ppi: print needs at least 300 ppi at the printed size.',
    );
    expect(resolution.check(image({ density: 300 }), print)).toEqual([]);
    expect(resolution.check(image(), print)[0]).toMatchObject({ severity: 'warn' });
    const low = pdf({ images: [{ page: 1, width: 600, height: 400, ppi: 96 }] });
    expect(resolution.check(low, print)[0]?.message).toBe(
      'An image on page 1 (600 × 400 px) prints at 96 ppi: at least 300 ppi are needed.',
    );
  });

  it('warn on CMYK and on weight for the web', () => {
    expect(colourSpace.check(image({ space: 'cmyk' }), web)[0]?.message).toBe(
      'The image is CMYK: for screens, export it in sRGB.',
    );
    expect(colourSpace.check(image({ space: 'cmyk' }), print)).toEqual([]);
    expect(weight.check(image({ bytes: 2_500_000 }), web)[0]?.message).toBe(
      'The file weighs 2,500 kB: the budget for the web is 1,000 kB.',
    );
    expect(weight.check(image({ bytes: 2_500_000 }), print)).toEqual([]);
  });

  it('ask for a credit only when the charter requires it', () => {
    expect(credit.check(image(), web)).toEqual([]);
    const strict = {
      ...web,
      charter: {
        ...charter,
        thresholds: { ...charter.thresholds, assets: { ...charter.thresholds.assets, requireCredit: true } },
      },
    };
    expect(credit.check(image(), strict)[0]?.message).toBe(
      'The image carries no credit, creator or copyright in its EXIF, IPTC or XMP metadata.',
    );
    expect(credit.check(image({ rights: { copyright: '© SIG' } }), strict)).toEqual([]);
  });
});
