import type { Fixture } from '../../../test/types.ts';

const DESC =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et.';
const LOGO = (w: number, h: number, fill = 'e3e3fd') =>
  `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='${w}' height='${h}'%3E%3Crect width='${w}' height='${h}' fill='%23${fill}'/%3E%3C/svg%3E`;
const SITES = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];
const LICENCE = 'https://github.com/etalab/licence-ouverte/blob/master/LO.md';

interface Texts {
  home: string;
  newWindow: string;
  a11y: string;
  legal: string;
  privacy: string;
  licence: string;
  licenceLink: string;
  partners: string;
}
const fr: Texts = {
  home: 'Retour à l’accueil du site - République Française',
  newWindow: 'nouvelle fenêtre',
  a11y: 'Accessibilité : partiellement conforme',
  legal: 'Mentions légales',
  privacy: 'Données personnelles et gestion des cookies',
  licence: 'Sauf mention contraire, tous les contenus de ce site sont sous',
  licenceLink: 'licence etalab-2.0',
  partners: 'Nos partenaires',
};
const en: Texts = {
  home: 'Back to the home page - République Française',
  newWindow: 'new window',
  a11y: 'Accessibility: partially compliant',
  legal: 'Legal notice',
  privacy: 'Personal data and cookies',
  licence: 'Unless otherwise stated, all content on this site is under',
  licenceLink: 'etalab-2.0 licence',
  partners: 'Our partners',
};

interface DsfrFooter {
  t?: Texts;
  top?: boolean;
  operator?: boolean;
  partners?: boolean;
  extra?: string[];
}

/** DSFR's footer markup (example/component/footer) with the given parts. */
const COLUMNS = ['Catégorie 1', 'Catégorie 2', 'Catégorie 3'];
const COLUMN_LINKS = ['Lien de navigation 1', 'Lien de navigation 2', 'Lien de navigation 3'];

function dsfrFooter({ t = fr, operator, partners, extra = [], top }: DsfrFooter): string {
  const logo = '<p class="fr-logo">République<br>Française</p>';
  const brand = operator
    ? `<div class="fr-footer__brand fr-enlarge-link">${logo}<a class="fr-footer__brand-link" href="/" title="Retour à l’accueil du site - Opérateur - République Française"><img class="fr-footer__logo" style="max-width:10rem;" src="${LOGO(160, 90)}" alt="Opérateur"></a></div>`
    : `<div class="fr-footer__brand fr-enlarge-link"><a title="${t.home}" href="/">${logo}</a></div>`;
  const content = `<div class="fr-footer__content"><p class="fr-footer__content-desc">${DESC}</p><ul class="fr-footer__content-list">${SITES.map((s) => `<li class="fr-footer__content-item"><a title="${s} - ${t.newWindow}" href="https://${s}" target="_blank" rel="noopener external" class="fr-footer__content-link">${s}</a></li>`).join('')}</ul></div>`;
  const partnersBlock = partners
    ? `<div class="fr-footer__partners"><h2 class="fr-footer__partners-title">${t.partners}</h2><div class="fr-footer__partners-logos"><div class="fr-footer__partners-main"><a class="fr-footer__partners-link" href="#"><img class="fr-footer__logo" style="height: 5.625rem" src="${LOGO(160, 90)}" alt="Partenaire principal"></a></div><div class="fr-footer__partners-sub"><ul><li><a class="fr-footer__partners-link" href="#"><img class="fr-footer__logo" style="height: 5.625rem" src="${LOGO(90, 90, 'fee9e9')}" alt="Partenaire 1"></a></li><li><a class="fr-footer__partners-link" href="#"><img class="fr-footer__logo" style="height: 5.625rem" src="${LOGO(60, 90, 'c3fad5')}" alt="Partenaire 2"></a></li></ul></div></div></div>`
    : '';
  const items = [...extra, t.a11y, t.legal, t.privacy]
    .map((label) => `<li class="fr-footer__bottom-item"><a href="#" class="fr-footer__bottom-link">${label}</a></li>`)
    .join('\n');
  const bottom = `<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">\n${items}\n</ul><div class="fr-footer__bottom-copy"><p>${t.licence} <a href="${LICENCE}" target="_blank" rel="noopener external" title="${t.licenceLink} - ${t.newWindow}">${t.licenceLink}</a></p></div></div>`;
  const topBlock = top
    ? `<div class="fr-footer__top"><div class="fr-container"><div class="fr-grid-row fr-grid-row--start fr-grid-row--gutters">${COLUMNS.map((c) => `<div class="fr-col-12 fr-col-sm-3 fr-col-md-2"><h2 class="fr-footer__top-cat">${c}</h2><ul class="fr-footer__top-list">${COLUMN_LINKS.map((l) => `<li><a href="#" class="fr-footer__top-link">${l}</a></li>`).join('')}</ul></div>`).join('')}</div></div></div>`
    : '';
  return `<footer class="fr-footer" role="contentinfo">${topBlock}<div class="fr-container"><div class="fr-footer__body">${brand}${content}</div>${partnersBlock}${bottom}</div></footer>`;
}

