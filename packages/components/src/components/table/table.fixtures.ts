import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const CAPTION = 'Titre du tableau (caption)';
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
const lorem = (length = 25) => LOREM.slice(0, length).trim();

type Side = 'ours' | 'dsfr';
/** One cell on both sides: tag, attributes and content, each side's own. */
type Cell = (side: Side, row: number, column: number) => string;

const td: Cell = () => `<td>${lorem()}</td>`;
const th: Cell = (_side, _row, column) => `<th scope="col">th${column}</th>`;

/** A table whose cells are drawn by `head` and `body` (4 columns by default), its rows by `row`. */
function table(
  side: Side,
  {
    head = [th, th, th, th],
    body = [td, td, td, td],
    rows = 3,
    caption = CAPTION,
    row = () => '',
  }: {
    head?: Cell[];
    body?: Cell[];
    rows?: number;
    caption?: string;
    row?: (side: Side, index: number) => string;
  } = {},
) {
  const cells = (list: Cell[], r: number) => list.map((cell, c) => cell(side, r, c)).join('');
  const bodyRows = Array.from({ length: rows }, (_, r) => `<tr${row(side, r)}>${cells(body, r)}</tr>`).join('');
  return `<table><caption>${caption}</caption><thead><tr>${cells(head, -1)}</tr></thead><tbody>${bodyRows}</tbody></table>`;
}

const frame = (classes: string, content: string, header = '', footer = '') =>
  `<div class="fr-table${classes}">${header}<div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">${content}</div></div></div>${footer}</div>`;

/**
 * What DSFR's table script does once loaded (its CSS alone draws the table as before the script runs): the
 * caption is taken out of the scrolling area and its height + 1rem reserved above the table, the frame is
 * outlined, selected rows are framed with their measured height.
 */
async function dsfrScript({ dsfr }: { dsfr: HTMLElement }) {
  for (const element of dsfr.querySelectorAll<HTMLElement>('.fr-table')) {
    element.setAttribute('data-fr-js-table', 'true');
    const height = element.querySelector('caption')?.getBoundingClientRect().height ?? 0;
    if (height) {
      element.style.setProperty('--table-offset', '0');
      element
        .querySelector<HTMLElement>('.fr-table__wrapper')!
        .style.setProperty('--table-offset', `calc(${height}px + 1rem)`);
    }
    for (const row of element.querySelectorAll<HTMLElement>('tbody tr[aria-selected="true"]'))
      row.style.setProperty('--row-height', `${row.getBoundingClientRect().height + 2}px`);
    for (const box of element.querySelectorAll<HTMLInputElement>('input[data-indeterminate]')) box.indeterminate = true;
  }
}

/** Scrolls both tables sideways (where they overflow): fixed cells stay in view. */
async function scrolled(sides: { ours: HTMLElement; dsfr: HTMLElement }) {
  await dsfrScript(sides);
  const ours = sides.ours.querySelector('charte-table')!.shadowRoot!.querySelector('.container')!;
  ours.scrollLeft = 120;
  sides.dsfr.querySelector('.fr-table__container')!.scrollLeft = 120;
}

const pairs = [
  ['charte-table >>> .table', '.fr-table'],
  ['charte-table > table', '.fr-table table'],
  ['charte-table > table > caption', '.fr-table caption'],
  ['charte-table > table > thead th', '.fr-table thead th'],
  ['charte-table > table > tbody td', '.fr-table tbody td'],
] as const;

type Spec = Parameters<typeof table>[1];

function variant(id: string, attrs: string, classes: string, spec: Spec = {}, extra: Partial<Fixture> = {}): Fixture {
  return {
    id: `table/${id}`,
    html: `<charte-table${attrs}>${table('ours', spec)}</charte-table>`,
    dsfr: frame(classes, table('dsfr', spec)),
    compare: pairs,
    prepare: dsfrScript,
    ...extra,
  };
}

/* Selectable rows: a checkbox in each row's header cell, rows 1, 3 and 4 selected. */
const SELECTED = [0, 2, 3];
const selectHead =
  (all: boolean): Cell =>
  (side) => {
    if (side === 'ours')
      return all
        ? '<th scope="col"><input type="checkbox" aria-label="Sélectionner toutes les lignes"></th>'
        : '<th scope="col" aria-label="Sélectionner"></th>';
    return all
      ? '<th class="fr-cell--fixed" role="columnheader"><div class="fr-checkbox-group fr-checkbox-group--sm"><input id="table-select-all" type="checkbox" data-indeterminate><label class="fr-label" for="table-select-all">Sélectionner toutes les lignes</label></div></th>'
      : '<th class="fr-cell--fixed" role="columnheader"><span class="fr-sr-only">Sélectionner</span></th>';
  };
