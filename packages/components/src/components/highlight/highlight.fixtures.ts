import type { Fixture } from '../../../test/types.ts';

const TEXT =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et. Diam maecenas sed';
const pairs = [
  ['charte-highlight >>> .highlight', '.fr-highlight'],
  ['charte-highlight >>> .text', '.fr-highlight p'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'highlight/sm',
    html: `<charte-highlight size="sm">${TEXT}</charte-highlight>`,
    dsfr: `<div class="fr-highlight"><p class="fr-text--sm">${TEXT}</p></div>`,
    compare: pairs,
  },
  {
    id: 'highlight/md',
    html: `<charte-highlight>${TEXT}</charte-highlight>`,
    dsfr: `<div class="fr-highlight"><p>${TEXT}</p></div>`,
    compare: pairs,
  },
  {
    id: 'highlight/lg',
    html: `<charte-highlight size="lg">${TEXT}</charte-highlight>`,
    dsfr: `<div class="fr-highlight"><p class="fr-text--lg">${TEXT}</p></div>`,
    compare: pairs,
  },
  ...(['green-emeraude', 'purple-glycine', 'orange-terre-battue'] as const).map(
    (accent): Fixture => ({
      id: `highlight/accent-${accent}`,
      html: `<charte-highlight accent="${accent}">${TEXT}</charte-highlight>`,
      dsfr: `<div class="fr-highlight fr-highlight--${accent}"><p>${TEXT}</p></div>`,
      compare: pairs,
    }),
  ),
];
