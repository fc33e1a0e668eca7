import type { Fixture } from '../../../test/types.ts';

const text =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et.';
const content = `<h4 class="fr-h4">Contenu</h4><p>${text}</p><ul><li>list item</li><li>list item</li></ul>`;

const ours = (attrs = '', label = 'Libellé accordéon') =>
  `<charte-accordion label="${label}"${attrs}>${content}</charte-accordion>`;
const dsfr = (id: string, expanded = false, level = 3, label = 'Libellé accordéon') =>
  `<section class="fr-accordion"><h${level} class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="${expanded}" aria-controls="${id}">${label}</button></h${level}><div class="fr-collapse${expanded ? ' fr-collapse--expanded' : ''}" id="${id}">${content}</div></section>`;

const single = [
  ['charte-accordion >>> .accordion', '.fr-accordion'],
  ['charte-accordion >>> .btn', '.fr-accordion__btn'],
  ['charte-accordion >>> .collapse', '.fr-collapse'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'accordion/default',
    html: ours(),
    dsfr: dsfr('acc-1'),
    compare: single,
  },
  {
    id: 'accordion/expanded',
    html: ours(' expanded'),
    dsfr: dsfr('acc-2', true),
    compare: single,
  },
  {
    id: 'accordion/heading-level',
    html: ours(' heading-level="2"', 'Titre de niveau 2'),
    dsfr: dsfr('acc-3', false, 2, 'Titre de niveau 2'),
    compare: single,
  },
  {
    id: 'accordion/group',
    html: `<charte-accordion-group>${ours()}${ours(' expanded')}${ours()}</charte-accordion-group>`,
    dsfr: `<div class="fr-accordions-group">${dsfr('acc-4')}${dsfr('acc-5', true)}${dsfr('acc-6')}</div>`,
    compare: [
      ['charte-accordion-group', '.fr-accordions-group'],
      ['charte-accordion[expanded] >>> .btn', '.fr-accordion__btn[aria-expanded="true"]'],
      ['charte-accordion[expanded] >>> .collapse', '.fr-collapse--expanded'],
    ],
  },
  {
    id: 'accordion/group-independent',
    html: `<charte-accordion-group independent>${ours(' expanded')}${ours(' expanded')}${ours()}</charte-accordion-group>`,
    dsfr: `<div class="fr-accordions-group" data-fr-group="false">${dsfr('acc-7', true)}${dsfr('acc-8', true)}${dsfr('acc-9')}</div>`,
    compare: [
      ['charte-accordion-group', '.fr-accordions-group'],
      ['charte-accordion:last-child >>> .btn', '.fr-accordion:last-child .fr-accordion__btn'],
    ],
  },
];