const selectCell =
  (fixedClass = 'fr-cell--fixed'): Cell =>
  (side, r) => {
    const checked = SELECTED.includes(r) ? ' checked' : '';
    const label = `Sélectionner la ligne ${r + 1}`;
    if (side === 'ours') return `<th scope="row"><input type="checkbox" aria-label="${label}"${checked}></th>`;
    return `<th class="${fixedClass}" scope="row"><div class="fr-checkbox-group fr-checkbox-group--sm"><input data-fr-row-select="true" id="table-select-${r}" type="checkbox"${checked}><label class="fr-label" for="table-select-${r}">${label}</label></div></th>`;
  };
const selectedRow = (side: Side, r: number) => (side === 'dsfr' ? ` aria-selected="${SELECTED.includes(r)}"` : '');
const selectable = (all = false, fixedClass?: string): Spec => ({
  head: [
    fixedClass ? (side, r, c) => selectHead(all)(side, r, c).replace('fr-cell--fixed', fixedClass) : selectHead(all),
    th,
    th,
    th,
    th,
  ],
  body: [selectCell(fixedClass), td, td, td, td],
  rows: 4,
  row: selectedRow,
});
const selectPairs = [
  pairs[0],
  ['charte-table > table > tbody > tr:first-child > th', '.fr-table tbody > tr:first-child > th'],
  ['charte-table > table > tbody > tr:nth-child(2) > th', '.fr-table tbody > tr:nth-child(2) > th'],
  ['charte-table > table > thead th:first-child', '.fr-table thead th:first-child'],
  ['charte-table > table > tbody td', '.fr-table tbody td'],
] as const;

/* A double-entry table: a header cell at the start of each row. */
const rowHead: Cell = (side, r) =>
  side === 'ours' ? `<th scope="row">th${r}</th>` : `<th class="fr-cell--fixed" scope="row">th${r}</th>`;
const cornerHead: Cell = (side) =>
  side === 'ours'
    ? '<th scope="col" aria-label="Ligne"></th>'
    : '<th class="fr-cell--fixed" role="columnheader"><span class="fr-sr-only">Ligne</span></th>';

/* Sortable columns: DSFR's sort button in the header cell, its state in `aria-sort`. */
const sortable =
  (sort?: 'ascending' | 'descending'): Cell =>
  (side, _r, c) => {
    const state = sort ? ` aria-sort="${sort}"` : '';
    if (side === 'ours') return `<th scope="col" data-sort${state}>th${c}</th>`;
    const kind = sort ? (sort === 'ascending' ? '-asc' : '-desc') : '';
    return `<th scope="col"${state}><div class="fr-cell--sort"><span class="fr-cell__title">th${c}</span> <button type="button" class="fr-btn--sort${kind} fr-btn fr-btn--sm">Trier</button></div></th>`;
  };
/* The header cell keeps the button in its right padding (DSFR: in a flex box inside it): compared on screen. */
const sortPairs = (column: number) =>
  [
    pairs[0],
    [`charte-table > table > thead th:nth-child(${column}) > button`, `.fr-table thead th:nth-child(${column}) button`],
    ['charte-table > table > thead th:nth-child(3)', '.fr-table thead th:nth-child(3)'],
    pairs[4],
  ] as const;

/* Cell utilities (DSFR's alignment and column size examples). */
const ALIGN = [
  ['top', ' data-valign="top"'],
  ['bottom', ' data-valign="bottom"'],
  ['center', ' data-align="center"'],
  ['right', ' data-align="right"'],
] as const;
const aligned: Cell = (side, _r, c) => {
  const [name, attr] = ALIGN[c]!;
  const content = c === 3 ? `${lorem(5)}<br>${lorem(10)}<br>${lorem(25)}` : lorem();
  return side === 'ours' ? `<td${attr}>${content}</td>` : `<td class="fr-cell--${name}">${content}</td>`;
};
const SIZES = ['xs', 'sm', 'md', 'lg'] as const;
const sized: Cell = (side, _r, c) =>
  side === 'ours'
    ? `<th scope="col" data-min-width="${SIZES[c]}">${SIZES[c]}</th>`
    : `<th scope="col" class="fr-col--${SIZES[c]}">${SIZES[c]}</th>`;
const growing: Cell = (_side, _r, c) => `<td>${lorem(5 * (c + 1))}</td>`;
const longCell: Cell = (side, r, c) => {
  if (r !== 0 || c !== 1) return td(side, r, c);
  return side === 'ours'
    ? `<td data-multiline><b>${lorem(200)}</b></td>`
    : `<td class="fr-cell--multiline"><b>${lorem(200)}</b></td>`;
};

