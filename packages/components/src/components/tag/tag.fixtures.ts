import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-tag >>> .tag', '.fr-tag']] as const;
const LABEL = 'Libellé tag';
const DISMISS = `Retirer ${LABEL}`;

const one = (id: string, html: string, dsfr: string, extra: Partial<Fixture> = {}): Fixture => ({
  id: `tag/${id}`,
  html,
  dsfr,
  compare: pair,
  ...extra,
});

const nine = Array.from({ length: 9 }, (_, i) => `${LABEL} ${i + 1}`);
const groupPair = [
  ['charte-tag-group >>> .group', '.fr-tags-group'],
  ['charte-tag-group > charte-tag:nth-child(2) >>> .tag', '.fr-tags-group > li:nth-child(2) .fr-tag'],
] as const;
function group(id: string, size: string, tagAttrs: (label: string) => string, dsfrTag: (label: string) => string) {
  return {
    id: `tag/${id}`,
    html: `<charte-tag-group${size ? ` size="${size}"` : ''}>${nine.map((l) => `<charte-tag${tagAttrs(l)}>${l}</charte-tag>`).join('')}</charte-tag-group>`,
    dsfr: `<ul class="fr-tags-group${size ? ` fr-tags-group--${size}` : ''}">${nine.map((l) => `<li>${dsfrTag(l)}</li>`).join('')}</ul>`,
    compare: groupPair,
  } satisfies Fixture;
}

export const fixtures: Fixture[] = [
  one('static', `<charte-tag>${LABEL}</charte-tag>`, `<p class="fr-tag">${LABEL}</p>`),
  one(
    'static-icon',
    `<charte-tag icon="arrow-left-line">${LABEL}</charte-tag>`,
    `${dsfrIconStyle('arrow-left-line')}<p class="fr-tag fr-icon-arrow-left-line fr-tag--icon-left">${LABEL}</p>`,
  ),
  one('static-sm', `<charte-tag size="sm">${LABEL}</charte-tag>`, `<p class="fr-tag fr-tag--sm">${LABEL}</p>`),
  one('link', `<charte-tag href="#tag">${LABEL}</charte-tag>`, `<a class="fr-tag" href="#tag">${LABEL}</a>`),
  one(
    'link-icon',
    `<charte-tag href="#tag" icon="arrow-left-line">${LABEL}</charte-tag>`,
    `${dsfrIconStyle('arrow-left-line')}<a class="fr-tag fr-icon-arrow-left-line fr-tag--icon-left" href="#tag">${LABEL}</a>`,
  ),
  one(
    'link-sm',
    `<charte-tag href="#tag" size="sm">${LABEL}</charte-tag>`,
    `<a class="fr-tag fr-tag--sm" href="#tag">${LABEL}</a>`,
  ),
  one(
    'link-accent',
    `<charte-tag href="#tag" accent="green-emeraude">${LABEL}</charte-tag>`,
    `<a class="fr-tag fr-tag--green-emeraude" href="#tag">${LABEL}</a>`,
  ),
  one(
    'link-accent-purple',
    `<charte-tag href="#tag" accent="purple-glycine">${LABEL}</charte-tag>`,
    `<a class="fr-tag fr-tag--purple-glycine" href="#tag">${LABEL}</a>`,
  ),
  one(
    'link-disabled',
    `<charte-tag href="#tag" disabled>${LABEL}</charte-tag>`,
    `<a class="fr-tag" aria-disabled="true" role="link">${LABEL}</a>`,
  ),
  one(
    'link-disabled-sm',
    `<charte-tag href="#tag" disabled size="sm">${LABEL}</charte-tag>`,
    `<a class="fr-tag fr-tag--sm" aria-disabled="true" role="link">${LABEL}</a>`,
  ),
  one(
    'clickable',
    `<charte-tag clickable>${LABEL}</charte-tag>`,
    `<button class="fr-tag" type="button">${LABEL}</button>`,
  ),
  one(
    'clickable-accent',
    `<charte-tag clickable accent="yellow-moutarde">${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--yellow-moutarde" type="button">${LABEL}</button>`,
  ),
  one(
    'selectable',
    `<charte-tag selectable>${LABEL}</charte-tag>`,
    `<button class="fr-tag" aria-pressed="false" type="button">${LABEL}</button>`,
  ),
  one(
    'selectable-selected',
    `<charte-tag selectable selected>${LABEL}</charte-tag>`,
    `<button class="fr-tag" aria-pressed="true" type="button">${LABEL}</button>`,
  ),
  one(
    'selectable-selected-sm',
    `<charte-tag selectable selected size="sm">${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--sm" aria-pressed="true" type="button">${LABEL}</button>`,
  ),
  one(
    'selectable-sm',
    `<charte-tag selectable size="sm">${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--sm" aria-pressed="false" type="button">${LABEL}</button>`,
  ),
  one(
    'selectable-disabled',
    `<charte-tag selectable disabled>${LABEL}</charte-tag>`,
    `<button class="fr-tag" aria-pressed="false" type="button" disabled>${LABEL}</button>`,
  ),
  one(
    'selectable-selected-disabled',
    `<charte-tag selectable selected disabled>${LABEL}</charte-tag>`,
    `<button class="fr-tag" aria-pressed="true" type="button" disabled>${LABEL}</button>`,
  ),
  one(
    'dismissible',
    `<charte-tag dismissible>${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--dismiss" type="button" aria-label="${DISMISS}">${LABEL}</button>`,
  ),
  one(
    'dismissible-sm',
    `<charte-tag dismissible size="sm">${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--sm fr-tag--dismiss" type="button" aria-label="${DISMISS}">${LABEL}</button>`,
  ),
  one(
    'dismissible-disabled',
    `<charte-tag dismissible disabled>${LABEL}</charte-tag>`,
    `<button class="fr-tag fr-tag--dismiss" type="button" aria-label="${DISMISS}" disabled>${LABEL}</button>`,
  ),
  group(
    'group',
    '',
    () => '',
    (l) => `<p class="fr-tag">${l}</p>`,
  ),
  group(
    'group-sm',
    'sm',
    () => '',
    (l) => `<p class="fr-tag">${l}</p>`,
  ),
  group(
    'group-links',
    '',
    () => ' href="#tag"',
    (l) => `<a class="fr-tag" href="#tag">${l}</a>`,
  ),
  group(
    'group-links-sm',
    'sm',
    () => ' href="#tag"',
    (l) => `<a class="fr-tag" href="#tag">${l}</a>`,
  ),
  group(
    'group-selectable',
    '',
    () => ' selectable',
    (l) => `<button class="fr-tag" type="button" aria-pressed="false">${l}</button>`,
  ),
  group(
    'group-selectable-sm',
    'sm',
    () => ' selectable',
    (l) => `<button class="fr-tag" type="button" aria-pressed="false">${l}</button>`,
  ),
  group(
    'group-dismissible',
    '',
    () => ' dismissible',
    (l) => `<button class="fr-tag fr-tag--dismiss" type="button" aria-label="Retirer ${l}">${l}</button>`,
  ),
  group(
    'group-dismissible-sm',
    'sm',
    () => ' dismissible',
    (l) => `<button class="fr-tag fr-tag--dismiss" type="button" aria-label="Retirer ${l}">${l}</button>`,
  ),
];
