import type { Fixture } from '../../../test/types.ts';

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
  tools?: boolean;
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
  const tools =
    o.tools || o.search
      ? `<div class="fr-header__tools">${o.tools ? `<div class="fr-header__tools-links"><ul class="fr-btns-group">${TOOLS.map((t) => `<li><a href="#" class="fr-btn">${t}</a></li>`).join('')}</ul></div>` : ''}${o.search ? `<div class="fr-header__search fr-modal" id="d-search"><div class="fr-container fr-container-lg--fluid"><button aria-controls="d-search" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button>${searchBar('search-d')}</div></div>` : ''}</div>`
      : '';
  const menu = withMenu
    ? `<div class="fr-header__menu fr-modal${o.menuOpened ? ' fr-modal--opened' : ''}" id="d-menu"><div class="fr-container"><button aria-controls="d-menu" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button><div class="fr-header__menu-links"></div>${o.nav ?? ''}</div></div>`
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
];
