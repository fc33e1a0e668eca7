/**
 * Makes the sample assets the quick start audits: images, SVG and PDF files, some conforming to the State
 * brand and some breaking it on purpose (examples/assets/README.md says what each shows). The conforming
 * ones hold the official bloc-marque and the Marianne font, read from the installed @gouvfr/dsfr: they are
 * made here, never committed. Deterministic; nothing is fetched.
 *
 * Usage: tsx scripts/samples/assets.ts [outDir]   (default examples/assets/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PDFDocument, PDFObject } from '../../packages/checker/node_modules/pdf-lib/cjs/index.js';
import { findChromium, launchChromium } from '../../packages/checker/src/run/browser.ts';
import {
  addGrain,
  blocMarqueHtml,
  colour,
  marianneFontFaces,
  noise,
  pdfLib,
  random,
  rgb,
  root,
  sharp,
  xmlText,
} from './lib.ts';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** One sample made: its file name, its bytes and what it is, for the line printed. */
export interface Sample {
  file: string;
  bytes: Uint8Array;
  summary: string;
}

/** Dates written in the PDF files, fixed so that two runs give the same bytes. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

/** Rights written in the images that carry a credit. */
const RIGHTS = {
  creator: 'Direction de la communication (exemple charte)',
  copyright: '© République française, exemple charte',
  credit: 'Exemple charte, document de démonstration',
};

/** An XMP packet with a title, and a language and rights when given. */
const xmpPacket = (fields: { title: string; language?: string; rights?: typeof RIGHTS }): string => {
  const rights = fields.rights;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    fields.language ? `<dc:language><rdf:Bag><rdf:li>${fields.language}</rdf:li></rdf:Bag></dc:language>` : '',
    rights
      ? [
          `<dc:creator><rdf:Seq><rdf:li>${xmlText(rights.creator)}</rdf:li></rdf:Seq></dc:creator>`,
          `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(rights.copyright)}</rdf:li></rdf:Alt></dc:rights>`,
          `<photoshop:Credit>${xmlText(rights.credit)}</photoshop:Credit>`,
          '<xmpRights:Marked>True</xmpRights:Marked>',
        ].join('')
      : '',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
};

/** EXIF fields are ASCII; libvips reads a trailing parenthesis as a type note, so none is written. */
const exifRights = (description: string) => ({
  IFD0: {
    Artist: 'Direction de la communication, exemple charte',
    Copyright: 'Copyright Republique francaise, exemple charte',
    ImageDescription: description,
  },
});

