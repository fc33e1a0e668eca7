import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-bloc-marque >>> .logo', '.fr-logo']] as const;
const dsfrLogo = (lines: string[], size = '') =>
  `<p class="fr-logo${size ? ` fr-logo--${size}` : ''}">${lines.join('<br>')}</p>`;

export const fixtures: Fixture[] = [
  {
    id: 'bloc-marque/md',
    html: '<charte-bloc-marque></charte-bloc-marque>',
    dsfr: dsfrLogo(['République', 'Française']),
    compare: pair,
  },
  {
    id: 'bloc-marque/sm',
    html: '<charte-bloc-marque size="sm" charter="gouvernement"></charte-bloc-marque>',
    dsfr: dsfrLogo(['Gouvernement'], 'sm'),
    compare: pair,
  },
  {
    id: 'bloc-marque/lg',
    html: '<charte-bloc-marque size="lg"></charte-bloc-marque>',
    dsfr: dsfrLogo(['République', 'Française'], 'lg'),
    compare: pair,
  },
  {
    id: 'bloc-marque/charter',
    html: '<charte-bloc-marque charter="culture"></charte-bloc-marque>',
    dsfr: dsfrLogo(['Ministère', 'de la Culture']),
    compare: pair,
  },
  {
    id: 'bloc-marque/seven-lines',
    html: `<charte-bloc-marque intitule="Secrétaire d’État|chargé(e) de|l’égalité entre les|femmes et les|hommes et de la|lutte contre les|discriminations"></charte-bloc-marque>`,
    dsfr: dsfrLogo([
      'Secrétaire d’État',
      'chargé(e) de',
      'l’égalité entre les',
      'femmes et les',
      'hommes et de la',
      'lutte contre les',
      'discriminations',
    ]),
    compare: pair,
  },
  {
    id: 'bloc-marque/mourning',
    html: '<charte-bloc-marque></charte-bloc-marque>',
    dsfr: dsfrLogo(['République', 'Française']),
    compare: pair,
    rootAttributes: { 'data-fr-mourning': '' },
  },
  {
    id: 'bloc-marque/link',
    html: '<charte-bloc-marque href="/" site-name="Nom du site"></charte-bloc-marque>',
    dsfr: `<div class="fr-enlarge-link"><a href="/" title="Accueil - Nom du site - République Française">${dsfrLogo(['République', 'Française'])}</a></div>`,
    compare: pair,
  },
  {
    id: 'bloc-marque/operator',
    html: `<charte-bloc-marque><a slot="operator" href="/" title="Accueil - Opérateur"><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='140' height='64'%3E%3Crect width='140' height='64' fill='%23e3e3fd'/%3E%3C/svg%3E" alt="Opérateur"></a></charte-bloc-marque>`,
    noParity: 'DSFR shows an operator logo only inside its header: compared there (header fixtures).',
  },
];
