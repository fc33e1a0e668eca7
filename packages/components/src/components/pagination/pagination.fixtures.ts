import type { Fixture } from '../../../test/types.ts';
import { pageEntries } from './pagination.ts';

const href = (page: number) => `?page=${page}`;

/** DSFR's markup for `page` of `total`, as in its examples ("Pagination première page"…). */
function dsfr(page: number, total: number, labels: 'lg' | 'always' = 'lg') {
  const end = (kind: string, title: string, target: number, disabled: boolean, label = '') =>
    `<li><a class="fr-pagination__link fr-pagination__link--${kind}${label}" title="${title}" ${disabled ? 'aria-disabled="true" role="link"' : `href="${href(target)}"`}>${title}</a></li>`;
  const lbl = labels === 'always' ? ' fr-pagination__link--label' : ' fr-pagination__link--lg-label';
  const pages = pageEntries(page, total)
    .map((entry) => {
      if ('ellipsis' in entry) return '<li><span class="fr-pagination__link fr-hidden fr-unhidden-lg">…</span></li>';
      const cls = `fr-pagination__link${entry.lg ? ' fr-hidden fr-unhidden-lg' : ''}`;
      return entry.page === page
        ? `<li><a class="${cls}" aria-current="page" title="Page ${entry.page}">${entry.page}</a></li>`
        : `<li><a class="${cls}" href="${href(entry.page)}" title="Page ${entry.page}">${entry.page}</a></li>`;
    })
    .join('');
  return `<nav role="navigation" class="fr-pagination" aria-label="Pagination"><ul class="fr-pagination__list">${end('first', 'Première page', 1, page === 1)}${end('prev', 'Page précédente', page - 1, page === 1, lbl)}${pages}${end('next', 'Page suivante', page + 1, page === total, lbl)}${end('last', 'Dernière page', total, page === total)}</ul></nav>`;
}

const compare = [
  ['charte-pagination >>> nav', '.fr-pagination'],
  ['charte-pagination >>> [aria-current]', '[aria-current]'],
  ['charte-pagination >>> .first', '.fr-pagination__link--first'],
  ['charte-pagination >>> .prev', '.fr-pagination__link--prev'],
  ['charte-pagination >>> .next', '.fr-pagination__link--next'],
  ['charte-pagination >>> .last', '.fr-pagination__link--last'],
  ['charte-pagination >>> li:nth-child(4) .link', 'li:nth-child(4) .fr-pagination__link'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'pagination/first-page',
    html: '<charte-pagination page="1" total="132" href-template="?page={page}"></charte-pagination>',
    dsfr: dsfr(1, 132),
    compare,
  },
  {
    id: 'pagination/second-page',
    html: '<charte-pagination page="2" total="132" href-template="?page={page}"></charte-pagination>',
    dsfr: dsfr(2, 132),
    compare,
  },
  {
    id: 'pagination/middle-page',
    html: '<charte-pagination page="50" total="132" href-template="?page={page}"></charte-pagination>',
    dsfr: dsfr(50, 132),
    compare,
  },
  {
    id: 'pagination/last-page',
    html: '<charte-pagination page="132" total="132" href-template="?page={page}"></charte-pagination>',
    dsfr: dsfr(132, 132),
    compare,
  },
  {
    id: 'pagination/labels',
    html: '<charte-pagination page="3" total="5" labels="always" href-template="?page={page}"></charte-pagination>',
    dsfr: dsfr(3, 5, 'always'),
    compare,
  },
];
