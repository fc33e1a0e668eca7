import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';
import type { CharteHeader } from './header.ts';
// The optional elements are loaded on the pages that use them.
import './define-mega-menu.ts';
import './define-translate.ts';

const SERVICE = 'Nom du site / service';
const TAGLINE = 'baseline - précisions sur l‘organisation';
const TITLE = `Accueil - ${SERVICE} - République Française`;
const OPERATOR = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='90'%3E%3Crect width='160' height='90' fill='%23e3e3fd'/%3E%3C/svg%3E`;
const TOOLS = ['Contact', 'Espace recruteur', 'Espace particulier'];
const LINKS = ['Accueil', 'Démarches', 'Actualités', 'Contact'];
const MENU = ['Lien de navigation 1', 'Lien de navigation 2', 'Lien de navigation 3'];

/** The same search markup on both sides: the slot takes the page's own search (DSFR's search bar here). */
const searchBar = (id: string) =>
  `<div class="fr-search-bar" id="${id}" role="search"><label class="fr-label" for="${id}-input">Rechercher</label><input class="fr-input" placeholder="Rechercher" id="${id}-input" type="search"><button title="Rechercher" type="submit" class="fr-btn">Rechercher</button></div>`;

const dsfrLogo = '<p class="fr-logo">République<br>Française</p>';

interface DsfrHeader {
  service?: boolean;
  tagline?: boolean;
  operator?: boolean;
  /** The quick-access links: DSFR's example's (true) or this markup. */
  tools?: boolean | string;
  /** What DSFR's script copies into the mobile menu: the quick-access links. */
  menuLinks?: string;
  search?: boolean;
  nav?: string;
  menuOpened?: boolean;
}

/** DSFR's header markup (example/component/header), without its JavaScript. */
function dsfrHeader(o: DsfrHeader): string {
  const withMenu = o.tools || o.nav;
  const logo =
    o.service || o.operator ? dsfrLogo : `<a href="/" title="Accueil - République Française">${dsfrLogo}</a>`;
  const navbar =
    o.search || withMenu
      ? `<div class="fr-header__navbar">${o.search ? '<button aria-controls="d-search" title="Rechercher" type="button" class="fr-btn--search fr-btn">Rechercher</button>' : ''}${withMenu ? '<button aria-controls="d-menu" title="Menu" type="button" class="fr-btn--menu fr-btn">Menu</button>' : ''}</div>`
      : '';
  const service = o.service
    ? `<div class="fr-header__service"><a href="/" title="${TITLE}"><p class="fr-header__service-title">${SERVICE}</p></a>${o.tagline ? `<p class="fr-header__service-tagline">${TAGLINE}</p>` : ''}</div>`
    : '';
  const operator = o.operator
    ? `<div class="fr-header__operator"><img style="max-width:8rem;" src="${OPERATOR}" alt="Opérateur"></div>`
    : '';
  const toolsLinks =
    typeof o.tools === 'string'
      ? o.tools
      : `<ul class="fr-btns-group">${TOOLS.map((t) => `<li><a href="#" class="fr-btn">${t}</a></li>`).join('')}</ul>`;
  const tools =
    o.tools || o.search
      ? `<div class="fr-header__tools">${o.tools ? `<div class="fr-header__tools-links">${toolsLinks}</div>` : ''}${o.search ? `<div class="fr-header__search fr-modal" id="d-search"><div class="fr-container fr-container-lg--fluid"><button aria-controls="d-search" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button>${searchBar('search-d')}</div></div>` : ''}</div>`
      : '';
  const menu = withMenu
    ? `<div class="fr-header__menu fr-modal${o.menuOpened ? ' fr-modal--opened' : ''}" id="d-menu"><div class="fr-container"><button aria-controls="d-menu" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button><div class="fr-header__menu-links">${o.menuLinks ?? ''}</div>${o.nav ?? ''}</div></div>`
    : '';
  return `<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo">${logo}</div>${operator}${navbar}</div>${service}</div>${tools}</div></div></div>${menu}</header>`;
}

const dsfrNav = (openFirst = false) =>
  `<nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list"><li class="fr-nav__item"><a href="#" class="fr-nav__link" aria-current="page">${LINKS[0]}</a></li><li class="fr-nav__item"><button aria-expanded="${openFirst}" aria-controls="d-collapse" type="button" class="fr-nav__btn">Entrée menu</button><div class="fr-collapse fr-menu${openFirst ? ' fr-collapse--expanded' : ''}" id="d-collapse"><ul class="fr-menu__list">${MENU.map((l) => `<li><a href="#" class="fr-nav__link">${l}</a></li>`).join('')}</ul></div></li><li class="fr-nav__item"><a href="#" class="fr-nav__link">${LINKS[2]}</a></li><li class="fr-nav__item"><a href="#" class="fr-nav__link">${LINKS[3]}</a></li></ul></nav>`;