const legal = 'accessibility="partial" accessibility-href="#" legal-href="#" privacy-href="#"';
const base = (extra = '', children = '') =>
  `<charte-footer description="${DESC}" ${legal}${extra}>${children}</charte-footer>`;

const compare = [
  ['charte-footer >>> footer', '.fr-footer'],
  ['charte-footer >>> charte-bloc-marque >>> .logo', '.fr-logo'],
  ['charte-footer >>> .content-desc', '.fr-footer__content-desc'],
  ['charte-footer >>> .content-link', '.fr-footer__content-link'],
  ['charte-footer >>> .bottom-link', '.fr-footer__bottom-link'],
  ['charte-footer >>> .bottom-copy', '.fr-footer__bottom-copy'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'footer/default',
    html: base(),
    dsfr: dsfrFooter({}),
    compare,
  },
  {
    id: 'footer/description-slot',
    html: `<charte-footer ${legal}><span slot="description">${DESC}</span></charte-footer>`,
    dsfr: dsfrFooter({}),
    compare,
  },
  {
    id: 'footer/operator',
    html: base(
      '',
      `<a slot="operator" href="/" title="Retour à l’accueil du site - Opérateur - République Française"><img style="max-width:10rem;" src="${LOGO(160, 90)}" alt="Opérateur"></a>`,
    ),
    dsfr: dsfrFooter({ operator: true }),
    compare: [...compare, ['charte-footer > a img', '.fr-footer__brand-link img']],
  },
  {
    id: 'footer/partners',
    html: base(
      '',
      `<a slot="partners" href="#"><img style="height: 5.625rem" src="${LOGO(160, 90)}" alt="Partenaire principal"></a><a slot="partners-sub" href="#"><img style="height: 5.625rem" src="${LOGO(90, 90, 'fee9e9')}" alt="Partenaire 1"></a><a slot="partners-sub" href="#"><img style="height: 5.625rem" src="${LOGO(60, 90, 'c3fad5')}" alt="Partenaire 2"></a>`,
    ),
    dsfr: dsfrFooter({ partners: true }),
    compare: [
      ...compare,
      ['charte-footer >>> .partners', '.fr-footer__partners'],
      ['charte-footer >>> .partners-title', '.fr-footer__partners-title'],
    ],
  },
  {
    id: 'footer/extra-links',
    html: base('', '<a slot="links" href="#">Plan du site</a>'),
    dsfr: dsfrFooter({ extra: ['Plan du site'] }),
    compare: [...compare, ['charte-footer > a[slot=links]', '.fr-footer__bottom-link']],
  },
  {
    id: 'footer/navigation',
    html: base(
      '',
      COLUMNS.map(
        (c) =>
          `<charte-footer-column slot="top" heading="${c}">${COLUMN_LINKS.map((l) => `<a href="#">${l}</a>`).join('')}</charte-footer-column>`,
      ).join(''),
    ),
    dsfr: dsfrFooter({ top: true }),
    compare: [
      ...compare,
      ['charte-footer >>> .top', '.fr-footer__top'],
      ['charte-footer-column >>> h2', '.fr-footer__top-cat'],
    ],
  },
  {
    id: 'footer/english',
    html: `<div lang="en">${base()}</div>`,
    dsfr: `<div lang="en">${dsfrFooter({ t: en })}</div>`,
    compare: compare.map(([ours, dsfr]) => [`div > ${ours}`, dsfr] as const),
  },
];
