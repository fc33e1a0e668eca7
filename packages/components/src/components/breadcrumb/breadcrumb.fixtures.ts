import type { Fixture } from '../../../test/types.ts';

const segments = ['Accueil', 'Segment 1: lorem ipsum', 'Segment 2: lorem ipsum', 'Segment 3: lorem ipsum'];

const ours = (attrs = '') =>
  `<charte-breadcrumb${attrs}>${segments.map((s) => `<charte-breadcrumb-item href="/">${s}</charte-breadcrumb-item>`).join('')}<charte-breadcrumb-item>Page actuelle</charte-breadcrumb-item></charte-breadcrumb>`;

const dsfr = (id: string, expanded = false) =>
  `<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button type="button" class="fr-breadcrumb__button" aria-expanded="${expanded}" aria-controls="${id}">Voir le fil d’Ariane</button><div class="fr-collapse${expanded ? ' fr-collapse--expanded' : ''}" id="${id}"><ol class="fr-breadcrumb__list">${segments.map((s) => `<li><a class="fr-breadcrumb__link" href="/">${s}</a></li>`).join('')}<li><a class="fr-breadcrumb__link" aria-current="page">Page actuelle</a></li></ol></div></nav>`;

const compare = [
  ['charte-breadcrumb >>> nav', '.fr-breadcrumb'],
  ['charte-breadcrumb >>> .button', '.fr-breadcrumb__button'],
  ['charte-breadcrumb >>> .collapse', '.fr-collapse'],
  ['charte-breadcrumb-item:first-child >>> a', '.fr-breadcrumb__link'],
  ['charte-breadcrumb-item:last-child >>> a', '.fr-breadcrumb__link[aria-current]'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'breadcrumb/default',
    html: ours(),
    dsfr: dsfr('bc-1'),
    compare,
  },
  {
    id: 'breadcrumb/expanded',
    html: ours(' expanded'),
    dsfr: dsfr('bc-2', true),
    compare,
  },
];
