import type { Fixture } from '../../../test/types.ts';

const TEXT =
  '«&nbsp;Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et. Diam maecenas sed enim ut. Accumsan lacus vel facilisis volutpat est. Ut aliquam purus sit amet luctus. Lorem ipsum dolor sit amet consectetur adipiscing elit ut.&nbsp;»';
const IMG = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='400'%3E%3Crect width='400' height='400' fill='%23cacafb'/%3E%3Ccircle cx='200' cy='160' r='80' fill='%236a6af4'/%3E%3C/svg%3E`;
const LINK = '<a target="_blank" rel="noopener external" title="Détail 4 - nouvelle fenêtre" href="#">Détail 4</a>';

const pairs = [
  ['charte-quote >>> .quote', '.fr-quote'],
  ['charte-quote >>> .text', '.fr-quote blockquote p'],
  ['charte-quote >>> .author', '.fr-quote__author'],
  ['charte-quote >>> .source', '.fr-quote__source'],
] as const;

const ATTRS =
  'author="Auteur" source="Ouvrage" details="Détail 1|Détail 2|Détail 3" link-label="Détail 4" link-href="#"';
const SOURCE = `<ul class="fr-quote__source"><li><cite>Ouvrage</cite></li><li>Détail 1</li><li>Détail 2</li><li>Détail 3</li><li>${LINK}</li></ul>`;
const dsfr = (classes: string, text: string, caption: string) =>
  `<figure class="fr-quote${classes}"><blockquote cite="#"><p${text}>${TEXT}</p></blockquote><figcaption><p class="fr-quote__author">Auteur</p>${caption}</figcaption></figure>`;

export const fixtures: Fixture[] = [
  {
    id: 'quote/default',
    html: `<charte-quote cite="#" ${ATTRS}>${TEXT}</charte-quote>`,
    dsfr: dsfr('', '', SOURCE),
    compare: pairs,
  },
  {
    id: 'quote/lg',
    html: `<charte-quote cite="#" size="lg" author="Auteur" link-label="Un seul détail" link-href="#">${TEXT}</charte-quote>`,
    dsfr: dsfr(
      '',
      ' class="fr-text--lg"',
      '<ul class="fr-quote__source"><li><a target="_blank" rel="noopener external" title="Un seul détail - nouvelle fenêtre" href="#">Un seul détail</a></li></ul>',
    ),
    compare: pairs,
  },
  {
    id: 'quote/image',
    html: `<charte-quote cite="#" ${ATTRS}>${TEXT}<img slot="image" src="${IMG}" alt=""></charte-quote>`,
    dsfr: dsfr(
      ' fr-quote--column',
      '',
      `${SOURCE}<div class="fr-quote__image"><img class="fr-responsive-img" src="${IMG}" alt=""></div>`,
    ),
    compare: [...pairs, ['charte-quote >>> .image', '.fr-quote__image']],
  },
  {
    id: 'quote/slotted-details',
    html: `<charte-quote cite="#" author="Auteur" source="Ouvrage"><li slot="details">Détail 1</li><li slot="details">Détail 2</li>${TEXT}</charte-quote>`,
    dsfr: dsfr(
      '',
      '',
      '<ul class="fr-quote__source"><li><cite>Ouvrage</cite></li><li>Détail 1</li><li>Détail 2</li></ul>',
    ),
    compare: pairs,
  },
  ...(['green-emeraude', 'pink-tuile', 'blue-cumulus'] as const).map(
    (accent): Fixture => ({
      id: `quote/accent-${accent}`,
      html: `<charte-quote cite="#" accent="${accent}" ${ATTRS}>${TEXT}</charte-quote>`,
      dsfr: dsfr(` fr-quote--${accent}`, '', SOURCE),
      compare: pairs,
    }),
  ),
];