const ourNav = (open = false) =>
  `<charte-header-nav slot="navigation"><a href="#" aria-current="page">${LINKS[0]}</a><charte-header-menu label="Entrée menu"${open ? ' open' : ''}>${MENU.map((l) => `<a href="#">${l}</a>`).join('')}</charte-header-menu><a href="#">${LINKS[2]}</a><a href="#">${LINKS[3]}</a></charte-header-nav>`;

const ourTools = TOOLS.map((t) => `<a slot="tools" href="#">${t}</a>`).join('');

const service = `service-name="${SERVICE}"`;
const tagline = `service-tagline="${TAGLINE}"`;

const headerPair = ['charte-header >>> header', '.fr-header'] as const;
const logoPair = ['charte-header >>> charte-bloc-marque >>> .logo', '.fr-logo'] as const;
const serviceTitlePair = ['charte-header >>> .service-title', '.fr-header__service-title'] as const;
const taglinePair = ['charte-header >>> .service-tagline', '.fr-header__service-tagline'] as const;

/** Opens our header's mobile menu (DSFR's side is written opened). */
const openMenu = async ({ ours }: { ours: HTMLElement }) => {
  await ours.querySelector<CharteHeader>('charte-header')!.show('menu');
};

/** Quick-access links with icons, as DSFR's example (team, briefcase, account) and with any DSFR icon. */
const ICON_TOOLS = [
  ['Contact', 'team-line', 'fr-btn--team'],
  ['Espace recruteur', 'briefcase-fill', 'fr-btn--briefcase'],
  ['Espace particulier', 'account-circle-fill', 'fr-btn--account'],
] as const;
const ourIconTools = ICON_TOOLS.map(
  ([label, icon], i) => `<a slot="tools" href="#" data-icon="${icon}"${i === 2 ? ' data-outline' : ''}>${label}</a>`,
).join('');
const dsfrIconTools = `<ul class="fr-btns-group">${ICON_TOOLS.map(([label, , cls]) => `<li><a href="#" class="${cls} fr-btn">${label}</a></li>`).join('')}</ul>`;
const GENERIC_TOOLS = [
  ['Créer un espace', 'add-circle-line'],
  ['Se connecter', 'lock-line'],
] as const;
const ourGenericTools = GENERIC_TOOLS.map(
  ([label, icon]) => `<a slot="tools" href="#" data-icon="${icon}">${label}</a>`,
).join('');
const dsfrGenericTools = `<ul class="fr-btns-group">${GENERIC_TOOLS.map(([label, icon]) => `<li><a href="#" class="fr-icon-${icon} fr-btn">${label}</a></li>`).join('')}</ul>`;

/** A mega-menu entry, open, between two links: DSFR's example (editorial part, four categories). */
const CATEGORIES = 4;
const megaLinks = (c: number) => [1, 2, 3, 4].map((n) => `Lien de navigation ${c}.${n}`);
const LEADER = { heading: 'Titre éditorialisé', description: 'Lorem ipsum dolor sit amet, consectetur' };
const ourMegaNav = `<charte-header-nav slot="navigation"><a href="#" aria-current="page">${LINKS[0]}</a><charte-header-mega-menu label="Entrée mega menu" heading="${LEADER.heading}" description="${LEADER.description}" href="#" open>${Array.from(
  { length: CATEGORIES },
  (_, c) =>
    `<charte-header-mega-menu-category label="Nom de catégorie" href="#">${megaLinks(c)
      .map((l, n) => `<a href="#"${c === 2 && n === 2 ? ' aria-current="page"' : ''}>${l}</a>`)
      .join('')}</charte-header-mega-menu-category>`,
).join('')}</charte-header-mega-menu><a href="#">${LINKS[2]}</a></charte-header-nav>`;
const dsfrMegaNav = `<nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list"><li class="fr-nav__item"><a href="#" class="fr-nav__link" aria-current="page">${LINKS[0]}</a></li><li class="fr-nav__item"><button aria-expanded="true" aria-controls="d-mega" type="button" class="fr-nav__btn">Entrée mega menu</button><div class="fr-collapse fr-mega-menu fr-collapse--expanded" id="d-mega"><div class="fr-container fr-container--fluid fr-container-lg"><div class="fr-grid-row fr-grid-row-lg--gutters"><div class="fr-col-12 fr-mb-n3v"><button aria-controls="d-mega" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button></div><div class="fr-col-12 fr-col-lg-8 fr-col-offset-lg-4--right"><div class="fr-mega-menu__leader"><h4 class="fr-h4 fr-mb-2v">${LEADER.heading}</h4><p>${LEADER.description}</p><a href="#" class="fr-link fr-icon-arrow-right-line fr-link--icon-right">Voir toute la rubrique</a></div></div>${Array.from(
  { length: CATEGORIES },
  (_, c) =>
    `<div class="fr-col-12 fr-col-lg-3"><h5 class="fr-mega-menu__category"><a href="#" class="fr-nav__link">Nom de catégorie</a></h5><ul class="fr-mega-menu__list">${megaLinks(
      c,
    )
      .map(
        (l, n) =>
          `<li><a href="#" class="fr-nav__link"${c === 2 && n === 2 ? ' aria-current="page"' : ''}>${l}</a></li>`,
      )
      .join('')}</ul></div>`,
).join(
  '',
)}</div></div></div></li><li class="fr-nav__item"><a href="#" class="fr-nav__link">${LINKS[2]}</a></li></ul></nav>`;