/** Shows `html` in the shared page at the given viewport size, once the Marianne fonts are loaded. */
async function show(page: Page, html: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.setContent(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${marianneFontFaces()}</style>${html}`,
  );
  const faces = (await page.evaluate(
    `document.fonts.ready.then(() => Promise.all([...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Marianne').map((f) => f.load().then(() => f.weight + ' ' + f.status, () => f.weight + ' error'))))`,
  )) as string[];
  if (faces.length === 0 || faces.some((f) => !f.endsWith('loaded')))
    throw new Error(
      `Chromium could not load Marianne from @gouvfr/dsfr/dist/fonts (faces: ${faces.join(', ') || 'none'})`,
    );
}

/** 1. A web poster that follows the charter. */
async function poster(page: Page): Promise<Sample> {
  const [white, text, tint, blue, mid, red] = await Promise.all(
    [
      'grey-1000',
      'grey-50',
      'blue-france-950',
      'blue-france-sun-113',
      'blue-france-main-525',
      'red-marianne-main-472',
    ].map(colour),
  );
  const u = 40;
  const html = `<style>
  body{margin:0;width:1200px;height:1500px;background:${white};color:${text};font-family:Marianne;position:relative;overflow:hidden}
  header{position:absolute;left:${1.5 * u}px;top:${1.5 * u}px}
  main{position:absolute;left:60px;right:60px;top:400px;height:860px;background:${tint};padding:72px 64px;box-sizing:border-box}
  .accent{width:120px;height:8px;background:${red};margin-bottom:40px}
  h1{font-weight:700;font-size:76px;line-height:88px;margin:0 0 40px}
  p{font-size:34px;line-height:48px;margin:0 0 32px}
  .date{font-weight:700;font-size:40px;line-height:52px}
  .disc{position:absolute;border-radius:50%}
  footer{position:absolute;left:0;right:0;bottom:0;height:180px;background:${blue};color:${white};font-size:32px;line-height:44px;padding:46px 60px;box-sizing:border-box}
  </style></head><body>
  <header>${blocMarqueHtml(u)}</header>
  <main><div class="accent"></div><h1>Journées portes ouvertes des services de l’État</h1>
  <p>Venez découvrir les métiers et les missions des services publics près de chez vous : rencontres, ateliers et visites guidées.</p>
  <p class="date">Samedi 4 octobre, de 10 h à 18 h</p>
  <div class="disc" style="right:64px;bottom:64px;width:320px;height:320px;background:${mid}"></div>
  <div class="disc" style="right:300px;bottom:64px;width:180px;height:180px;background:${blue}"></div></main>
  <footer><strong>Entrée libre</strong><br>Programme sur exemple.gouv.fr</footer></body></html>`;
  await show(page, html, 1200, 1500);
  const png = await page.screenshot({ type: 'png' });
  const bytes = await sharp(png)
    .withDensity(72)
    .withExif(exifRights('Affiche web, exemple conforme a la charte'))
    .withXmp(xmpPacket({ title: 'Journées portes ouvertes des services de l’État', rights: RIGHTS }))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return {
    file: 'affiche-conforme.png',
    bytes,
    summary: `PNG 1200×1500, 72 ppi, bloc-marque top-left (block ${2.75 * u}×${u} px), palette colours, credit`,
  };
}

/** 2. A social-network visual that breaks the charter. */
async function socialVisual(page: Page): Promise<Sample> {
  const u = 10;
  const html = `<style>
  body{margin:0;width:1200px;height:630px;position:relative;overflow:hidden;font-family:"Comic Sans MS",cursive,sans-serif}
  .orange{position:absolute;left:0;top:0;width:480px;height:630px;background:#ff9900}
  .pink{position:absolute;left:480px;top:0;width:720px;height:630px;background:#ff1493}
  h1{position:absolute;left:60px;top:150px;width:640px;margin:0;font-size:72px;line-height:84px;color:#ffffff}
  .signature{position:absolute;right:24px;bottom:24px;display:flex;align-items:flex-start}
  .logo{width:64px;height:40px;background:#2d1b4e}
  </style></head><body><div class="orange"></div><div class="pink"></div>
  <h1>GRANDE FÊTE DU SPORT !!!</h1>
  <div class="signature"><div class="logo"></div>${blocMarqueHtml(u, { left: '#00cc00', right: '#000000' })}</div>
  </body></html>`;
  await show(page, html, 1200, 630);
  const png = await page.screenshot({ type: 'png' });
  const bytes = await sharp(png).toColourspace('cmyk').jpeg({ quality: 85 }).toBuffer();
  return {
    file: 'visuel-reseaux-non-conforme.jpg',
    bytes,
    summary: `JPEG 1200×630, CMYK, bloc-marque bottom-right, recoloured, block ${u} px tall, off-palette colours, no credit`,
  };
}

/** The conforming bloc-marque on a white cartouche with one block height of clear space, as a PNG. */
async function cartouche(page: Page, u: number, background: string): Promise<Buffer> {
  const html = `<style>body{margin:0;background:transparent}#cartouche{display:inline-block;padding:${u}px;background:${background}}</style></head><body><div id="cartouche">${blocMarqueHtml(u)}</div></body></html>`;
  await show(page, html, 800, 600);
  return page.locator('#cartouche').screenshot({ type: 'png' });
}

/**
 * Pixels of a synthetic landscape photograph, RGB: sky, sun, clouds, hazy hills, fields, blurred trees; seeded.
 * Sizes are fractions of the width, so the scene is the same at any size.
 */
function landscape(width: number, height: number, seed: number): Uint8Array {
  const sky = noise(seed, 6);
  const ground = noise(seed + 1, 6);
  const ridge = noise(seed + 2, 4);
  const haze = noise(seed + 4, 3);
  const s = width / 1800;
  const trees = Array.from({ length: 14 }, (_, i) => {
    const r = random(seed + 10 + i);
    return { x: r() * width, y: height * (0.5 + r() * 0.12), rx: s * (25 + r() * 45), ry: s * (40 + r() * 70) };
  });
  const data = new Uint8Array(width * height * 3);
  const mix = (a: number, b: number, t: number) => a + (b - a) * t;
  const smoothstep = (a: number, b: number, t: number) => {
    const x = Math.min(1, Math.max(0, (t - a) / (b - a)));
    return x * x * (3 - 2 * x);
  };
  // The horizon and the line of the distant hills depend on the column only.
  const horizons = Float32Array.from(
    { length: width },
    (_, x) => height * (0.52 + 0.1 * (ridge(x / (400 * s), 0.5) - 0.5)),
  );
  const ridges = Float32Array.from(
    { length: width },
    (_, x) => height * (0.44 + 0.12 * (ridge(x / (250 * s) + 40, 3.5) - 0.5)),
  );
  const sunX = width * 0.72;
  const sunY = height * 0.18;
  const sunSize = 2 * (width * 0.08) ** 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const horizon = horizons[x]!;
      // Sky: a vertical gradient, a sun glow and soft clouds.
      const t = Math.min(1, y / horizon);
      const cloud = y < horizon + 2 ? smoothstep(0.55, 0.8, sky(x / (300 * s), y / (150 * s))) : 0;
      const sun = Math.exp(-((x - sunX) ** 2 + (y - sunY) ** 2) / sunSize);
      let r = mix(mix(62, 178, t), 245, cloud * 0.8) + 60 * sun;
      let g = mix(mix(118, 206, t), 245, cloud * 0.8) + 50 * sun;
      let b = mix(mix(196, 232, t), 248, cloud * 0.8) + 20 * sun;
      // Distant hills, hazy, above the horizon.
      const hill = y < horizon + 2 ? smoothstep(ridges[x]! - 1, ridges[x]! + 1, y) : 0;
      if (hill > 0) {
        const h = 0.55 + 0.3 * haze(x / (120 * s), y / (60 * s));
        r = mix(r, mix(74, 150, h), hill);
        g = mix(g, mix(104, 170, h), hill);
        b = mix(b, mix(96, 180, h), hill);
      }
      // Ground: fields whose colour varies, darker towards the bottom, with a soft edge at the horizon.
      const land = smoothstep(horizon - 1, horizon + 1, y);
      if (land > 0) {
        const depth = (y - horizon) / (height - horizon);
        const field = ground(x / (220 * s), y / (90 * s));
        r = mix(r, mix(118, 58, depth) * (0.75 + 0.5 * field), land);
        g = mix(g, mix(150, 96, depth) * (0.8 + 0.4 * field), land);
        b = mix(b, mix(92, 44, depth) * (0.8 + 0.3 * field), land);
      }
      // Trees: dark green blurred ellipses along the horizon.
      for (const tree of trees) {
        const d = ((x - tree.x) / tree.rx) ** 2 + ((y - tree.y) / tree.ry) ** 2;
        if (d < 1.6) {
          const k = 1 - smoothstep(0.7, 1.6, d);
          const shade = 0.7 + 0.6 * ground(x / (30 * s), y / (30 * s));
          r = mix(r, 34 * shade, k);
          g = mix(g, 70 * shade, k);
          b = mix(b, 38 * shade, k);
        }
      }
      const i = (y * width + x) * 3;
      data[i] = Math.max(0, Math.min(255, Math.round(r)));
      data[i + 1] = Math.max(0, Math.min(255, Math.round(g)));
      data[i + 2] = Math.max(0, Math.min(255, Math.round(b)));
    }
  }
  return data;
}

