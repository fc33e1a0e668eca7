import type { Fixture } from '../../../test/types.ts';
import lockFill from '../../generated/icons/lock-fill.ts';

/** DSFR's utility rule for `fr-icon-lock-fill` (dist/utility/icons, not in dsfr.min.css that the tests load). */
const LOCK_ICON = `<style>.fr-icon-lock-fill::before{-webkit-mask-image:url("${lockFill}");mask-image:url("${lockFill}")}</style>`;

const box = ['charte-alert >>> .alert', '.fr-alert'] as const;
const title = ['charte-alert >>> .title', '.fr-alert__title'] as const;
const desc = ['charte-alert >>> .desc', '.fr-alert p:not(.fr-alert__title)'] as const;
const close = ['charte-alert >>> .close', '.fr-btn--close'] as const;
const CLOSE =
  '<button title="Masquer le message" type="button" class="fr-btn--close fr-btn">Masquer le message</button>';

const dsfr = (classes: string, heading: string | null, text: string, dismissible = false) =>
  `<div class="fr-alert${classes ? ` ${classes}` : ''}">${heading ? `<h3 class="fr-alert__title">${heading}</h3>` : ''}<p>${text}</p>${
    dismissible ? CLOSE : ''
  }</div>`;

const typed = (type: string, heading: string): Fixture => ({
  id: `alert/${type}`,
  html: `<charte-alert type="${type}" heading="${heading}" description="Description"></charte-alert>`,
  dsfr: dsfr(`fr-alert--${type}`, heading, 'Description'),
  compare: [box, title, desc],
});

export const fixtures: Fixture[] = [
  typed('info', 'Information Covid'),
  typed('success', 'Succès de l’envoi'),
  typed('error', 'Erreur détectée dans le formulaire'),
  typed('warning', 'Attention'),
  {
    id: 'alert/default',
    html: '<charte-alert heading="Titre" description="Description"></charte-alert>',
    dsfr: dsfr('', 'Titre', 'Description'),
    compare: [box, title, desc],
  },
  {
    id: 'alert/no-title',
    html: '<charte-alert type="info">Information : titre de l’information</charte-alert>',
    dsfr: dsfr('fr-alert--info', null, 'Information : titre de l’information'),
    compare: [box, desc],
  },
  {
    id: 'alert/dismissible',
    html: '<charte-alert type="info" heading="Information Covid" description="Cliquer sur la croix pour fermer l’alerte" dismissible></charte-alert>',
    dsfr: dsfr('fr-alert--info', 'Information Covid', 'Cliquer sur la croix pour fermer l’alerte', true),
    compare: [box, title, desc, close],
  },
  {
    id: 'alert/sm',
    html: '<charte-alert type="info" size="sm" heading="Titre" description="Description"></charte-alert>',
    dsfr: dsfr('fr-alert--info fr-alert--sm', 'Titre', 'Description'),
    compare: [box, title, desc],
  },
  {
    id: 'alert/sm-no-title',
    html: '<charte-alert type="info" size="sm" description="Information : titre de l’information"></charte-alert>',
    dsfr: dsfr('fr-alert--info fr-alert--sm', null, 'Information : titre de l’information'),
    compare: [box, desc],
  },
  {
    id: 'alert/sm-dismissible',
    html: '<charte-alert type="info" size="sm" dismissible description="Information : cliquer sur la croix pour fermer l’alerte"></charte-alert>',
    dsfr: dsfr('fr-alert--info fr-alert--sm', null, 'Information : cliquer sur la croix pour fermer l’alerte', true),
    compare: [box, desc, close],
  },
  {
    id: 'alert/custom-icon',
    html: '<charte-alert icon="lock-fill" heading="Titre" description="Description"></charte-alert>',
    dsfr: LOCK_ICON + dsfr('fr-icon-lock-fill', 'Titre', 'Description'),
    compare: [box, title, desc],
  },
];
