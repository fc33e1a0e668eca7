/** A realistic report for the reporter tests: a page with findings, a local file without, a target that failed. */
import { crc32, deflateSync } from 'node:zlib';
import { type Report, type RuleMeta, summarise, type TargetResult } from '../../src/model/index.ts';

/** A valid RGB PNG of the given size (a gradient), base64. */
export function png(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([x * 4, y * 5, 145], y * (1 + width * 3) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}

export const SCREENSHOT = png(64, 48);
export const PAGE = 'https://www.example.gouv.fr/';
export const LOCAL = 'site/index.html';
export const MISSING = 'https://www.example.gouv.fr/missing';

export const RULES: RuleMeta[] = [
  {
    id: 'brand/bloc-marque',
    title: { fr: 'Bloc-marque de l’État', en: 'State bloc-marque' },
    help: { fr: 'L’en-tête porte le bloc-marque.', en: 'The header carries the bloc-marque.' },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [
      { type: 'charter', id: 'bloc-marque', title: 'Le bloc-marque', url: 'https://www.info.gouv.fr/marque-de-l-etat' },
    ],
  },
  {
    id: 'brand/palette',
    title: { fr: 'Couleurs de la palette', en: 'Palette colours' },
    help: { fr: 'Les couleurs sont celles de la palette.', en: 'Colours come from the State palette.' },
    defaultSeverity: 'warn',
    kinds: ['page', 'svg', 'image'],
    references: [{ type: 'dsfr', id: 'couleurs', url: 'https://www.systeme-de-design.gouv.fr/fondamentaux/couleurs' }],
  },
  {
    id: 'rgaa/3.2',
    title: { fr: 'Contraste du texte', en: 'Text contrast' },
    help: {
      fr: 'Le contraste entre le texte et son fond est suffisant.',
      en: 'Text has enough contrast with its background.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [
      {
        type: 'rgaa',
        id: '3.2',
        title: 'Contraste',
        url: 'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#3.2',
      },
      {
        type: 'wcag',
        id: '1.4.3',
        title: 'Contrast (Minimum)',
        url: 'https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html',
      },
    ],
  },
  {
    id: 'rgaa/8.3',
    title: { fr: 'Langue de la page', en: 'Page language' },
    help: { fr: 'La langue par défaut est indiquée.', en: 'The default language is given.' },
    defaultSeverity: 'warn',
    kinds: ['page'],
    references: [{ type: 'rgaa', id: '8.3' }],
  },
  {
    id: 'axe/region',
    title: { fr: 'Contenu dans des régions', en: 'Content in landmarks' },
    help: { fr: 'Le contenu est dans des régions.', en: 'Content is inside landmarks.' },
    defaultSeverity: 'off',
    kinds: ['page'],
    references: [],
  },
  {
    id: 'brand/pdf-fonts',
    title: { fr: 'Polices du document', en: 'Document fonts' },
    help: { fr: 'Le document utilise Marianne.', en: 'The document uses Marianne.' },
    defaultSeverity: 'error',
    kinds: ['pdf'],
    references: [{ type: 'charter', id: 'typographie' }],
  },
];

/** A fresh report each call, so that a test may change it. */
export function fixtureReport(): Report {
  const results: TargetResult[] = [
    {
      target: { id: PAGE, url: PAGE, kind: 'page', origin: 'argument' },
      status: 'checked',
      title: 'Accueil | Example & Co',
      finalUrl: PAGE,
      screenshot: SCREENSHOT,
      durationMs: 1840,
      attempts: 1,
      findings: [
        {
          ruleId: 'brand/bloc-marque',
          severity: 'error',
          message: 'The header has no bloc-marque.',
          location: {
            selector: 'header.fr-header .fr-header__brand',
            snippet: '<div class="fr-header__brand"><a href="/">Accueil</a></div>',
            box: { x: 4, y: 2, width: 20, height: 10 },
          },
        },
        {
          ruleId: 'rgaa/3.2',
          severity: 'error',
          message: 'Text contrast is 2.85:1 (#8a8a8a on #ffffff), expected at least 4.5:1.',
          location: {
            selector: 'main > p.intro',
            snippet: '<p class="intro">Bienvenue</p>',
            box: { x: 10, y: 20, width: 30, height: 8 },
          },
          rgaa: ['3.2'],
          data: { ratio: 2.85, expected: 4.5, foreground: '#8a8a8a', background: '#ffffff' },
        },
        {
          ruleId: 'rgaa/3.2',
          severity: 'error',
          message: 'Text contrast is 3.1:1 (#767676 on #f6f6f6), expected at least 4.5:1.',
          location: { selector: 'footer a.fr-footer__link', box: { x: 0, y: 900, width: 120, height: 20 } },
          rgaa: ['3.2'],
          data: { ratio: 3.1, expected: 4.5 },
        },
        {
          ruleId: 'brand/palette',
          severity: 'warn',
          message: 'Colour #0063cb is not in the State palette (nearest blue-france-sun-113, ΔE 12.4).',
          location: { selector: '.hero' },
          data: { colour: '#0063cb', nearest: 'blue-france-sun-113', deltaE: 12.4 },
        },
      ],
    },
    {
      target: { id: LOCAL, url: 'http://127.0.0.1:4173/site/index.html', kind: 'page', origin: 'argument' },
      status: 'checked',
      title: 'Site local',
      screenshot: SCREENSHOT,
      durationMs: 620,
      attempts: 1,
      findings: [],
    },
    {
      target: { id: MISSING, url: MISSING, kind: 'page', origin: 'sitemap https://www.example.gouv.fr/sitemap.xml' },
      status: 'failed',
      error: { code: 'http-status', message: 'HTTP 404' },
      durationMs: 95,
      attempts: 1,
      findings: [],
    },
  ];
  return {
    version: 1,
    tool: { name: 'charte', version: '0.1.0' },
    charter: 'etat',
    startedAt: '2025-11-21T09:30:00.000Z',
    durationMs: 2710,
    rules: structuredClone(RULES),
    results,
    summary: summarise(results, 2),
  };
}

/** The result of a target in a report. */
export function resultOf(report: Report, id: string): TargetResult {
  const result = report.results.find((r) => r.target.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}
