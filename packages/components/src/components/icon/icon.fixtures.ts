import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-icon >>> .icon', '.dsfr-icon']] as const;

const one = (id: string, name: string, size?: string, extra: Partial<Fixture> = {}): Fixture => ({
  id: `icon/${id}`,
  html: `<charte-icon name="${name}"${size ? ` size="${size}"` : ''}></charte-icon>`,
  dsfr: `${dsfrIconStyle(name)}<span class="dsfr-icon fr-icon-${name}${size ? ` fr-icon--${size}` : ''}" aria-hidden="true"></span>`,
  compare: pair,
  ...extra,
});

export const fixtures: Fixture[] = [
  one('default', 'arrow-right-line'),
  one('xs', 'arrow-right-line', 'xs'),
  one('sm', 'checkbox-circle-line', 'sm'),
  one('md', 'fr--info-fill', 'md'),
  one('lg', 'home-4-line', 'lg'),
  {
    id: 'icon/labelled',
    html: '<charte-icon name="fr--warning-fill" size="lg" label="Attention"></charte-icon>',
    dsfr: `${dsfrIconStyle('fr--warning-fill')}<span class="dsfr-icon fr-icon-fr--warning-fill fr-icon--lg" role="img" aria-label="Attention"></span>`,
    compare: pair,
  },
  {
    id: 'icon/in-text',
    html: '<p>Suivant <charte-icon name="arrow-right-line" size="sm"></charte-icon></p>',
    dsfr: `${dsfrIconStyle('arrow-right-line')}<p class="dsfr-text">Suivant <span class="dsfr-icon fr-icon-arrow-right-line fr-icon--sm" aria-hidden="true"></span></p>`,
    compare: [['p', '.dsfr-text'], ...pair],
  },
];