/* A complex table: merged cells, headers named by `headers`, a description in the caption. */
function complex(side: Side) {
  // Both sides are on the parity page at once: DSFR's ids are prefixed.
  const id = (name: string) => (side === 'dsfr' ? `dsfr-${name}` : name);
  const ids = (...names: string[]) => names.map(id).join(' ');
  const desc = `<div${side === 'dsfr' ? ' class="fr-table__caption__desc"' : ''}>Horaires du matin, du lundi au vendredi : le mercredi et le jeudi partagent une colonne, deux groupes y ont des cours différents.</div>`;
  const hour = (name: string, text: string) => `<th id="${id(name)}" headers="${id('h')}">${text}</th>`;
  return `<table><caption>Emploi du temps${desc}</caption><thead><tr><th id="${id('h')}" rowspan="2" role="columnheader">Horaires</th><th id="${id('lu')}">Lundi</th><th id="${id('mj')}" colspan="2">Mercredi et jeudi</th><th id="${id('ve')}">Vendredi</th></tr><tr><th id="${id('g')}" headers="${id('lu')}">Groupes 1 et 2</th><th id="${id('g1')}" headers="${id('mj')}">Groupe 1</th><th id="${id('g2')}" headers="${id('mj')}">Groupe 2</th><th id="${id('gv')}" headers="${id('ve')}">Groupes 1 et 2</th></tr></thead><tbody><tr>${hour('h8', '8 h')}<td headers="${ids('h8', 'lu', 'g')}">Français</td><td headers="${ids('h8', 'mj', 'g1')}">Anglais</td><td headers="${ids('h8', 'mj', 'g2')}">Histoire</td><td headers="${ids('h8', 've', 'gv')}">Sport</td></tr><tr>${hour('h9', '9 h')}<td colspan="4" headers="${ids('h9', 'lu', 'mj', 've')}">Étude dirigée</td></tr><tr>${hour('h10', '10 h')}<td headers="${ids('h10', 'lu', 'g')}">Mathématiques</td><td rowspan="2" headers="${ids('h10', 'h11', 'mj', 'g1')}">Arts appliqués</td><td headers="${ids('h10', 'mj', 'g2')}">Espagnol</td><td headers="${ids('h10', 've', 'gv')}">Sciences</td></tr><tr>${hour('h11', '11 h')}<td headers="${ids('h11', 'lu', 'g')}">Français</td><td headers="${ids('h11', 'mj', 'g2')}">Géographie</td><td headers="${ids('h11', 've', 'gv')}">Physique</td></tr></tbody></table>`;
}

/* Header bar (detail, action buttons) and footer bar (detail, pagination, buttons), as DSFR's full example. */
const ICON = 'settings-5-line';
const oursBars = `<p slot="header">Nombre de lignes sélectionnées</p><charte-button-group slot="header" inline="md" align="right" icon-position="left"><charte-button kind="secondary" icon="${ICON}">Action groupée</charte-button><charte-button kind="secondary" icon="${ICON}">Action groupée</charte-button></charte-button-group>`;
const oursFooter = `<p slot="footer-start">215 lignes</p><charte-pagination slot="footer-middle" page="1" total="3" href-template="?page={page}"></charte-pagination><charte-button-group slot="footer-end" inline="md" align="right" reverse><charte-button>Action tableau</charte-button><charte-button kind="secondary">Action tableau</charte-button></charte-button-group>`;
const dsfrHeader = `<div class="fr-table__header"><p class="fr-table__detail">Nombre de lignes sélectionnées</p><ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-md fr-btns-group--icon-left"><li><button type="button" class="fr-btn fr-icon-${ICON} fr-btn--icon-left fr-btn--secondary">Action groupée</button></li><li><button type="button" class="fr-btn fr-icon-${ICON} fr-btn--icon-left fr-btn--secondary">Action groupée</button></li></ul></div>`;
const pageLink = (n: number) =>
  n === 1
    ? '<li><a class="fr-pagination__link" aria-current="page" title="Page 1">1</a></li>'
    : `<li><a class="fr-pagination__link" href="?page=${n}" title="Page ${n}">${n}</a></li>`;
const dsfrPagination = `<nav role="navigation" class="fr-pagination" aria-label="Pagination"><ul class="fr-pagination__list"><li><a class="fr-pagination__link fr-pagination__link--first" title="Première page" aria-disabled="true" role="link">Première page</a></li><li><a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" title="Page précédente" aria-disabled="true" role="link">Page précédente</a></li>${[1, 2, 3].map(pageLink).join('')}<li><a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href="?page=2" title="Page suivante">Page suivante</a></li><li><a class="fr-pagination__link fr-pagination__link--last" href="?page=3" title="Dernière page">Dernière page</a></li></ul></nav>`;
const dsfrFooter = `<div class="fr-table__footer"><div class="fr-table__footer--start"><p class="fr-table__detail">215 lignes</p></div><div class="fr-table__footer--middle">${dsfrPagination}</div><div class="fr-table__footer--end"><ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-md"><li><button type="button" class="fr-btn">Action tableau</button></li><li><button type="button" class="fr-btn fr-btn--secondary">Action tableau</button></li></ul></div></div>`;

