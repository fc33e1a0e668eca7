import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Raster } from '../../src/model/asset.ts';
import { readSvg } from '../../src/readers/svg.ts';
import { failure, limits } from './fixtures.ts';

const svgBytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'logo.svg') => readSvg(svgBytes(text), name, limits);

const pixel = (raster: Raster, x: number, y: number) => {
  const i = (Math.round(y) * raster.width + Math.round(x)) * 3;
  return [raster.data[i], raster.data[i + 1], raster.data[i + 2]];
};

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('readSvg: what it reads', () => {
  it('draws the document at analysis size, keeping its proportions', async () => {
    const asset = await read(
      `<svg ${NS} width="440" height="160" viewBox="0 0 44 16"><rect width="22" height="16" fill="#000091"/><rect x="22" width="22" height="16" fill="#e1000f"/></svg>`,
    );
    expect(asset.kind).toBe('svg');
    expect([asset.width, asset.height]).toEqual([440, 160]);
    const raster = asset.raster!;
    expect([raster.width, raster.height]).toEqual([1600, 582]);
    expect(raster.scale).toBeCloseTo(1600 / 440, 6);
    expect(pixel(raster, 400, 290)).toEqual([0, 0, 0x91]);
    expect(pixel(raster, 1200, 290)).toEqual([0xe1, 0, 0x0f]);
    expect(asset.blocMarques).toEqual([]);
    expect(asset.pixels).toBeUndefined();
  });

  it('takes the size from width and height in absolute units (96 dpi), else from the viewBox', async () => {
    const a4 = await read(`<svg ${NS} width="210mm" height="297mm"><rect width="10" height="10"/></svg>`);
    expect(a4.width).toBeCloseTo(793.7, 1);
    expect(a4.height).toBeCloseTo(1122.52, 1);
    const points = await read(`<svg ${NS} width="72pt" height="0.5in"/>`);
    expect([points.width, points.height]).toEqual([96, 48]);
    const box = await read(`<svg ${NS} width="100%" viewBox="0 0 300 100"/>`);
    expect([box.width, box.height]).toEqual([300, 100]);
    const half = await read(`<svg ${NS} width="600" viewBox="0 0 300 100"/>`);
    expect([half.width, half.height]).toEqual([600, 200]);
  });

  it('lists colours from attributes, style attributes and style sheets, grouped, as #rrggbb', async () => {
    const asset = await read(`<svg ${NS} width="100" height="100" color="navy">
      <style>
        .bleu { fill: #000091 }
        g > rect { stroke: rgb(225, 0, 15) }
        .unused { fill: #123456 }
        @media print { .bleu { stroke: hsl(0, 0%, 50%) } }
      </style>
      <defs><linearGradient id="grad"><stop offset="0" stop-color="#E1000F"/><stop offset="1" style="stop-color: white"/></linearGradient></defs>
      <g id="logo">
        <rect class="bleu" width="10" height="10"/>
        <rect class="bleu" x="20" width="10" height="10"/>
        <rect x="40" width="10" height="10" fill="url(#grad)"/>
        <rect x="60" width="10" height="10" style="fill: red; stroke: none"/>
        <path d="M0 0h1" fill="currentColor" stroke="transparent"/>
        <path d="M0 0h1" fill="none"/>
      </g>
      <clipPath id="clip"><rect width="5" height="5" fill="#00ff00"/></clipPath>
      <circle r="5" fill="#ABC"/>
    </svg>`);
    const found = asset.colours.map((c) => `${c.property} ${c.hex} ${c.where.selector} ×${c.count}`).sort();
    expect(found).toEqual(
      [
        'color #000080 svg ×1',
        'stop-color #e1000f linearGradient#grad > stop:nth-of-type(1) ×1',
        'stop-color #ffffff linearGradient#grad > stop:nth-of-type(2) ×1',
        'fill #ff0000 g#logo > rect:nth-of-type(4) ×1',
        'fill #aabbcc svg > circle ×1',
        'fill #000091 .bleu ×2',
        'stroke #e1000f g > rect ×4',
        'stroke #808080 .bleu ×2',
      ].sort(),
    );
    expect(asset.colours.every((c) => c.space === 'rgb')).toBe(true);
  });

  it('lists the typefaces of text, inherited, from attributes and style sheets, with a sample', async () => {
    const asset = await read(`<svg ${NS} width="400" height="200">
      <style>.titre { font: bold 24px/1.2 "Marianne", arial, sans-serif } .note { font-family: 'Spectral', serif }</style>
      <g font-family="Arial">
        <text x="0" y="20" class="titre">République <tspan style="font-family: Times New Roman">française</tspan></text>
        <text x="0" y="60">Texte courant</text>
        <text x="0" y="100" class="note" font-family="Arial">Citation</text>
      </g>
      <text x="0" y="150"><textPath href="#p">Sans police</textPath></text>
      <path id="p" d="M0 150h400"/>
    </svg>`);
    expect(asset.hasText).toBe(true);
    const fonts = Object.fromEntries(asset.fonts.map((f) => [f.family, f]));
    expect(Object.keys(fonts).sort()).toEqual(['Arial', 'Marianne', 'Spectral', 'Times New Roman']);
    expect(fonts.Marianne!.sample).toBe('République');
    expect(fonts['Times New Roman']!.sample).toBe('française');
    expect(fonts.Arial!.sample).toBe('Texte courant');
    expect(fonts.Spectral!.sample).toBe('Citation');
    expect(fonts.Marianne!.where.selector).toBe('svg > g > text:nth-of-type(1)');
    expect(asset.fonts.every((f) => !f.embedded)).toBe(true);
    expect(asset.notes.join()).toMatch(/no font-family/);
  });

  it('says there is no text when the words are outlines', async () => {
    const asset = await read(`<svg ${NS} width="10" height="10"><text> </text><path d="M0 0h10v10z"/></svg>`);
    expect(asset.hasText).toBe(false);
    expect(asset.fonts).toEqual([]);
  });

  it('reads the accessible name of the root', async () => {
    const labelled = await read(
      `<svg ${NS} role="img" aria-labelledby="t d"><title id="t">Marianne &amp; devise</title><desc id="d">Bloc-marque</desc></svg>`,
    );
    expect(labelled.name).toEqual({
      title: 'Marianne & devise',
      ariaLabel: 'Marianne & devise Bloc-marque',
      role: 'img',
      hidden: false,
    });
    const label = await read(`<svg ${NS} aria-label="Logo" role="img"/>`);
    expect(label.name).toEqual({ ariaLabel: 'Logo', role: 'img', hidden: false });
    const decorative = await read(`<svg ${NS} aria-hidden="true"><g><title>Not the root's</title></g></svg>`);
    expect(decorative.name).toEqual({ hidden: true });
  });

  it('reads gzip-compressed SVG', async () => {
    const { gzipSync } = await import('node:zlib');
    const asset = await readSvg(gzipSync(svgBytes(`<svg ${NS} width="20" height="10"/>`)), 'logo.svgz', limits);
    expect([asset.width, asset.height]).toEqual([20, 10]);
  });

  it('expands internal entities holding plain text', async () => {
    const asset = await read(
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg"><!ENTITY bleu "#000091">]>
      <svg xmlns="&ns_svg;" width="10" height="10"><rect width="10" height="10" fill="&bleu;"/></svg>`,
    );
    expect(asset.colours.map((c) => c.hex)).toEqual(['#000091']);
    expect(pixel(asset.raster!, 800, 800)).toEqual([0, 0, 0x91]);
    expect(asset.removed).toEqual([]);
  });
});

describe('readSvg: bad input', () => {
  it('refuses an empty file', async () => {
    const error = await failure(read('', 'vide.svg'));
    expect(error.code).toBe('empty');
  });

  it('gives the line and column of malformed XML', async () => {
    const error = await failure(read(`<svg ${NS}>\n  <g>\n  <rect/>\n</svg>`, 'cassé.svg'));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^cassé\.svg: malformed XML at line 4, column \d+: /);
  });

  it('refuses what is not SVG', async () => {
    expect((await failure(read('<html><body/></html>', 'page.svg'))).code).toBe('unsupported-format');
    const text = await failure(read('just words', 'notes.svg'));
    expect(text.code).toBe('unsupported-format');
    expect(text.message).toMatch(/^notes\.svg: not an SVG document/);
  });

  it('applies the byte and pixel limits', async () => {
    const doc = `<svg ${NS} width="10" height="10"/>`;
    const bytes = await failure(readSvg(svgBytes(doc.padEnd(5000, ' ')), 'gros.svg', { ...limits, maxBytes: 1000 }));
    expect(bytes.code).toBe('too-large');
    expect(bytes.message).toMatch(/^gros\.svg: .*limits\.maxBytes/);
    const pixels = await failure(readSvg(svgBytes(doc), 'gros.svg', { ...limits, maxPixels: 10_000 }));
    expect(pixels.code).toBe('too-large');
    expect(pixels.message).toMatch(/limits\.maxPixels/);
  });
});

describe('readSvg: nothing runs, nothing is fetched', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  let folder: string;
  let localPng: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url?.endsWith('.css')) response.setHeader('content-type', 'text/css');
      response.end(request.url?.endsWith('.css') ? 'rect { fill: #00ff00 }' : 'x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = mkdtempSync(path.join(tmpdir(), 'charte-svg-'));
    localPng = path.join(folder, 'vert.png');
    writeFileSync(
      localPng,
      await sharp({ create: { width: 100, height: 100, channels: 3, background: '#00ff00' } })
        .png()
        .toBuffer(),
    );
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it('removes scripts, handlers, foreign objects and outside references, lists each, and fetches nothing', async () => {
    const svg = `<?xml version="1.0"?>
<?xml-stylesheet type="text/css" href="${base}/stylesheet.css"?>
<!DOCTYPE svg [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "${base}/entity">
  <!ENTITY % dtd SYSTEM "${base}/parameter.dtd">
]>
<svg ${NS} width="200" height="100" onload="alert(1)">
  <style>
    @import url(${base}/import.css);
    rect.fond { fill: url(${base}/paint.svg#g) }
    .motif { background-image: url("${base}/background.png") }
  </style>
  <script>fetch('${base}/script')</script>
  <rect class="fond" width="200" height="100" fill="#ffffff" onclick="alert(2)"/>
  <image href="${base}/image.png" width="50" height="50"/>
  <image xlink:href="${base}/xlink.png" x="50" width="50" height="50"/>
  <image href="file://${localPng}" x="100" width="100" height="100"/>
  <image href="vert.png" x="100" width="100" height="100"/>
  <use href="${base}/use.svg#a"/>
  <filter id="f"><feImage href="${base}/feimage.png"/></filter>
  <rect style="fill: url(${base}/style.svg#p)" width="1" height="1"/>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="${base}/iframe"/></foreignObject>
  <a href="javascript:alert(3)"><text y="90">&secret; &remote;</text></a>
  <set attributeName="href" to="${base}/set.png"/>
</svg>`;
    const asset = await read(svg, 'piégé.svg');
    expect(requests).toEqual([]);

    const removed = asset.removed.map((r) => `${r.kind}: ${r.detail}`);
    const expectOne = (kind: string, fragment: string) =>
      expect(
        removed.filter((r) => r.startsWith(`${kind}:`) && r.includes(fragment)),
        fragment,
      ).toHaveLength(1);
    expectOne('entity', '"secret" (SYSTEM "file:///etc/passwd")');
    expectOne('entity', `"remote" (SYSTEM "${base}/entity")`);
    expectOne('entity', '%dtd');
    expectOne('external-reference', '/stylesheet.css');
    expectOne('event-handler', 'onload on svg');
    expectOne('event-handler', 'onclick on svg > rect:nth-of-type(1)');
    expectOne('external-reference', '@import url(');
    expectOne('external-reference', '/paint.svg#g');
    expectOne('external-reference', '/background.png');
    expectOne('script', "fetch('");
    expectOne('external-reference', '/image.png');
    expectOne('external-reference', '/xlink.png');
    expectOne('external-reference', `file://${localPng}`);
    expectOne('external-reference', 'href="vert.png"');
    expectOne('external-reference', '/use.svg#a');
    expectOne('external-reference', '/feimage.png');
    expectOne('external-reference', '/style.svg#p');
    expectOne('foreign-object', '<foreignObject>');
    expectOne('script', 'javascript:alert(3)');
    expectOne('external-reference', 'attributeName="href"');

    // The local picture (pure green) is not drawn, nor is the green of the remote style sheets.
    const raster = asset.raster!;
    let green = 0;
    for (let i = 0; i < raster.data.length; i += 3)
      if (raster.data[i]! < 60 && raster.data[i + 1]! > 200 && raster.data[i + 2]! < 60) green++;
    expect(green).toBe(0);
    // Unresolved entities leave no text behind.
    expect(asset.fonts.map((f) => f.sample).join('')).not.toMatch(/root|secret|remote/);
  });

  it('cleans SVG images embedded as data: URIs and keeps the safe ones', async () => {
    const inner = `<svg ${NS} width="10" height="10"><rect width="10" height="10" fill="#000091"/><image href="${base}/nested.png" width="1" height="1"/></svg>`;
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#e1000f' } })
      .png()
      .toBuffer();
    const svg = `<svg ${NS} width="200" height="100">
      <image href="data:image/svg+xml;base64,${Buffer.from(inner).toString('base64')}" width="100" height="100"/>
      <image href="data:image/png;base64,${png.toString('base64')}" x="100" width="100" height="100"/>
      <use href="#local"/><rect id="local" width="1" height="1"/>
    </svg>`;
    const asset = await read(svg);
    expect(requests).toEqual([]);
    expect(asset.removed.map((r) => r.detail)).toEqual([
      expect.stringMatching(/^in an embedded SVG image: href=".*\/nested\.png"/),
    ]);
    // Both data: images are drawn.
    expect(pixel(asset.raster!, 400, 400)).toEqual([0, 0, 0x91]);
    expect(pixel(asset.raster!, 1200, 400)).toEqual([0xe1, 0, 0x0f]);
  });

  it('sees through CSS escapes', async () => {
    const svg = `<svg ${NS} width="10" height="10"><style>rect { fill: \\75 rl(${base}/escaped.svg#x) } @\\69mport "${base}/escaped.css";</style><rect width="10" height="10"/></svg>`;
    const asset = await read(svg);
    expect(requests).toEqual([]);
    const details = asset.removed.map((r) => r.detail);
    expect(details).toHaveLength(2);
    expect(details.some((d) => d.includes('/escaped.svg#x'))).toBe(true);
    expect(details.some((d) => d.includes('/escaped.css'))).toBe(true);
  });
});

describe('links in an SVG', () => {
  it('reports a javascript: link as unsafe but not a plain link to a web page or an address', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><a href="https://www.info.gouv.fr/"><text y="20">Site</text></a><a href="mailto:contact@example.gouv.fr"><text y="30">Écrire</text></a><a href="javascript:alert(1)"><text y="40">Piège</text></a></svg>`;
    const asset = await readSvg(new TextEncoder().encode(svg), 'liens.svg', limits);
    expect(asset.removed.map((r) => r.detail)).toEqual([expect.stringContaining('javascript:alert(1)')]);
  });
});
