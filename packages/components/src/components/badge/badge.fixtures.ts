import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-badge >>> .badge', '.fr-badge']] as const;
const LABEL = 'Libellé badge';
const LONG =
  'Libellé badge très long, coupé par des points de suspensions lorsque le Libellé dépasse la largeur du conteneur';

const one = (id: string, attrs: string, classes: string, text = LABEL): Fixture => ({
  id: `badge/${id}`,
  html: `<charte-badge${attrs}>${text}</charte-badge>`,
  dsfr: `<p class="fr-badge${classes}">${text}</p>`,
  compare: pair,
});

const types = ['success', 'error', 'info', 'warning', 'new'] as const;

const nine = Array.from({ length: 9 }, (_, i) => `${LABEL} ${i + 1}`);
const groupPair = [
  ['charte-badge-group >>> .group', '.fr-badges-group'],
  ['charte-badge-group > charte-badge:nth-child(2) >>> .badge', '.fr-badges-group > li:nth-child(2) .fr-badge'],
] as const;
/** A group of nine badges, `attrs(i)` and `classes(i)` giving each badge its variant. */
const group = (id: string, size: string, attrs = (_: number) => '', classes = (_: number) => ''): Fixture => ({
  id: `badge/${id}`,
  html: `<charte-badge-group${size ? ` size="${size}"` : ''}>${nine.map((l, i) => `<charte-badge${attrs(i)}>${l}</charte-badge>`).join('')}</charte-badge-group>`,
  dsfr: `<ul class="fr-badges-group${size ? ` fr-badges-group--${size}` : ''}">${nine.map((l, i) => `<li><span class="fr-badge${classes(i)}">${l}</span></li>`).join('')}</ul>`,
  compare: groupPair,
});

export const fixtures: Fixture[] = [
  one('default', '', ''),
  {
    id: 'badge/ellipsis',
    html: `<charte-badge ellipsis>${LONG}</charte-badge>`,
    dsfr: `<p class="fr-badge"><span class="fr-ellipsis">${LONG}</span></p>`,
    compare: [...pair, ['charte-badge >>> .text', '.fr-ellipsis']],
  },
  ...types.flatMap((type) => [
    one(type, ` type="${type}"`, ` fr-badge--${type}`),
    one(`${type}-no-icon`, ` type="${type}" no-icon`, ` fr-badge--${type} fr-badge--no-icon`),
    one(`${type}-sm`, ` type="${type}" size="sm"`, ` fr-badge--sm fr-badge--${type}`),
  ]),
  one('green-menthe', ' accent="green-menthe"', ' fr-badge--green-menthe'),
  one('orange-terre-battue', ' accent="orange-terre-battue"', ' fr-badge--orange-terre-battue'),
  one('purple-glycine', ' accent="purple-glycine"', ' fr-badge--purple-glycine'),
  one('brown-caramel', ' accent="brown-caramel"', ' fr-badge--brown-caramel'),
  one('sm', ' size="sm"', ' fr-badge--sm'),
  one('sm-purple-glycine', ' size="sm" accent="purple-glycine"', ' fr-badge--sm fr-badge--purple-glycine'),
  group('group', ''),
  group('group-sm', 'sm'),
  group(
    'group-types',
    '',
    (i) => ` type="${types[i % types.length]}"`,
    (i) => ` fr-badge--${types[i % types.length]}`,
  ),
  group(
    'group-sm-types',
    'sm',
    (i) => ` type="${types[i % types.length]}"`,
    (i) => ` fr-badge--${types[i % types.length]}`,
  ),
];
