import type { Fixture } from '../../../test/types.ts';

const CAPTION = 'Titre du tableau (caption)';
const CELL = 'Lorem ipsum dolor sit ame';
const table = (rows = 3) =>
  `<table><caption>${CAPTION}</caption><thead><tr>${[0, 1, 2, 3].map((i) => `<th scope="col">th${i}</th>`).join('')}</tr></thead><tbody>${Array.from(
    { length: rows },
    () => `<tr>${[0, 1, 2, 3].map(() => `<td>${CELL}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;
const dsfr = (classes = '') =>
  `<div class="fr-table${classes}"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">${table()}</div></div></div></div>`;

const pairs = [
  ['charte-table >>> .table', '.fr-table'],
  ['charte-table > table', '.fr-table table'],
  ['charte-table > table > caption', '.fr-table caption'],
  ['charte-table > table > thead th', '.fr-table thead th'],
  ['charte-table > table > tbody td', '.fr-table tbody td'],
] as const;

const variant = (id: string, attrs: string, classes: string): Fixture => ({
  id: `table/${id}`,
  html: `<charte-table${attrs}>${table()}</charte-table>`,
  dsfr: dsfr(classes),
  compare: pairs,
});

export const fixtures: Fixture[] = [
  variant('md', '', ''),
  variant('sm', ' size="sm"', ' fr-table--sm'),
  variant('lg', ' size="lg"', ' fr-table--lg'),
  variant('bordered', ' bordered', ' fr-table--bordered'),
  variant('no-scroll', ' no-scroll', ' fr-table--no-scroll'),
  variant('caption-bottom', ' caption="bottom"', ' fr-table--caption-bottom'),
  {
    ...variant('caption-hidden', ' caption="hidden"', ' fr-table--no-caption'),
    compare: [pairs[0], pairs[1], pairs[3], pairs[4]],
  },
];