/** The language selector: DSFR's example's languages. */
const LANGUAGES = [
  ['fr', 'FR - Français'],
  ['en', 'EN - English'],
  ['es', 'ES - Español'],
  ['de', 'DE - Deutsch'],
] as const;
const ourTranslate = (attrs = '') =>
  `<charte-translate${attrs}>${LANGUAGES.map(([code, label]) => `<a href="/${code}/" hreflang="${code}" lang="${code}"${code === 'fr' ? ' aria-current="true"' : ''}>${label}</a>`).join('')}</charte-translate>`;
const dsfrTranslate = (o: { title?: boolean; open?: boolean; noOutline?: boolean; header?: boolean }) =>
  `<div class="fr-translate fr-nav"><div class="fr-nav__item"><button aria-controls="d-translate" aria-expanded="${!!o.open}"${o.title ? ' title="Sélectionner une langue"' : ''} type="button" class="fr-translate__btn fr-btn${o.header ? '' : o.noOutline ? ' fr-btn--tertiary-no-outline' : ' fr-btn--tertiary'}">FR<span class="fr-hidden-lg">&nbsp;- Français</span></button><div class="fr-collapse fr-translate__menu fr-menu${o.open ? ' fr-collapse--expanded' : ''}" id="d-translate"><ul class="fr-menu__list">${LANGUAGES.map(([code, label]) => `<li><a class="fr-translate__language fr-nav__link" hreflang="${code}" lang="${code}" href="/${code}/"${code === 'fr' ? ' aria-current="true"' : ''}>${label}</a></li>`).join('')}</ul></div></div></div>`;
const dsfrTranslateTools = `<ul class="fr-btns-group">${TOOLS.slice(0, 2)
  .map((t) => `<li><a href="#" class="fr-btn">${t}</a></li>`)
  .join('')}</ul>${dsfrTranslate({ header: true })}`;

