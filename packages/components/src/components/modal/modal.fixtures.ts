import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const text =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et. Diam maecenas sed enim ut.';
const cols = {
  sm: 'fr-col-12 fr-col-md-6 fr-col-lg-4',
  md: 'fr-col-12 fr-col-md-8 fr-col-lg-6',
  lg: 'fr-col-12 fr-col-md-10 fr-col-lg-8',
};
const buttons = () =>
  `<ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg"><li><button type="button" class="fr-btn">Valider</button></li><li><button type="button" class="fr-btn fr-btn--secondary">Annuler</button></li></ul>`;

const dsfr = (
  id: string,
  {
    size = 'md',
    tag = 'h2',
    icon = true,
    footer = false,
  }: { size?: keyof typeof cols; tag?: string; icon?: boolean; footer?: boolean } = {},
) =>
  `${icon ? dsfrIconStyle('arrow-right-line') : ''}<dialog id="${id}" class="fr-modal fr-modal--opened" open aria-labelledby="${id}-title"><div class="fr-container fr-container--fluid fr-container-md"><div class="fr-grid-row fr-grid-row--center"><div class="${cols[size]}"><div class="fr-modal__body"><div class="fr-modal__header"><button aria-controls="${id}" title="Fermer" type="button" class="fr-btn--close fr-btn">Fermer</button></div><div class="fr-modal__content"><${tag} id="${id}-title" class="fr-modal__title">${icon ? '<span class="fr-icon-arrow-right-line fr-icon--lg" aria-hidden="true"></span> ' : ''}Titre de la modale</${tag}><p>${text}</p></div>${footer ? `<div class="fr-modal__footer">${buttons()}</div>` : ''}</div></div></div></div></dialog>`;

const pairs = [
  ['charte-modal >>> .body', '.fr-modal__body'],
  ['charte-modal >>> dialog', 'dialog'],
  ['charte-modal >>> .close', '.fr-btn--close'],
  ['charte-modal >>> .title', '.fr-modal__title'],
  ['charte-modal >>> .content', '.fr-modal__content'],
  ['charte-modal >>> .header', '.fr-modal__header'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'modal/default',
    html: `<charte-modal id="m1" open heading="Titre de la modale" icon="arrow-right-line"><p>${text}</p></charte-modal>`,
    dsfr: dsfr('d1'),
    compare: pairs,
  },
  {
    id: 'modal/sm',
    html: `<charte-modal id="m2" open size="sm" heading="Titre de la modale" icon="arrow-right-line"><p>${text}</p></charte-modal>`,
    dsfr: dsfr('d2', { size: 'sm' }),
    compare: pairs,
  },
  {
    id: 'modal/lg',
    html: `<charte-modal id="m3" open size="lg" heading="Titre de la modale" icon="arrow-right-line"><p>${text}</p></charte-modal>`,
    dsfr: dsfr('d3', { size: 'lg' }),
    compare: pairs,
  },
  {
    id: 'modal/footer',
    html: `<charte-modal id="m4" open heading="Titre de la modale" icon="arrow-right-line"><p>${text}</p><charte-button-group slot="footer" align="right" inline="lg" reverse><charte-button>Valider</charte-button><charte-button kind="secondary">Annuler</charte-button></charte-button-group></charte-modal>`,
    dsfr: dsfr('d4', { footer: true }),
    compare: [
      ...pairs,
      ['charte-modal >>> .footer', '.fr-modal__footer'],
      ['charte-button-group > charte-button:nth-child(1) >>> .btn', '.fr-modal__footer li:nth-child(1) .fr-btn'],
      ['charte-button-group > charte-button:nth-child(2) >>> .btn', '.fr-modal__footer li:nth-child(2) .fr-btn'],
    ],
  },
  {
    id: 'modal/title-paragraph',
    html: `<charte-modal id="m5" open heading-level="0" heading="Titre de la modale"><p>${text}</p></charte-modal>`,
    dsfr: dsfr('d5', { tag: 'p', icon: false }),
    compare: pairs,
  },
  {
    id: 'modal/closed',
    html: `<charte-button data-charte-modal="m6">Ouvrir la modale</charte-button><charte-modal id="m6" heading="Titre de la modale"><p>${text}</p></charte-modal>`,
    noParity:
      'A closed modal shows nothing; its opener is a charte-button naming it by data-charte-modal (open states are compared above).',
  },
];
