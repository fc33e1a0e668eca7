import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const TEXT =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et. Diam maecenas sed';
const TITLE = 'Titre mise en avant';
const box = ['charte-callout >>> .callout', '.fr-callout'] as const;
const title = ['charte-callout >>> .title', '.fr-callout__title'] as const;
const text = ['charte-callout >>> .text', '.fr-callout__text'] as const;
const BUTTON_DSFR = '<button type="button" class="fr-btn">Libellé bouton</button>';
const BUTTON = '<charte-button slot="button">Libellé bouton</charte-button>';

const dsfr = (classes: string, heading: boolean, button = false) =>
  `<div class="fr-callout${classes}">${heading ? `<h3 class="fr-callout__title">${TITLE}</h3>` : ''}<p class="fr-callout__text">${TEXT}</p>${
    button ? BUTTON_DSFR : ''
  }</div>`;

export const fixtures: Fixture[] = [
  {
    id: 'callout/text',
    html: `<charte-callout>${TEXT}</charte-callout>`,
    dsfr: dsfr('', false),
    compare: [box, text],
  },
  {
    id: 'callout/title',
    html: `<charte-callout heading="${TITLE}">${TEXT}</charte-callout>`,
    dsfr: dsfr('', true),
    compare: [box, title, text],
  },
  {
    id: 'callout/button',
    html: `<charte-callout heading="${TITLE}">${TEXT}${BUTTON}</charte-callout>`,
    dsfr: dsfr('', true, true),
    compare: [box, title, text, ['charte-callout > charte-button >>> .btn', '.fr-btn']],
  },
  {
    id: 'callout/icon',
    html: `<charte-callout heading="${TITLE}" icon="fr--info-line">${TEXT}${BUTTON}</charte-callout>`,
    dsfr: dsfrIconStyle('fr--info-line') + dsfr(' fr-icon-info-line', true, true),
    compare: [box, title, text],
  },
  ...(['green-emeraude', 'blue-ecume', 'purple-glycine', 'yellow-tournesol', 'brown-opera'] as const).map(
    (accent): Fixture => ({
      id: `callout/accent-${accent}`,
      html: `<charte-callout heading="${TITLE}" accent="${accent}">${TEXT}</charte-callout>`,
      dsfr: dsfr(` fr-callout--${accent}`, true),
      compare: [box, title, text],
    }),
  ),
];
