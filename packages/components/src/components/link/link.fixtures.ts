import { dsfrIconStyle, onSurface } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-link >>> .link', '.fr-link']] as const;
const LABEL = 'Libellé lien';
const DOWNLOAD = 'Télécharger le document lorem ipsum sit dolores amet';

const one = (id: string, html: string, dsfr: string, extra: Partial<Fixture> = {}): Fixture => ({
  id: `link/${id}`,
  html,
  dsfr,
  compare: pair,
  ...extra,
});

/** Nine links as in DSFR's examples: the first without icon, then icons on the left or the right. */
const icons = ['', 'left', 'right', 'right', 'left', 'right', 'right', 'left', 'right'];
const groupPair = [
  ['charte-link-group >>> .group', '.fr-links-group'],
  ['charte-link-group > charte-link:nth-child(2)', '.fr-links-group > li:nth-child(2)'],
  ['charte-link-group > charte-link:nth-child(2) >>> .link', '.fr-links-group > li:nth-child(2) .fr-link'],
] as const;
const group = (id: string, attrs: string, modifier: string): Fixture => ({
  id: `link/${id}`,
  html: `<charte-link-group${attrs}>${icons
    .map((side, i) => {
      const icon = side ? ` icon="arrow-${side}-line"${side === 'right' ? ' icon-position="right"' : ''}` : '';
      return `<charte-link href="#"${icon}>${LABEL} ${i + 1}</charte-link>`;
    })
    .join('')}</charte-link-group>`,
  dsfr: `${dsfrIconStyle('arrow-left-line', 'arrow-right-line')}<ul class="fr-links-group${modifier}">${icons
    .map((side, i) => {
      const icon = side ? ` fr-icon-arrow-${side}-line fr-link--icon-${side}` : '';
      return `<li><a href="#" class="fr-link${icon}">${LABEL} ${i + 1}</a></li>`;
    })
    .join('')}</ul>`,
  compare: groupPair,
});

