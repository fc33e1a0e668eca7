import type { Fixture } from '../../../test/types.ts';

const LEGEND = 'Choisissez un thème pour personnaliser l’apparence du site.';

/**
 * DSFR's display settings (the fieldset inside its modal), without the pictograms (artwork SVGs), which
 * ours does not draw.
 */
const dsfr = (legend = LEGEND) =>
  `<div class="fr-display"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend--regular fr-fieldset__legend">${legend}</legend>${[
    ['light', 'Thème clair', ''],
    ['dark', 'Thème sombre', ''],
    ['system', 'Système', '<span class="fr-hint-text">Utilise les paramètres système</span>'],
  ]
    .map(
      ([value, label, hint]) =>
        `<div class="fr-fieldset__element"><div class="fr-radio-group fr-radio-rich"><input value="${value}" type="radio" id="d-theme-${value}" name="d-theme"><label class="fr-label" for="d-theme-${value}">${label}${hint}</label></div></div>`,
    )
    .join('')}</fieldset></div>`;

/** Ours takes the page's scheme (set by the test's theme): check the same radio on DSFR's side. */
const prepare: Fixture['prepare'] = ({ dsfr: side }) => {
  const scheme = document.documentElement.getAttribute('data-fr-scheme') ?? 'system';
  const input = side.querySelector<HTMLInputElement>(`input[value="${scheme}"]`);
  if (input) input.checked = true;
};

const compare = [
  ['charte-display >>> fieldset', '.fr-fieldset'],
  ['charte-display >>> legend', '.fr-fieldset__legend'],
  ['charte-display >>> label', '.fr-label'],
  ['charte-display >>> .hint', '.fr-hint-text'],
] as const;

export const fixtures: Fixture[] = [
  { id: 'display/default', html: '<charte-display></charte-display>', dsfr: dsfr(), compare, prepare },
  {
    id: 'display/legend',
    html: '<charte-display legend="Thème d’affichage"></charte-display>',
    dsfr: dsfr('Thème d’affichage'),
    compare,
    prepare,
  },
];
