import type { Fixture } from '../../../test/types.ts';

const LINKS = [
  ['#content', 'Contenu'],
  ['#header-navigation', 'Menu'],
  ['#header-search', 'Recherche'],
  ['#footer', 'Pied de page'],
] as const;

/** DSFR's skiplinks; `shown` forces the state it takes while one of its links has focus. */
const dsfr = (shown: boolean) =>
  `<div class="fr-skiplinks"${shown ? ' style="position:relative;transform:translateY(0);opacity:1"' : ''}><nav role="navigation" aria-label="Accès rapide" class="fr-container"><ul class="fr-skiplinks__list">${LINKS.map(([href, label]) => `<li><a class="fr-link" href="${href}">${label}</a></li>`).join('')}</ul></nav></div>`;

const children = LINKS.map(([href, label]) => `<a href="${href}">${label}</a>`).join('');
const json = JSON.stringify(LINKS.map(([href, label]) => ({ href, label }))).replaceAll('"', '&quot;');

export const fixtures: Fixture[] = [
  {
    id: 'skiplinks/shown',
    html: `<charte-skiplinks visible>${children}</charte-skiplinks>`,
    dsfr: dsfr(true),
    compare: [
      ['charte-skiplinks', '.fr-skiplinks'],
      ['charte-skiplinks > a', '.fr-link'],
    ],
  },
  {
    id: 'skiplinks/links-attribute',
    html: `<charte-skiplinks visible links="${json}"></charte-skiplinks>`,
    dsfr: dsfr(true),
    compare: [
      ['charte-skiplinks', '.fr-skiplinks'],
      ['charte-skiplinks >>> a', '.fr-link'],
    ],
  },
  {
    id: 'skiplinks/hidden',
    html: `<charte-skiplinks>${children}</charte-skiplinks>`,
    dsfr: dsfr(false),
    compare: [
      ['charte-skiplinks', '.fr-skiplinks'],
      ['charte-skiplinks > a', '.fr-link'],
    ],
  },
];
