import type { Fixture } from '../../../test/types.ts';

type Entry = { n: string; items?: Entry[] };
const tree: Entry[] = [
  { n: '1', items: [{ n: '1.1' }, { n: '1.2' }, { n: '1.3', items: [{ n: '1.3.1' }, { n: '1.3.2' }] }] },
  { n: '2' },
  { n: '3', items: [{ n: '3.1' }, { n: '3.2' }] },
  { n: '4' },
];

const ours = (entries: Entry[]): string =>
  entries
    .map(
      (e) =>
        `<charte-summary-item href="#anchor-${e.n}" label="Libellé du lien ${e.n}">${e.items ? ours(e.items) : ''}</charte-summary-item>`,
    )
    .join('');

const dsfr = (entries: Entry[]): string =>
  `<ol>${entries
    .map(
      (e) =>
        `<li><a class="fr-summary__link" href="#anchor-${e.n}">Libellé du lien ${e.n}</a>${e.items ? dsfr(e.items) : ''}</li>`,
    )
    .join('')}</ol>`;

const compare = [
  ['charte-summary >>> nav', '.fr-summary'],
  ['charte-summary >>> .title', '.fr-summary__title'],
  ['charte-summary >>> ol', '.fr-summary > ol'],
  ['charte-summary-item', '.fr-summary li'],
  ['charte-summary-item >>> .link', '.fr-summary__link'],
  ['charte-summary-item >>> ol', '.fr-summary li > ol'],
  ['charte-summary-item > charte-summary-item >>> .link', '.fr-summary li li .fr-summary__link'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'summary/default',
    html: `<charte-summary>${ours(tree)}</charte-summary>`,
    dsfr: `<nav class="fr-summary" role="navigation" aria-labelledby="fr-summary-title"><h2 class="fr-summary__title" id="fr-summary-title">Sommaire</h2>${dsfr(tree)}</nav>`,
    compare,
  },
  {
    id: 'summary/title-paragraph',
    html: `<charte-summary heading="Dans cette page" heading-level="0">${ours(tree.slice(1))}</charte-summary>`,
    dsfr: `<nav class="fr-summary" role="navigation" aria-labelledby="fr-summary-title-2"><p class="fr-summary__title" id="fr-summary-title-2">Dans cette page</p>${dsfr(tree.slice(1))}</nav>`,
    compare: [
      ['charte-summary >>> nav', '.fr-summary'],
      ['charte-summary >>> .title', '.fr-summary__title'],
      ['charte-summary-item >>> .link', '.fr-summary__link'],
    ],
  },
];
