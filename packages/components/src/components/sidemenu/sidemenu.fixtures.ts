import type { Fixture } from '../../../test/types.ts';

type Entry = { label: string; current?: boolean; items?: Entry[]; open?: boolean; disabled?: boolean };

const tree: Entry[] = [
  { label: 'Niveau 1', items: [{ label: 'Accès direct niveau 2' }, { label: 'Accès direct niveau 2' }] },
  {
    label: 'Entrée menu active',
    open: true,
    items: [
      { label: 'Accès direct niveau 2' },
      { label: 'Niveau 2', items: [{ label: 'Accès direct niveau 3' }] },
      {
        label: 'Entrée menu active',
        open: true,
        items: [
          { label: 'Accès direct niveau 3' },
          { label: 'Accès direct niveau 3', current: true },
          { label: 'Accès direct niveau 3' },
        ],
      },
      { label: 'Accès direct niveau 2' },
    ],
  },
  { label: 'Accès direct' },
  { label: 'Accès direct' },
];

/** Sections (buttons) by default; with `links`, entries holding others are open links (DSFR's "ouverte"). */
const ours = (entries: Entry[], links = false): string =>
  entries
    .map((e) =>
      e.items
        ? `<charte-sidemenu-item label="${e.label}"${links ? ' href="#"' : ''}${e.disabled ? ' disabled' : ''}>${ours(e.items, links)}</charte-sidemenu-item>`
        : `<charte-sidemenu-item href="#"${e.current ? ' current' : ''}${e.disabled ? ' disabled' : ''}>${e.label}</charte-sidemenu-item>`,
    )
    .join('');

let n = 0;
const dsfrList = (entries: Entry[], links = false): string =>
  `<ul class="fr-sidemenu__list">${entries
    .map((e) => {
      if (!e.items)
        return `<li class="fr-sidemenu__item"><a class="fr-sidemenu__link"${e.disabled ? '' : ' href="#"'}${e.current ? ' aria-current="page"' : ''}>${e.label}</a></li>`;
      if (links)
        return `<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="#"${e.open ? ' aria-current="true"' : ''}>${e.label}</a><div>${dsfrList(e.items, links)}</div></li>`;
      const id = `sm-${++n}`;
      return `<li class="fr-sidemenu__item"><button type="button" class="fr-sidemenu__btn"${e.open ? ' aria-current="true"' : ''} aria-expanded="${!!e.open}" aria-controls="${id}"${e.disabled ? ' disabled' : ''}>${e.label}</button><div class="fr-collapse${e.open ? ' fr-collapse--expanded' : ''}" id="${id}">${dsfrList(e.items)}</div></li>`;
    })
    .join('')}</ul>`;

const dsfr = (modifiers = '', expanded = false, entries = tree, links = false) => {
  const id = `sm-${++n}`;
  return `<nav class="fr-sidemenu${modifiers}" role="navigation" aria-labelledby="${id}-title"><div class="fr-sidemenu__inner"><button aria-expanded="${expanded}" aria-controls="${id}" type="button" class="fr-sidemenu__btn">Dans cette rubrique</button><div class="fr-collapse${expanded ? ' fr-collapse--expanded' : ''}" id="${id}"><p class="fr-sidemenu__title" id="${id}-title">Titre de rubrique</p>${dsfrList(entries, links)}</div></div></nav>`;
};

const html = (attrs = '', entries = tree, links = false) =>
  `<charte-sidemenu heading="Titre de rubrique"${attrs}>${ours(entries, links)}</charte-sidemenu>`;

/** DSFR's "désactivée" example: a section and links that cannot be used. */
const disabledTree: Entry[] = [
  { label: 'Accès direct' },
  ...tree.slice(1, 2),
  { label: 'Accès direct', disabled: true },
  { label: 'Niveau 1', disabled: true, items: [{ label: 'Accès direct niveau 2' }] },
];

/** DSFR's first-level entries. */
const top = '.fr-sidemenu__inner > .fr-collapse > .fr-sidemenu__list > .fr-sidemenu__item';

const compare = [
  ['charte-sidemenu >>> nav', '.fr-sidemenu'],
  ['charte-sidemenu >>> .inner', '.fr-sidemenu__inner'],
  ['charte-sidemenu >>> .inner > .btn', '.fr-sidemenu__inner > .fr-sidemenu__btn'],
  ['charte-sidemenu >>> .title', '.fr-sidemenu__title'],
  [
    'charte-sidemenu > charte-sidemenu-item:nth-child(1) >>> .btn',
    '.fr-sidemenu__item:nth-child(1) > .fr-sidemenu__btn',
  ],
  [
    'charte-sidemenu > charte-sidemenu-item:nth-child(2) >>> .btn',
    '.fr-sidemenu__item:nth-child(2) > .fr-sidemenu__btn',
  ],
  [
    'charte-sidemenu > charte-sidemenu-item:nth-child(3) >>> .link',
    '.fr-sidemenu__inner > .fr-collapse > .fr-sidemenu__list > .fr-sidemenu__item:nth-child(3) > .fr-sidemenu__link',
  ],
  [
    'charte-sidemenu > charte-sidemenu-item:nth-child(2) > charte-sidemenu-item:nth-child(1) >>> .link',
    '.fr-sidemenu__item:nth-child(2) .fr-sidemenu__item:nth-child(1) > .fr-sidemenu__link',
  ],
  ['charte-sidemenu-item[current] >>> .link', '[aria-current="page"]'],
] as const;

export const fixtures: Fixture[] = [
  { id: 'sidemenu/default', html: html(), dsfr: dsfr(), compare },
  { id: 'sidemenu/expanded', html: html(' expanded'), dsfr: dsfr('', true), compare, widths: [375] },
  { id: 'sidemenu/right', html: html(' right'), dsfr: dsfr(' fr-sidemenu--right'), compare },
  { id: 'sidemenu/sticky', html: html(' sticky'), dsfr: dsfr(' fr-sidemenu--sticky'), compare },
  {
    id: 'sidemenu/sticky-full-height',
    html: html(' sticky-full-height'),
    dsfr: dsfr(' fr-sidemenu--sticky-full-height'),
    compare,
  },
  {
    id: 'sidemenu/open',
    html: html('', tree, true),
    dsfr: dsfr('', false, tree, true),
    compare: [
      ['charte-sidemenu >>> nav', '.fr-sidemenu'],
      ['charte-sidemenu > charte-sidemenu-item:nth-child(1) >>> .link', `${top}:nth-child(1) > .fr-sidemenu__link`],
      ['charte-sidemenu > charte-sidemenu-item:nth-child(2) >>> .link', `${top}:nth-child(2) > .fr-sidemenu__link`],
      ['charte-sidemenu-item[current] >>> .link', '[aria-current="page"]'],
    ],
  },
  {
    id: 'sidemenu/disabled',
    html: html('', disabledTree),
    dsfr: dsfr('', false, disabledTree),
    compare: [
      ['charte-sidemenu >>> nav', '.fr-sidemenu'],
      ['charte-sidemenu > charte-sidemenu-item:nth-child(3) >>> .link', `${top}:nth-child(3) > .fr-sidemenu__link`],
      ['charte-sidemenu > charte-sidemenu-item:nth-child(4) >>> .btn', 'button[disabled]'],
    ],
  },
];