export const fixtures: Fixture[] = [
  one('default', `<charte-link href="#lien">${LABEL}</charte-link>`, `<a href="#lien" class="fr-link">${LABEL}</a>`),
  one(
    'icon-left',
    `<charte-link href="#lien" icon="arrow-left-line">${LABEL}</charte-link>`,
    `${dsfrIconStyle('arrow-left-line')}<a href="#lien" class="fr-link fr-icon-arrow-left-line fr-link--icon-left">${LABEL}</a>`,
  ),
  one(
    'icon-right',
    `<charte-link href="#lien" icon="arrow-right-line" icon-position="right">${LABEL}</charte-link>`,
    `${dsfrIconStyle('arrow-right-line')}<a href="#lien" class="fr-link fr-icon-arrow-right-line fr-link--icon-right">${LABEL}</a>`,
  ),
  one(
    'sm',
    `<charte-link href="#lien" size="sm">${LABEL}</charte-link>`,
    `<a href="#lien" class="fr-link fr-link--sm">${LABEL}</a>`,
  ),
  one(
    'lg',
    `<charte-link href="#lien" size="lg">${LABEL}</charte-link>`,
    `<a href="#lien" class="fr-link fr-link--lg">${LABEL}</a>`,
  ),
  one(
    'xs',
    `<charte-link href="#lien" size="xs">${LABEL}</charte-link>`,
    `<a href="#lien" class="fr-link fr-link--xs">${LABEL}</a>`,
  ),
  one(
    'sm-icon-right',
    `<charte-link href="#lien" size="sm" icon="arrow-right-line" icon-position="right">${LABEL}</charte-link>`,
    `${dsfrIconStyle('arrow-right-line')}<a href="#lien" class="fr-link fr-link--sm fr-icon-arrow-right-line fr-link--icon-right">${LABEL}</a>`,
  ),
  one(
    'lg-icon-left',
    `<charte-link href="#lien" size="lg" icon="arrow-left-line">${LABEL}</charte-link>`,
    `${dsfrIconStyle('arrow-left-line')}<a href="#lien" class="fr-link fr-link--lg fr-icon-arrow-left-line fr-link--icon-left">${LABEL}</a>`,
  ),
  one(
    'disabled',
    `<charte-link href="#lien" disabled>${LABEL}</charte-link>`,
    `<a aria-disabled="true" role="link" class="fr-link">${LABEL}</a>`,
  ),
  one(
    'external',
    `<charte-link href="https://www.systeme-de-design.gouv.fr/" target="_blank">${LABEL}</charte-link>`,
    `<a href="https://www.systeme-de-design.gouv.fr/" target="_blank" rel="noopener" title="${LABEL} - nouvelle fenêtre" class="fr-link">${LABEL}</a>`,
  ),
  one(
    'external-lg',
    `<charte-link href="https://www.systeme-de-design.gouv.fr/" target="_blank" size="lg">${LABEL}</charte-link>`,
    `<a href="https://www.systeme-de-design.gouv.fr/" target="_blank" rel="noopener" title="${LABEL} - nouvelle fenêtre" class="fr-link fr-link--lg">${LABEL}</a>`,
  ),
  one(
    'back-to-top',
    '<charte-link back-to-top></charte-link>',
    `${dsfrIconStyle('arrow-up-fill')}<a href="#top" class="fr-link fr-icon-arrow-up-fill fr-link--icon-left">Haut de page</a>`,
  ),
  one(
    'download',
    onSurface(`<charte-link href="/exemple.jpg" download="" detail="JPG – 61,88 ko">${DOWNLOAD}</charte-link>`),
    `<a download href="/exemple.jpg" class="fr-link fr-link--download">${DOWNLOAD} <span class="fr-link__detail">JPG – 61,88 ko</span></a>`,
    {
      compare: [...pair, ['charte-link >>> .detail', '.fr-link__detail']],
    },
  ),
  one(
    'download-hreflang',
    onSurface(
      `<charte-link href="exemple.pdf" download="" hreflang="en" detail="PDF – 1,81 Mo - Anglais">${DOWNLOAD}</charte-link>`,
    ),
    `<a hreflang="en" download href="exemple.pdf" class="fr-link fr-link--download">${DOWNLOAD} <span class="fr-link__detail">PDF – 1,81 Mo - Anglais</span></a>`,
    {
      compare: [...pair, ['charte-link >>> .detail', '.fr-link__detail']],
    },
  ),
  group('group', '', ''),
  group('group-sm', ' size="sm"', ' fr-links-group--sm'),
  group('group-lg', ' size="lg"', ' fr-links-group--lg'),
  group('group-inline', ' inline', ' fr-links-group--inline'),
  {
    id: 'link/group-bordered',
    html: `<charte-link-group bordered heading="Titre facultatif">${[1, 2, 3]
      .map((i) => `<charte-link href="#">${LABEL} ${i}</charte-link>`)
      .join('')}</charte-link-group>`,
    dsfr: `<div class="fr-links-group fr-links-group--bordered"><p class="fr-links-group__title">Titre facultatif</p><ul>${[
      1, 2, 3,
    ]
      .map((i) => `<li><a href="#" class="fr-link">${LABEL} ${i}</a></li>`)
      .join('')}</ul></div>`,
    compare: [
      ['charte-link-group', '.fr-links-group'],
      ['charte-link-group >>> .heading', '.fr-links-group__title'],
      ['charte-link-group >>> .group', '.fr-links-group > ul'],
      ['charte-link-group > charte-link:nth-child(2) >>> .link', '.fr-links-group li:nth-child(2) .fr-link'],
    ],
  },
  {
    id: 'link/group-download',
    html: onSurface(
      `<charte-link-group>${`<charte-link href="/exemple.jpg" download="" detail="JPG – 61,88 ko">${DOWNLOAD}</charte-link>`.repeat(3)}</charte-link-group>`,
    ),
    dsfr: `<ul class="fr-links-group">${`<li><a download href="/exemple.jpg" class="fr-link fr-link--download">${DOWNLOAD} <span class="fr-link__detail">JPG – 61,88 ko</span></a></li>`.repeat(3)}</ul>`,
    compare: [
      ['charte-link-group >>> .group', '.fr-links-group'],
      ['charte-link-group > charte-link:nth-child(2) >>> .link', '.fr-links-group > li:nth-child(2) .fr-link'],
    ],
  },
];