/** 3. A photograph with the conforming bloc-marque top-left, 300 ppi. */
async function photo(page: Page): Promise<Sample> {
  const width = 1800;
  const height = 1200;
  const u = 32;
  const white = await colour('grey-1000');
  const mark = await cartouche(page, u, white);
  // The scene is drawn at half size and enlarged, as soft as a photograph, then given a sensor's grain.
  const scene = landscape(width / 2, height / 2, 2025);
  const pixels = await sharp(scene, { raw: { width: width / 2, height: height / 2, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  addGrain(pixels, 10, 2026);
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .composite([{ input: mark, left: 0, top: 0 }])
    .withDensity(300)
    .withExif(exifRights('Paysage, image de synthese, exemple charte'))
    .withXmp(xmpPacket({ title: 'Paysage, photographie d’illustration', rights: RIGHTS }))
    .jpeg({ quality: 88 })
    .toBuffer();
  return {
    file: 'photo-illustration.jpg',
    bytes,
    summary: `JPEG ${width}×${height}, 300 ppi, synthetic photograph, bloc-marque top-left on a white cartouche (block ${2.75 * u}×${u} px), credit`,
  };
}

/** 4. An SVG pictogram that follows the charter. */
async function pictogram(): Promise<Sample> {
  const [blue, red, tint, text] = await Promise.all(
    ['blue-france-sun-113', 'red-marianne-main-472', 'blue-france-950', 'grey-50'].map(colour),
  );
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="160" height="180" viewBox="0 0 160 180" role="img" aria-labelledby="titre description">
  <title id="titre">Mairie</title>
  <desc id="description">Pictogramme d’un bâtiment public à colonnes surmonté d’un drapeau.</desc>
  <circle cx="80" cy="76" r="72" fill="${tint}"/>
  <path d="M80 24 L132 52 L28 52 Z" fill="${blue}"/>
  <rect x="36" y="56" width="88" height="8" fill="${blue}"/>
  <rect x="44" y="68" width="10" height="48" fill="${blue}"/>
  <rect x="64" y="68" width="10" height="48" fill="${blue}"/>
  <rect x="86" y="68" width="10" height="48" fill="${blue}"/>
  <rect x="106" y="68" width="10" height="48" fill="${blue}"/>
  <rect x="32" y="120" width="96" height="10" fill="${blue}"/>
  <path d="M80 24 L80 6" stroke="${blue}" stroke-width="3"/>
  <rect x="81" y="6" width="18" height="10" fill="${red}"/>
  <text x="80" y="172" text-anchor="middle" font-family="Marianne" font-weight="700" font-size="22" fill="${text}">Mairie</text>
</svg>
`;
  return {
    file: 'pictogramme-conforme.svg',
    bytes: new TextEncoder().encode(svg),
    summary: 'SVG, palette colours only, role="img" with a title, text in Marianne',
  };
}

/** 5. An SVG logo that breaks the charter and holds what an SVG must not (script, handler, external image). */
function badLogo(): Sample {
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="160" viewBox="0 0 400 160" onload="this.setAttribute('data-vu', '1')">
  <script>console.log('logo affiché');</script>
  <rect width="400" height="160" rx="24" fill="#ff9900"/>
  <circle cx="80" cy="80" r="52" fill="#ff1493"/>
  <path d="M52 96 L80 44 L108 96 Z" fill="#7a4dff"/>
  <image href="https://example.org/x.png" x="300" y="30" width="80" height="80"/>
  <text x="150" y="92" font-family="Comic Sans MS" font-size="34" fill="#00cc00">Super Service</text>
</svg>
`;
  return {
    file: 'logo-non-conforme.svg',
    bytes: new TextEncoder().encode(svg),
    summary: 'SVG, off-palette fills, Comic Sans MS, no title, a script, an onload handler, an external image',
  };
}

/** A bar chart as PNG, 1800×900 px (over 300 ppi at 150 mm), drawn from SVG shapes only (no text), in palette colours. */
async function chart(): Promise<Buffer> {
  const [blue, mid, axis, white] = await Promise.all(
    ['blue-france-sun-113', 'blue-france-main-525', 'grey-425', 'grey-1000'].map(colour),
  );
  const values = [52, 61, 58, 70, 76, 84];
  const bars = values
    .map(
      (v, i) =>
        `<rect x="${90 + i * 180}" y="${540 - v * 6}" width="110" height="${v * 6}" fill="${i === 5 ? blue : mid}"/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="900" viewBox="0 0 1200 600"><rect width="1200" height="600" fill="${white}"/>${bars}<rect x="60" y="540" width="1100" height="4" fill="${axis}"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Chromium names structure elements after the renderer's DOM node numbers (`node00000242`), which change from
 * run to run. They are renumbered in the same order, everywhere they occur (IDs, table headers, the ID tree).
 */
function renumberNodeIds(doc: PDFDocument): void {
  const { PDFArray, PDFDict, PDFStream, PDFString } = pdfLib;
  const idOf = (o: PDFObject) => (o instanceof PDFString && /^node\d+$/.test(o.asString()) ? o.asString() : undefined);
  const found = new Set<string>();
  let names: Map<string, string> | undefined;
  /** Collects the IDs met, or replaces them once `names` is set. */
  const visit = (o: PDFObject): void => {
    if (o instanceof PDFStream) {
      visit(o.dict);
      return;
    }
    const slots =
      o instanceof PDFDict ? o.entries() : o instanceof PDFArray ? o.asArray().map((v, i) => [i, v] as const) : [];
    for (const [key, value] of slots) {
      const id = idOf(value);
      if (!id) visit(value);
      else if (!names) found.add(id);
      else if (o instanceof PDFDict && typeof key !== 'number') o.set(key, PDFString.of(names.get(id)!));
      else if (o instanceof PDFArray && typeof key === 'number') o.set(key, PDFString.of(names.get(id)!));
    }
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o);
  objects.forEach(visit);
  names = new Map([...found].sort().map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  objects.forEach(visit);
}

/** 6. A three-page report printed by Chromium as a tagged PDF, then given its XMP title. */
async function report(page: Page): Promise<Sample> {
  const [text, tint, red] = await Promise.all(['grey-50', 'blue-france-950', 'red-marianne-main-472'].map(colour));
  const title = 'Rapport d’activité 2024 (exemple)';
  const image = `data:image/png;base64,${(await chart()).toString('base64')}`;
  const paragraph = (topic: string) =>
    `<p>En 2024, ${topic} a été conduit avec les services déconcentrés et les opérateurs. Les équipes ont simplifié les démarches, ouvert de nouveaux points d’accueil et publié les données utiles aux usagers. Les résultats présentés ici sont fictifs : ils illustrent la mise en forme d’un document accessible.</p>`;
  const html = `<title>${title}</title><style>
  @page{size:A4;margin:20mm}
  body{margin:0;font-family:Marianne;color:${text};font-size:11pt;line-height:1.5}
  header{margin:0 0 12mm}
  h1{font-size:26pt;line-height:1.2;margin:0 0 6mm}
  h2{font-size:17pt;margin:8mm 0 3mm}
  h3{font-size:13pt;margin:5mm 0 2mm}
  section+section{break-before:page}
  .accent{width:24mm;height:1.5mm;background:${red};margin:0 0 5mm}
  .figure{margin:6mm 0}
  img{width:150mm;display:block}
  .caption{font-size:9pt;margin:1mm 0 0}
  table{border-collapse:collapse;width:100%}
  th,td{border:0.5pt solid ${text};padding:2mm;text-align:left}
  th{background:${tint}}
  </style></head><body>
  <section><header>${blocMarqueHtml(20)}</header>
  <div class="accent"></div><h1>${title}</h1>
  <p>Ce rapport présente l’activité de l’année, les actions menées et les perspectives.</p>
  <h2>Synthèse</h2>${paragraph('le programme d’accueil')}
  <div class="figure"><img src="${image}" alt="Graphique en barres : le nombre de démarches en ligne passe de 52 000 en 2019 à 84 000 en 2024, en hausse chaque année sauf en 2021."><p class="caption">Démarches en ligne, en milliers, de 2019 à 2024.</p></div>
  </section>
  <section><h2>Les actions menées</h2>
  <h3>Accueil des usagers</h3>${paragraph('le réseau des points d’accueil')}
  <h3>Démarches en ligne</h3>${paragraph('le chantier des démarches en ligne')}
  <table><caption>Indicateurs principaux</caption><thead><tr><th scope="col">Indicateur</th><th scope="col">2023</th><th scope="col">2024</th></tr></thead>
  <tbody><tr><th scope="row">Démarches en ligne</th><td>76 000</td><td>84 000</td></tr>
  <tr><th scope="row">Points d’accueil</th><td>112</td><td>120</td></tr>
  <tr><th scope="row">Délai moyen de réponse</th><td>9 jours</td><td>7 jours</td></tr></tbody></table>
  </section>
  <section><h2>Perspectives</h2>${paragraph('le plan de formation')}${paragraph('le suivi de la qualité')}
  <h2>Contact</h2><p>Direction de la communication (exemple), 1 rue de l’Exemple, 75000 Paris.</p></section>
  </body></html>`;
  await show(page, html, 794, 1123);
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
  });

  const file = 'rapport-accessible.pdf';
  const { PDFDocument, PDFName } = pdfLib;
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  const catalog = doc.catalog;
  const missing = ['MarkInfo', 'StructTreeRoot', 'Lang'].filter((key) => !catalog.has(PDFName.of(key)));
  if (missing.length > 0) throw new Error(`${file}: Chromium's tagged PDF lacks ${missing.join(', ')}`);
  if (doc.getPageCount() !== 3) throw new Error(`${file}: ${doc.getPageCount()} pages printed, 3 expected`);
  // Chromium writes the Info title and DisplayDocTitle, set again here; PDF/UA also asks for the title in XMP.
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (!catalog.has(PDFName.of('Metadata'))) {
    const xmp = new TextEncoder().encode(xmpPacket({ title, language: 'fr' }));
    const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
    catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  }
  renumberNodeIds(doc);
  doc.setCreator('charte, scripts/samples/assets.ts (Chromium)');
  doc.setProducer('Chromium, pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return {
    file,
    bytes,
    summary:
      'PDF, 3 pages, tagged (structure tree, /Lang fr), title in XMP shown in the title bar, Marianne embedded, a figure with alt text, bloc-marque top-left',
  };
}

/** 7. A one-page note made without any care for accessibility or the charter. */
async function badNote(): Promise<Sample> {
  const { PDFDocument, StandardFonts, rgb: pdfRgb } = pdfLib;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [r, g, b] = rgb('#ff9900').map((v) => v / 255) as [number, number, number];
  page.drawRectangle({ x: 0, y: 761.89, width: 595.28, height: 80, color: pdfRgb(r, g, b) });
  page.drawText("NOTE D'INFORMATION", { x: 56, y: 790, size: 26, font: bold, color: pdfRgb(1, 1, 1) });
  page.drawText('Objet : fermeture exceptionnelle des guichets', { x: 56, y: 700, size: 15, font: bold });
  const body = [
    'Les guichets seront fermés le lundi 6 octobre en raison de travaux.',
    'Les démarches restent possibles en ligne et par téléphone.',
    'Merci de votre compréhension.',
  ];
  body.forEach((line, i) => {
    page.drawText(line, { x: 56, y: 660 - i * 20, size: 12, font: regular, color: pdfRgb(0.2, 0.2, 0.2) });
  });
  const bytes = await doc.save({ useObjectStreams: false });
  return {
    file: 'note-non-accessible.pdf',
    bytes,
    summary: 'PDF, 1 page, Helvetica not embedded, untagged, no /Lang, no title, off-palette orange, no bloc-marque',
  };
}

/** 8. A scanned page: one image and no text. */
async function scan(): Promise<Sample> {
  const ppi = 150;
  const width = Math.round((210 / 25.4) * ppi);
  const height = Math.round((297 / 25.4) * ppi);
  const r = random(7);
  const words: string[] = [];
  // Four paragraphs of six lines of "words", the last line of each shorter.
  for (let paragraph = 0; paragraph < 4; paragraph++) {
    for (let line = 0; line < 6; line++) {
      const y = 330 + paragraph * 240 + line * 34;
      const end = line === 5 ? 500 + r() * 400 : 1090;
      for (let x = 150; x < end; ) {
        const w = Math.min(30 + r() * 110, end - x);
        words.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="14" rx="3"/>`);
        x += w + 14;
      }
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="#f2efe8"/>
  <g transform="rotate(0.7 ${width / 2} ${height / 2})" fill="#3a3a3a">
  <rect x="150" y="150" width="380" height="22" rx="4"/><rect x="150" y="190" width="260" height="16" rx="4"/>
  <rect x="760" y="230" width="330" height="16" rx="4"/>${words.join('')}
  <path d="M780 1420 q40 -70 80 0 t80 0 t80 -20" fill="none" stroke="#3a3a3a" stroke-width="5"/>
  <circle cx="960" cy="1400" r="80" fill="none" stroke="#5a5a7a" stroke-width="6"/>
  </g></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .blur(0.7)
    .raw()
    .toBuffer({ resolveWithObject: true });
  addGrain(data, 24, 8);
  const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .toColourspace('b-w')
    .jpeg({ quality: 75 })
    .toBuffer();

  const { PDFDocument } = pdfLib;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  const page = doc.addPage([595.28, 841.89]);
  const image = await doc.embedJpg(jpeg);
  page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  const bytes = await doc.save({ useObjectStreams: false });
  return {
    file: 'scan.pdf',
    bytes,
    summary: `PDF, 1 page that is only an image (${width}×${height} px greyscale, ${ppi} ppi), no text`,
  };
}

/** Makes every sample into `outDir` and returns them, in order; prints one line a file when `log` is given. */
export async function makeSamples(outDir: string, log?: (line: string) => void): Promise<Sample[]> {
  mkdirSync(outDir, { recursive: true });
  const samples: Sample[] = [];
  const write = (sample: Sample) => {
    writeFileSync(path.join(outDir, sample.file), sample.bytes);
    samples.push(sample);
    const kB = (sample.bytes.length / 1024).toFixed(0).padStart(5);
    log?.(
      `${path.join(path.relative(process.cwd(), outDir) || '.', sample.file).padEnd(48)} ${kB} kB  ${sample.summary}`,
    );
  };
  const browser = await launchChromium(findChromium());
  try {
    // One page for every drawing; it may load nothing from outside (the fonts are inlined).
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    write(await poster(page));
    write(await socialVisual(page));
    write(await photo(page));
    write(await pictogram());
    write(badLogo());
    write(await report(page));
  } finally {
    await browser.close();
  }
  write(await badNote());
  write(await scan());
  return samples;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'examples/assets');
  try {
    await makeSamples(outDir, (line) => console.log(line));
  } catch (error) {
    console.error(`samples: ${(error as Error).message}`);
    process.exit(1);
  }
}
