import type { Fixture } from '../../../test/types.ts';

const SVG_INNER =
  '<rect x="10" y="20" width="60" height="45" fill="#e3e3fd"/><circle cx="40" cy="36" r="14" fill="#6a6af4"/><path d="M20 65h40v5H20z" fill="#000091"/>';
const picto = (slot: boolean) =>
  `<svg${slot ? ' slot="pictogram"' : ''} aria-hidden="true" viewBox="0 0 80 80" width="80px" height="80px">${SVG_INNER}</svg>`;
const TITLE = 'Intitulé de la tuile';
const DESC = 'Lorem ipsum dolor sit amet, consectetur adipiscing, incididu';
const DETAIL = 'Détail (optionel)';

const pairs = [
  ['charte-tile >>> .tile', '.fr-tile'],
  ['charte-tile >>> .title', '.fr-tile__title'],
  ['charte-tile >>> .content', '.fr-tile__content'],
  ['charte-tile >>> .pictogram', '.fr-tile__pictogram'],
] as const;
const withText = [
  ...pairs,
  ['charte-tile >>> .desc', '.fr-tile__desc'],
  ['charte-tile >>> .detail', '.fr-tile__detail'],
] as const;

interface Options {
  classes?: string;
  link?: string;
  title?: string;
  desc?: string | false;
  detail?: string | false;
  pictogram?: boolean;
}
const dsfr = ({
  classes = 'fr-enlarge-link',
  link = '<a href="#">',
  title = TITLE,
  desc = DESC,
  detail = DETAIL,
  pictogram = true,
}: Options) =>
  `<div class="fr-tile${classes ? ` ${classes}` : ''}"><div class="fr-tile__body"><div class="fr-tile__content"><h3 class="fr-tile__title">${
    link ? `${link}${title}</a>` : title
  }</h3>${desc ? `<p class="fr-tile__desc">${desc}</p>` : ''}${detail ? `<p class="fr-tile__detail">${detail}</p>` : ''}</div></div>${
    pictogram ? `<div class="fr-tile__header"><div class="fr-tile__pictogram">${picto(false)}</div></div>` : ''
  }</div>`;
const tile = (attrs: string, pictogram = true) =>
  `<charte-tile heading="${TITLE}" description="${DESC}" detail="${DETAIL}" ${attrs}>${pictogram ? picto(true) : ''}</charte-tile>`;

const variant = (id: string, attrs: string, classes: string, extra: Partial<Fixture> = {}): Fixture => ({
  id: `tile/${id}`,
  html: tile(attrs),
  dsfr: dsfr({ classes }),
  compare: withText,
  ...extra,
});

export const fixtures: Fixture[] = [
  variant('default', 'href="#"', 'fr-enlarge-link'),
  variant('sm', 'href="#" size="sm"', 'fr-enlarge-link fr-tile--sm'),
  {
    id: 'tile/minimal',
    html: `<charte-tile heading="${TITLE}" href="#"></charte-tile>`,
    dsfr: dsfr({ desc: false, detail: false, pictogram: false }),
    compare: [pairs[0], pairs[1], pairs[2]],
  },
  variant('grey', 'href="#" grey', 'fr-enlarge-link fr-tile--grey'),
  variant('no-border', 'href="#" no-border', 'fr-enlarge-link fr-tile--no-border'),
  variant('no-background', 'href="#" no-background', 'fr-enlarge-link fr-tile--no-background'),
  variant('shadow', 'href="#" shadow', 'fr-enlarge-link fr-tile--shadow'),
  variant('no-arrow', 'href="#" no-arrow', 'fr-enlarge-link fr-tile--no-icon'),
  {
    id: 'tile/no-link',
    html: tile(''),
    dsfr: dsfr({ classes: '', link: '' }),
    compare: withText,
  },
  variant('no-enlarge', 'href="#" no-enlarge', ''),
  {
    id: 'tile/no-enlarge-external',
    html: tile('href="#" no-enlarge target="_blank"'),
    dsfr: dsfr({
      classes: '',
      link: `<a href="#" target="_blank" rel="noopener external" title="${TITLE} - nouvelle fenêtre">`,
    }),
    compare: withText,
  },
  {
    id: 'tile/external',
    html: tile('href="#" target="_blank"'),
    dsfr: dsfr({ link: `<a href="#" target="_blank" rel="noopener external" title="${TITLE} - nouvelle fenêtre">` }),
    compare: withText,
  },
  {
    id: 'tile/disabled',
    html: tile('disabled'),
    dsfr: dsfr({ link: '<a aria-disabled="true" role="link">' }),
    compare: withText,
  },
  variant('horizontal', 'href="#" horizontal', 'fr-enlarge-link fr-tile--horizontal'),
  variant('horizontal-sm', 'href="#" horizontal size="sm"', 'fr-enlarge-link fr-tile--horizontal fr-tile--sm'),
  variant(
    'horizontal-vertical-md',
    'href="#" horizontal vertical-at="md"',
    'fr-enlarge-link fr-tile--horizontal fr-tile--vertical@md',
  ),
  variant(
    'horizontal-sm-vertical-md',
    'href="#" horizontal size="sm" vertical-at="md"',
    'fr-enlarge-link fr-tile--horizontal fr-tile--sm fr-tile--vertical@md',
  ),
  variant(
    'horizontal-vertical-lg',
    'href="#" horizontal vertical-at="lg"',
    'fr-enlarge-link fr-tile--horizontal fr-tile--vertical@lg',
  ),
  {
    id: 'tile/start-badge',
    html: `<charte-tile heading="${TITLE}" href="#" description="${DESC}">${picto(true)}<charte-badge slot="start" accent="purple-glycine">Libellé badge</charte-badge></charte-tile>`,
    dsfr: dsfr({ detail: false }).replace(
      `${DESC}</p>`,
      `${DESC}</p><div class="fr-tile__start"><p class="fr-badge fr-badge--purple-glycine">Libellé badge</p></div>`,
    ),
    compare: [
      ...pairs,
      ['charte-tile >>> .desc', '.fr-tile__desc'],
      ['charte-tile > charte-badge >>> .badge', '.fr-badge'],
    ],
  },
  {
    id: 'tile/download',
    html: `<charte-tile heading="Télécharger le document XX" href="#" download description="Description (optionnelle)" detail="PDF - 48 ko - Français">${picto(true)}</charte-tile>`,
    dsfr: dsfr({
      classes: 'fr-tile--download fr-enlarge-link',
      link: '<a download href="#">',
      title: 'Télécharger le document XX',
      desc: 'Description (optionnelle)',
      detail: 'PDF - 48 ko - Français',
    }),
    compare: withText,
  },
];
