import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const DESC = 'Texte de description lorem ipsum sit consectetur adipiscing.';
const LINK = 'Lien de consultation';
const CLOSE =
  '<button title="Masquer le message" type="button" class="fr-btn--close fr-btn">Masquer le message</button>';
const box = ['charte-notice >>> .notice', '.fr-notice'] as const;
const title = ['charte-notice >>> .title', '.fr-notice__title'] as const;
const desc = ['charte-notice >>> .desc', '.fr-notice__desc'] as const;
const link = ['charte-notice >>> .link', '.fr-notice__link'] as const;
const close = ['charte-notice >>> .close', '.fr-btn--close'] as const;

interface Options {
  classes: string;
  heading: string;
  description?: string;
  withLink?: boolean;
  dismissible?: boolean;
  titleClass?: string;
}
// DSFR's example separates the title, the description and the link with new lines: white space between them.
const dsfr = ({ classes, heading, description, withLink, dismissible, titleClass = '' }: Options) =>
  `<div class="fr-notice ${classes}"><div class="fr-container"><div class="fr-notice__body"><div><h2 class="fr-notice__title${titleClass}">${heading}</h2>${
    description ? `\n<p class="fr-notice__desc">${description}</p>` : ''
  }${
    withLink
      ? `\n<a title="${LINK} - nouvelle fenêtre" href="#" target="_blank" rel="noopener external" class="fr-notice__link">${LINK}</a>`
      : ''
  }</div>${dismissible ? CLOSE : ''}</div></div></div>`;

const full = (type: string, heading: string): Fixture => ({
  id: `notice/${type}`,
  html: `<charte-notice type="${type}" heading="${heading}" heading-level="2" description="${DESC}" link-label="${LINK}" link-href="#" link-target="_blank" dismissible></charte-notice>`,
  dsfr: dsfr({ classes: `fr-notice--${type}`, heading, description: DESC, withLink: true, dismissible: true }),
  compare: [box, title, desc, link, close],
});

export const fixtures: Fixture[] = [
  {
    id: 'notice/minimal',
    html: '<charte-notice heading="Titre du bandeau d’information" heading-level="2"></charte-notice>',
    dsfr: dsfr({ classes: 'fr-notice--info', heading: 'Titre du bandeau d’information' }),
    compare: [box, title],
  },
  {
    id: 'notice/dismissible',
    html: '<charte-notice heading="Titre du bandeau" heading-level="2" dismissible></charte-notice>',
    dsfr: dsfr({ classes: 'fr-notice--info', heading: 'Titre du bandeau', dismissible: true }),
    compare: [box, title, close],
  },
  {
    id: 'notice/no-icon',
    html: '<charte-notice heading="Titre du bandeau" heading-level="2" no-icon dismissible></charte-notice>',
    dsfr: dsfr({ classes: 'fr-notice--info fr-notice--no-icon', heading: 'Titre du bandeau', dismissible: true }),
    compare: [box, title, close],
  },
  {
    id: 'notice/custom-icon',
    html: '<charte-notice heading="Titre du bandeau" heading-level="2" icon="virus-fill" dismissible></charte-notice>',
    dsfr:
      dsfrIconStyle('virus-fill') +
      dsfr({
        classes: 'fr-notice--info',
        heading: 'Titre du bandeau',
        dismissible: true,
        titleClass: ' fr-icon-virus-fill',
      }),
    compare: [box, title, close],
  },
  {
    id: 'notice/max',
    html: `<charte-notice heading="Titre du bandeau assez long" heading-level="2" description="Texte de description plutot long lorem ipsum sit consectetur adipiscing elit. Sed" link-label="${LINK}" link-href="#" link-target="_blank" dismissible></charte-notice>`,
    dsfr: dsfr({
      classes: 'fr-notice--info',
      heading: 'Titre du bandeau assez long',
      description: 'Texte de description plutot long lorem ipsum sit consectetur adipiscing elit. Sed',
      withLink: true,
      dismissible: true,
    }),
    compare: [box, title, desc, link, close],
  },
  full('info', 'Titre du bandeau d’information'),
  full('warning', 'Titre du bandeau d’avertissement'),
  full('alert', 'Titre du bandeau d’alerte'),
  full('weather-orange', 'Vigilance météo orange'),
  full('weather-red', 'Vigilance météo rouge'),
  full('weather-purple', 'Vigilance météo violette'),
  full('witness', 'Appel à témoins'),
  full('kidnapping', 'Alerte enlèvement'),
  full('attack', 'Attentat en cours'),
  full('cyberattack', 'Cyber-attaque'),
];