export const fixtures: Fixture[] = [
  variant('md', '', ''),
  variant('sm', ' size="sm"', ' fr-table--sm'),
  variant('lg', ' size="lg"', ' fr-table--lg'),
  variant('bordered', ' bordered', ' fr-table--bordered'),
  variant('no-scroll', ' no-scroll', ' fr-table--no-scroll'),
  variant('caption-bottom', ' caption="bottom"', ' fr-table--caption-bottom'),
  variant(
    'caption-hidden',
    ' caption="hidden"',
    ' fr-table--no-caption',
    {},
    {
      compare: [pairs[0], pairs[1], pairs[3], pairs[4]],
    },
  ),
  variant('multiline', ' multiline', ' fr-table--multiline', {
    body: [0, 1, 2, 3].map(() => () => `<td>${lorem(100)}</td>`),
  }),
  variant('cell-multiline', '', '', { body: [0, 1, 2, 3].map(() => longCell) }),
  variant('align', ' bordered', ' fr-table--bordered', {
    head: ALIGN.map(
      ([name]) =>
        () =>
          `<th scope="col">${name}</th>`,
    ),
    body: [aligned, aligned, aligned, aligned],
  }),
  variant('column-sizes', '', '', { head: [sized, sized, sized, sized], body: [growing, growing, growing, growing] }),
  {
    id: 'table/complex',
    html: `<charte-table bordered>${complex('ours')}</charte-table>`,
    dsfr: frame(' fr-table--bordered', complex('dsfr')),
    compare: [pairs[0], pairs[2], ['charte-table > table > caption > div', '.fr-table__caption__desc'], pairs[3]],
    prepare: dsfrScript,
  },
  variant(
    'fixed-column',
    ' fixed-column',
    '',
    { head: [cornerHead, th, th, th, th], body: [rowHead, td, td, td, td] },
    {
      compare: [pairs[0], ['charte-table > table > tbody th', '.fr-table tbody th'], pairs[3], pairs[4]],
      prepare: scrolled,
    },
  ),
  variant('selectable', ' selectable', '', selectable(), { compare: selectPairs, prepare: scrolled }),
  variant('selectable-all', ' selectable', '', selectable(true), { compare: selectPairs }),
  variant('selectable-fixed-md', ' selectable fixed-column="md"', '', selectable(false, 'fr-cell--fixed@md'), {
    compare: selectPairs,
    prepare: scrolled,
  }),
  variant('sort', '', '', { head: [sortable('ascending'), sortable(), th, sortable()] }, { compare: sortPairs(1) }),
  variant('sort-descending', '', '', { head: [sortable(), sortable('descending'), th, th] }, { compare: sortPairs(2) }),
  {
    id: 'table/sort-data',
    html: `<charte-table><table><caption>Demandes reçues par démarche (exemple)</caption><thead><tr><th scope="col" data-sort>Démarche</th><th scope="col" data-sort="number">Demandes par mois</th><th scope="col" data-sort="number">Délai moyen (jours)</th></tr></thead><tbody>${[
      ['Carte nationale d’identité', '12\u202f400', '14'],
      ['Permis de conduire', '8\u202f950', '30'],
      ['Aide au logement', '21\u202f300', '21'],
      ['Inscription sur les listes électorales', '980', '2'],
      ['Déclaration de revenus', '104\u202f000', '7'],
    ]
      .map(([name, count, days]) => `<tr><th scope="row">${name}</th><td>${count}</td><td>${days}</td></tr>`)
      .join('')}</tbody></table></charte-table>`,
    noParity:
      'The sort buttons of table/sort on distinct values, so that sorting is seen: moving the rows is the element’s own behaviour, which DSFR leaves to the page.',
  },
  {
    id: 'table/header-footer',
    html: `<charte-table>${oursBars}${table('ours')}${oursFooter}</charte-table>`,
    dsfr: `${dsfrIconStyle(ICON)}${frame('', table('dsfr'), dsfrHeader, dsfrFooter)}`,
    compare: [
      pairs[0],
      ['charte-table > p[slot="header"]', '.fr-table__header .fr-table__detail'],
      ['charte-table > p[slot="footer-start"]', '.fr-table__footer .fr-table__detail'],
      pairs[2],
      pairs[3],
    ],
    prepare: dsfrScript,
  },
];