export const fixtures: Fixture[] = [
  {
    id: 'header/minimal',
    html: '<charte-header></charte-header>',
    dsfr: dsfrHeader({}),
    compare: [headerPair, logoPair],
  },
  {
    id: 'header/service',
    html: `<charte-header ${service} ${tagline}></charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true }),
    compare: [headerPair, logoPair, serviceTitlePair, taglinePair],
  },
  {
    id: 'header/operator',
    html: `<charte-header ${service} ${tagline}><img slot="operator" style="max-width:8rem;" src="${OPERATOR}" alt="Opérateur"></charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true, operator: true }),
    compare: [headerPair, logoPair, serviceTitlePair, ['charte-header > img', '.fr-header__operator img']],
  },
  {
    id: 'header/tools',
    html: `<charte-header ${service} ${tagline}>${ourTools}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true, tools: true }),
    compare: [headerPair, ['charte-header >>> .navbar-btn.menu', '.fr-header__navbar .fr-btn--menu'], serviceTitlePair],
    widths: [375],
  },
  {
    id: 'header/tools-desktop',
    html: `<charte-header ${service} ${tagline}>${ourTools}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true, tools: true }),
    compare: [headerPair, ['charte-header > a', '.fr-header__tools-links .fr-btn'], serviceTitlePair],
    widths: [1280],
  },
  {
    id: 'header/search',
    html: `<charte-header ${service}><div slot="search">${searchBar('search-o')}</div></charte-header>`,
    dsfr: dsfrHeader({ service: true, search: true }),
    compare: [headerPair, serviceTitlePair],
  },
  {
    id: 'header/navigation',
    html: `<charte-header ${service} ${tagline}>${ourTools}<div slot="search">${searchBar('search-o')}</div>${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true, tools: true, search: true, nav: dsfrNav() }),
    compare: [headerPair, serviceTitlePair],
  },
  {
    id: 'header/navigation-items',
    html: `<charte-header ${service}>${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({ service: true, nav: dsfrNav() }),
    compare: [
      ['charte-header >>> .nav-area', '.fr-header__menu'],
      ['charte-header-nav > a', '.fr-nav__link'],
      ['charte-header-nav > a:nth-of-type(2)', '.fr-nav__item:nth-child(3) .fr-nav__link'],
      ['charte-header-menu >>> button', '.fr-nav__btn'],
    ],
    widths: [1280],
  },
  {
    id: 'header/menu-open',
    html: `<charte-header ${service}>${ourNav(true)}</charte-header>`,
    dsfr: dsfrHeader({ service: true, nav: dsfrNav(true) }),
    compare: [
      ['charte-header-menu >>> .list', '.fr-menu__list'],
      ['charte-header-menu >>> button', '.fr-nav__btn'],
      ['charte-header-menu > a', '.fr-menu .fr-nav__link'],
    ],
    widths: [1280],
  },
  {
    id: 'header/mobile-menu-open',
    html: `<charte-header ${service}>${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({ service: true, nav: dsfrNav(), menuOpened: true }),
    compare: [
      ['charte-header >>> dialog', '.fr-header__menu'],
      ['charte-header >>> .close', '.fr-header__menu .fr-btn--close'],
      ['charte-header-nav > a', '.fr-nav__link'],
      ['charte-header-menu >>> button', '.fr-nav__btn'],
    ],
    prepare: async ({ ours }) => {
      const header = ours.querySelector('charte-header')!;
      await header.show('menu');
    },
    widths: [375],
  },

  {
    id: 'header/tools-icons',
    html: `<charte-header ${service} ${tagline}>${ourIconTools}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tagline: true, tools: dsfrIconTools }),
    compare: [
      headerPair,
      ['charte-header > a', '.fr-header__tools-links .fr-btn'],
      ['charte-header > a:nth-of-type(3)', '.fr-header__tools-links li:nth-child(3) .fr-btn'],
    ],
    widths: [1280],
  },
  {
    id: 'header/tools-icons-generic',
    html: `<charte-header ${service}>${ourGenericTools}</charte-header>`,
    dsfr: `${dsfrIconStyle('add-circle-line', 'lock-line')}${dsfrHeader({ service: true, tools: dsfrGenericTools })}`,
    compare: [headerPair, ['charte-header > a', '.fr-header__tools-links .fr-btn']],
    widths: [1280],
  },
  {
    id: 'header/tools-icons-menu',
    html: `<charte-header ${service}>${ourIconTools}${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({
      service: true,
      tools: dsfrIconTools,
      menuLinks: dsfrIconTools,
      nav: dsfrNav(),
      menuOpened: true,
    }),
    compare: [
      ['charte-header >>> dialog', '.fr-header__menu'],
      ['charte-header > a', '.fr-header__menu-links .fr-btn'],
      ['charte-header > a:nth-of-type(3)', '.fr-header__menu-links li:nth-child(3) .fr-btn'],
    ],
    prepare: openMenu,
    widths: [375],
  },
  {
    id: 'header/mega-menu',
    html: `<charte-header ${service}>${ourMegaNav}</charte-header>`,
    dsfr: `${dsfrIconStyle('arrow-right-line')}${dsfrHeader({ service: true, nav: dsfrMegaNav })}`,
    compare: [
      ['charte-header-mega-menu >>> .mega', '.fr-mega-menu'],
      ['charte-header-mega-menu >>> button', '.fr-nav__btn'],
      ['charte-header-mega-menu >>> .heading', '.fr-mega-menu__leader h4'],
      ['charte-header-mega-menu >>> .leader p', '.fr-mega-menu__leader p'],
      ['charte-header-mega-menu >>> .more', '.fr-mega-menu__leader .fr-link'],
      ['charte-header-mega-menu >>> .close', '.fr-mega-menu .fr-btn--close'],
      ['charte-header-mega-menu-category >>> .link', '.fr-mega-menu__category .fr-nav__link'],
      ['charte-header-mega-menu-category > a', '.fr-mega-menu__list .fr-nav__link'],
    ],
    widths: [1280],
  },
  {
    id: 'header/mega-menu-mobile',
    html: `<charte-header ${service}>${ourMegaNav}</charte-header>`,
    dsfr: `${dsfrIconStyle('arrow-right-line')}${dsfrHeader({ service: true, nav: dsfrMegaNav, menuOpened: true })}`,
    compare: [
      ['charte-header >>> dialog', '.fr-header__menu'],
      ['charte-header-mega-menu >>> .mega', '.fr-mega-menu'],
      ['charte-header-mega-menu >>> button', '.fr-nav__btn'],
      ['charte-header-mega-menu >>> .heading', '.fr-mega-menu__leader h4'],
      ['charte-header-mega-menu >>> .more', '.fr-mega-menu__leader .fr-link'],
      ['charte-header-mega-menu-category >>> .link', '.fr-mega-menu__category .fr-nav__link'],
      ['charte-header-mega-menu-category > a', '.fr-mega-menu__list .fr-nav__link'],
    ],
    prepare: openMenu,
    widths: [375],
  },
  {
    id: 'header/translate',
    html: ourTranslate(),
    dsfr: dsfrTranslate({ title: true }),
    compare: [
      ['charte-translate >>> button', '.fr-translate__btn'],
      ['charte-translate', '.fr-translate'],
    ],
  },
  {
    id: 'header/translate-open',
    // Room for the list, which drops from lg: the screenshot takes the box around the selector.
    html: `<div style="height:14rem">${ourTranslate(' open')}</div>`,
    dsfr: `<div style="height:14rem">${dsfrTranslate({ title: true, open: true })}</div>`,
    compare: [
      ['div', 'div'],
      ['charte-translate', '.fr-translate'],
      ['charte-translate >>> button', '.fr-translate__btn'],
      ['charte-translate >>> .list', '.fr-menu__list'],
      ['charte-translate > a:nth-of-type(2)', '.fr-menu__list li:nth-child(2) a'],
    ],
  },
  {
    id: 'header/translate-no-outline',
    html: ourTranslate(' no-outline'),
    dsfr: dsfrTranslate({ title: true, noOutline: true }),
    compare: [['charte-translate >>> button', '.fr-translate__btn']],
    widths: [1280],
  },
  {
    id: 'header/translate-tools',
    html: `<charte-header ${service}>${ourTools.split('</a>').slice(0, 2).join('</a>')}</a>${ourTranslate(' slot="tools"')}${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tools: dsfrTranslateTools, nav: dsfrNav() }),
    compare: [
      headerPair,
      ['charte-translate >>> button', '.fr-translate__btn'],
      ['charte-header > a', '.fr-header__tools-links .fr-btn'],
    ],
    widths: [1280],
  },
  {
    id: 'header/translate-alone',
    html: `<charte-header ${service}>${ourTranslate(' slot="tools"')}</charte-header>`,
    dsfr: dsfrHeader({ service: true, tools: dsfrTranslate({ header: true }) }),
    compare: [headerPair, ['charte-translate >>> button', '.fr-translate__btn']],
    widths: [1280],
  },
  {
    id: 'header/translate-menu',
    html: `<charte-header ${service}>${ourTools.split('</a>').slice(0, 2).join('</a>')}</a>${ourTranslate(' slot="tools" open')}${ourNav()}</charte-header>`,
    dsfr: dsfrHeader({
      service: true,
      tools: dsfrTranslateTools,
      menuLinks: dsfrTranslateTools
        .replace('aria-expanded="false"', 'aria-expanded="true"')
        .replace('fr-translate__menu fr-menu', 'fr-translate__menu fr-menu fr-collapse--expanded'),
      nav: dsfrNav(),
      menuOpened: true,
    }),
    compare: [
      ['charte-header >>> dialog', '.fr-header__menu'],
      ['charte-translate >>> button', '.fr-header__menu-links .fr-translate__btn'],
      ['charte-translate > a:nth-of-type(2)', '.fr-header__menu-links .fr-menu__list li:nth-child(2) a'],
      ['charte-header > a', '.fr-header__menu-links .fr-btn'],
    ],
    prepare: openMenu,
    widths: [375],
  },
];
