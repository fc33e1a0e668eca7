import moon from '@gouvfr/dsfr/dist/artwork/pictograms/environment/moon.svg?url&no-inline';
import sun from '@gouvfr/dsfr/dist/artwork/pictograms/environment/sun.svg?url&no-inline';
import system from '@gouvfr/dsfr/dist/artwork/pictograms/system/system.svg?url&no-inline';
import type { Fixture } from '../../../test/types.ts';

const LEGEND = 'Choisissez un thème pour personnaliser l’apparence du site.';

/** DSFR's pictogram markup, referring to its artwork files (the browser cannot `<use>` inlined data URLs). */
const artwork = (url: string) =>
  `<div class="fr-radio-rich__pictogram"><svg aria-hidden="true" class="fr-artwork" viewBox="0 0 80 80" width="80px" height="80px">${[
    'decorative',
    'minor',
    'major',
  ]
    .map((part) => `<use class="fr-artwork-${part}" href="${url}#artwork-${part}"></use>`)
    .join('')}</svg></div>`;

/** DSFR's display settings (the fieldset inside its modal), with or without the pictograms. */
const dsfr = (legend = LEGEND, pictograms = true) =>
  `<div class="fr-display"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend--regular fr-fieldset__legend">${legend}</legend>${[
    ['light', 'Thème clair', '', sun],
    ['dark', 'Thème sombre', '', moon],
    ['system', 'Système', '<span class="fr-hint-text">Utilise les paramètres système</span>', system],
  ]
    .map(
      ([value, label, hint, name]) =>
        `<div class="fr-fieldset__element"><div class="fr-radio-group fr-radio-rich"><input value="${value}" type="radio" id="d-theme-${value}" name="d-theme"><label class="fr-label" for="d-theme-${value}">${label}${hint}</label>${pictograms ? artwork(name!) : ''}</div></div>`,
    )
    .join('')}</fieldset></div>`;

/** Every `<use>` under `root` (and in its elements' shadow roots) has drawn its referenced artwork. */
const artworkDrawn = (root: ParentNode): boolean =>
  [...root.querySelectorAll('*')].every(
    (el) =>
      (el.localName !== 'use' || (el as SVGUseElement).getBBox().width > 0) &&
      (!el.shadowRoot || artworkDrawn(el.shadowRoot)),
  );

/**
 * Ours takes the page's scheme (set by the test's theme): check the same radio on DSFR's side. Then wait for
 * DSFR's pictogram files.
 */
const prepare: Fixture['prepare'] = async ({ ours, dsfr: side }) => {
  const scheme = document.documentElement.getAttribute('data-fr-scheme') ?? 'system';
  const input = side.querySelector<HTMLInputElement>(`input[value="${scheme}"]`);
  if (input) input.checked = true;
  for (let tries = 0; tries < 100 && !(artworkDrawn(ours) && artworkDrawn(side)); tries++)
    await new Promise((resolve) => setTimeout(resolve, 20));
};

const compare = [
  ['charte-display >>> fieldset', '.fr-fieldset'],
  ['charte-display >>> legend', '.fr-fieldset__legend'],
  ['charte-display >>> label', '.fr-label'],
  ['charte-display >>> .hint', '.fr-hint-text'],
] as const;
const withPictograms = [
  ...compare,
  ['charte-display >>> .pictogram', '.fr-radio-rich__pictogram'],
  ['charte-display >>> svg', '.fr-artwork'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'display/default',
    html: '<charte-display></charte-display>',
    dsfr: dsfr(),
    compare: withPictograms,
    prepare,
  },
  {
    id: 'display/legend',
    html: '<charte-display legend="Thème d’affichage"></charte-display>',
    dsfr: dsfr('Thème d’affichage'),
    compare: withPictograms,
    prepare,
  },
  {
    id: 'display/no-pictograms',
    html: '<charte-display no-pictograms></charte-display>',
    dsfr: dsfr(LEGEND, false),
    compare,
    prepare,
  },
];
