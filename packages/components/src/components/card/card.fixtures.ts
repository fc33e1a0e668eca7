import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const ratios: Record<string, [number, number]> = {
  '16x9': [16, 9],
  '32x9': [32, 9],
  '3x2': [3, 2],
  '4x3': [4, 3],
  '1x1': [1, 1],
  '3x4': [3, 4],
  '2x3': [2, 3],
};
/** A placeholder image of the given ratio, as a data URI (same file on both sides). */
const src = (ratio = '16x9') => {
  const [w, h] = ratios[ratio]!;
  return `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='${w * 40}' height='${h * 40}'%3E%3Crect width='100%25' height='100%25' fill='%23cacafb'/%3E%3Ccircle cx='50%25' cy='50%25' r='30%25' fill='%236a6af4'/%3E%3C/svg%3E`;
};
const ours = (ratio = '16x9') => `<img slot="image" src="${src(ratio)}" alt="">`;
const dsfrImg = (ratio = '16x9', cls = '') =>
  `<div class="fr-card__header"><div class="fr-card__img"><img class="fr-responsive-img${cls}" src="${src(ratio)}" alt=""></div></div>`;

const TITLE = 'Intitulé de la carte (sur lequel se trouve le lien)';
const BUTTON_TITLE = 'Intitulé de la carte (sur lequel se trouve le bouton)';
const DESC =
  'Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua. Vitae sapien pellentesque habitant morbi tristique senectus et';
const DETAIL = 'détail (optionnel)';

const pairs = [
  ['charte-card >>> .card', '.fr-card'],
  ['charte-card >>> .title', '.fr-card__title'],
  ['charte-card >>> .content', '.fr-card__content'],
] as const;
const withLink = [...pairs, ['charte-card >>> .title a', '.fr-card__title a']] as const;
const withDesc = [...withLink, ['charte-card >>> .desc', '.fr-card__desc']] as const;
const withButton = [...pairs, ['charte-card >>> .title button', '.fr-card__title button']] as const;

interface Options {
  classes?: string;
  attrs?: string;
  /** The title's opening tag: `<a …>` or `<button …>`. */
  link?: string;
  title?: string;
  desc?: boolean;
  start?: string;
  end?: string;
  image?: string | false;
}
/** DSFR's markup of a card. */
const dsfr = ({
  classes = 'fr-enlarge-link',
  link = '<a href="#">',
  title = TITLE,
  desc,
  start,
  end,
  image = '16x9',
}: Options) =>
  `${`${start}${end}`.includes('fr-icon-warning-fill') ? dsfrIconStyle('fr--warning-fill') : ''}<div class="fr-card${classes ? ` ${classes}` : ''}"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title">${
    link ? `${link}${title}</${link.startsWith('<button') ? 'button' : 'a'}>` : title
  }</h3>${desc ? `<p class="fr-card__desc">${DESC}</p>` : ''}${start ? `<div class="fr-card__start">${start}</div>` : ''}${
    end ? `<div class="fr-card__end">${end}</div>` : ''
  }</div></div>${image ? dsfrImg(image, image === '16x9' ? '' : ` fr-ratio-${image}`) : ''}</div>`;
const detail = (icon = true) => `<p class="fr-card__detail${icon ? ' fr-icon-warning-fill' : ''}">${DETAIL}</p>`;

const card = (attrs: string, image: string | false = '16x9') =>
  `<charte-card heading="${TITLE}" ${attrs}>${image ? ours(image) : ''}</charte-card>`;
const buttonCard = (attrs: string) => `<charte-card heading="${BUTTON_TITLE}" button ${attrs}>${ours()}</charte-card>`;
const BUTTON = '<button type="button">';
const tags = (n: number) =>
  Array.from({ length: n }, () => '<charte-tag slot="start">Libellé tag</charte-tag>').join('');
const dsfrTags = (n: number) =>
  `<ul class="fr-tags-group">${'<li><p class="fr-tag">Libellé tag</p></li>'.repeat(n)}</ul>`;

const all: Fixture[] = [
  {
    id: 'card/default',
    html: card(`href="#" description="${DESC}"`),
    dsfr: dsfr({ desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/title-only',
    html: card('href="#"'),
    dsfr: dsfr({}),
    compare: withLink,
  },
  {
    id: 'card/sm',
    html: card(
      `href="#" size="sm" description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill" end-detail="${DETAIL}" end-detail-icon="fr--warning-fill"`,
    ),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--sm', desc: true, start: detail(), end: detail() }),
    compare: [...withDesc, ['charte-card >>> .end .detail', '.fr-card__end .fr-card__detail']],
  },
  {
    id: 'card/lg',
    html: card(
      `href="#" size="lg" description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill" end-detail="${DETAIL}" end-detail-icon="fr--warning-fill"`,
    ),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--lg', desc: true, start: detail(), end: detail() }),
    compare: [...withDesc, ['charte-card >>> .end .detail', '.fr-card__end .fr-card__detail']],
  },
  {
    id: 'card/details',
    html: card(
      `href="#" description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill" end-detail="${DETAIL}" end-detail-icon="fr--warning-fill"`,
    ),
    dsfr: dsfr({ desc: true, start: detail(), end: detail() }),
    compare: [
      ...withDesc,
      ['charte-card >>> .start .detail', '.fr-card__start .fr-card__detail'],
      ['charte-card >>> .end .detail', '.fr-card__end .fr-card__detail'],
    ],
  },
  {
    id: 'card/detail-no-icon',
    html: card(`href="#" description="${DESC}" detail="${DETAIL}"`),
    dsfr: dsfr({ desc: true, start: detail(false) }),
    compare: [...withDesc, ['charte-card >>> .start .detail', '.fr-card__start .fr-card__detail']],
  },
  {
    id: 'card/no-arrow',
    html: card('href="#" no-arrow'),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--no-icon' }),
    compare: withLink,
  },
  {
    id: 'card/external',
    html: card(`href="#" target="_blank" description="${DESC}"`),
    dsfr: dsfr({
      desc: true,
      link: `<a title="${TITLE} - nouvelle fenêtre" href="#" target="_blank" rel="noopener external">`,
    }),
    compare: withDesc,
  },
  {
    id: 'card/grey',
    html: card(`href="#" grey description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--grey', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/no-border',
    html: card(`href="#" no-border description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--no-border', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/no-background',
    html: card(`href="#" no-background description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--no-background', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/shadow',
    html: card(`href="#" shadow description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--shadow', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/no-image',
    html: card(`href="#" description="${DESC}"`, false),
    dsfr: dsfr({ desc: true, image: false }),
    compare: withDesc,
  },
  {
    id: 'card/ratio-32x9',
    html: card('href="#" ratio="32x9"', '32x9'),
    dsfr: dsfr({ image: '32x9' }),
    compare: withLink,
  },
  {
    id: 'card/no-link',
    html: `<charte-card heading="Intitulé de la carte"><img slot="image" src="${src()}" alt=""></charte-card>`,
    dsfr: dsfr({ classes: '', link: '', title: 'Intitulé de la carte' }),
    compare: pairs,
  },
  {
    id: 'card/no-enlarge',
    html: card(`href="#" no-enlarge description="${DESC}"`),
    dsfr: dsfr({ classes: '', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/no-enlarge-external',
    html: card(`href="#" no-enlarge target="_blank" description="${DESC}"`),
    dsfr: dsfr({
      classes: '',
      desc: true,
      link: `<a title="${TITLE} - nouvelle fenêtre" href="#" target="_blank" rel="noopener external">`,
    }),
    compare: withDesc,
  },
  {
    id: 'card/disabled',
    html: card(`disabled description="${DESC}"`),
    dsfr: dsfr({ desc: true, link: '<a aria-disabled="true" role="link">' }),
    compare: withDesc,
  },
  {
    id: 'card/horizontal',
    html: card(`href="#" horizontal description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--horizontal', desc: true, start: detail() }),
    compare: withDesc,
  },
  {
    id: 'card/horizontal-half',
    html: card(`href="#" horizontal="half" description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--horizontal-half', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/horizontal-tier',
    html: card(`href="#" horizontal="tier" description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-link fr-card--horizontal-tier', desc: true }),
    compare: withDesc,
  },
  {
    id: 'card/header-badge',
    html: `<charte-card heading="${TITLE}" href="#">${ours()}<charte-badge slot="badges">Libellé badge</charte-badge></charte-card>`,
    dsfr: dsfr({}).replace(
      '</div></div></div>',
      '</div><ul class="fr-badges-group"><li><span class="fr-badge">Libellé badge</span></li></ul></div></div>',
    ),
    compare: [...withLink, ['charte-card > charte-badge >>> .badge', '.fr-badge']],
  },
  {
    id: 'card/start-badges',
    html: `<charte-card heading="${TITLE}" href="#" description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill" end-detail="${DETAIL}" end-detail-icon="fr--warning-fill">${ours()}<charte-badge slot="start" accent="purple-glycine">Libellé badge</charte-badge><charte-badge slot="start" accent="purple-glycine">Libellé badge</charte-badge></charte-card>`,
    dsfr: dsfr({
      desc: true,
      start: `<ul class="fr-badges-group"><li><span class="fr-badge fr-badge--purple-glycine">Libellé badge</span></li><li><span class="fr-badge fr-badge--purple-glycine">Libellé badge</span></li></ul>${detail()}`,
      end: detail(),
    }),
    compare: [...withDesc, ['charte-card >>> .start .detail', '.fr-card__start .fr-card__detail']],
  },
  {
    id: 'card/footer-buttons',
    html: `<charte-card heading="${TITLE}" href="#" no-enlarge description="${DESC}" detail="${DETAIL}" detail-icon="fr--warning-fill">${ours()}<charte-button-group slot="footer" inline="lg" reverse><charte-button kind="secondary">Libellé</charte-button><charte-button>Libellé</charte-button></charte-button-group></charte-card>`,
    dsfr: dsfr({ classes: '', desc: true, start: detail() }).replace(
      '</div></div><div class="fr-card__header">',
      '</div><div class="fr-card__footer"><ul class="fr-btns-group fr-btns-group--inline-reverse fr-btns-group--inline-lg"><li><button type="button" class="fr-btn fr-btn--secondary">Libellé</button></li><li><button type="button" class="fr-btn">Libellé</button></li></ul></div></div><div class="fr-card__header">',
    ),
    compare: [...withDesc, ['charte-card >>> .footer', '.fr-card__footer']],
  },
  {
    id: 'card/download',
    html: `<charte-card heading="Télécharger le document « Nom du document »" href="#" download description="Texte de description (facultatif)" end-detail="PDF - 48 ko">${ours('3x4')}</charte-card>`,
    dsfr: `<div class="fr-card fr-enlarge-link fr-card--download"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a download href="#">Télécharger le document « Nom du document »</a></h3><p class="fr-card__desc">Texte de description (facultatif)</p><div class="fr-card__end"><p class="fr-card__detail">PDF - 48 ko</p></div></div></div>${dsfrImg('3x4')}</div>`,
    compare: withDesc,
  },
  {
    id: 'card/button',
    html: buttonCard(''),
    dsfr: dsfr({ classes: 'fr-enlarge-button', link: BUTTON, title: BUTTON_TITLE }),
    compare: withButton,
  },
  {
    id: 'card/button-sm',
    html: buttonCard('size="sm"'),
    dsfr: dsfr({ classes: 'fr-enlarge-button fr-card--sm', link: BUTTON, title: BUTTON_TITLE }),
    compare: withButton,
  },
  {
    id: 'card/button-lg',
    html: buttonCard('size="lg"'),
    dsfr: dsfr({ classes: 'fr-enlarge-button fr-card--lg', link: BUTTON, title: BUTTON_TITLE }),
    compare: withButton,
  },
  {
    id: 'card/button-grey',
    html: buttonCard(`grey description="${DESC}"`),
    dsfr: dsfr({ classes: 'fr-enlarge-button fr-card--grey', link: BUTTON, title: BUTTON_TITLE, desc: true }),
    compare: [...withButton, ['charte-card >>> .desc', '.fr-card__desc']],
  },
  {
    id: 'card/button-no-arrow',
    html: buttonCard('no-arrow'),
    dsfr: dsfr({ classes: 'fr-enlarge-button fr-card--no-icon', link: BUTTON, title: BUTTON_TITLE }),
    compare: withButton,
  },
  {
    id: 'card/button-disabled',
    html: buttonCard(`disabled description="${DESC}"`),
    dsfr: dsfr({
      classes: 'fr-enlarge-button',
      link: '<button type="button" disabled>',
      title: BUTTON_TITLE,
      desc: true,
    }),
    compare: [...withButton, ['charte-card >>> .desc', '.fr-card__desc']],
  },
  {
    id: 'card/button-download',
    html: `<charte-card heading="Télécharger le document « Nom du document »" button download end-detail="PDF - 48 ko">${ours('3x4')}</charte-card>`,
    dsfr: `<div class="fr-card fr-enlarge-button fr-card--download"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><button type="button">Télécharger le document « Nom du document »</button></h3><div class="fr-card__end"><p class="fr-card__detail">PDF - 48 ko</p></div></div></div>${dsfrImg('3x4')}</div>`,
    compare: withButton,
  },
  {
    id: 'card/start-tags',
    html: `<charte-card heading="${TITLE}" href="#" description="${DESC}">${ours()}${tags(2)}</charte-card>`,
    dsfr: dsfr({ desc: true, start: dsfrTags(2) }),
    compare: [...withDesc, ['charte-card > charte-tag >>> .tag', '.fr-tag']],
  },
  {
    id: 'card/download-hreflang',
    html: `<charte-card heading="Télécharger le document « Nom du document »" href="#" download hreflang="en" description="${DESC}" end-detail="PDF - 1,3 Mo - Anglais">${ours('3x4')}</charte-card>`,
    dsfr: `<div class="fr-card fr-enlarge-link fr-card--download"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a hreflang="en" download href="#">Télécharger le document « Nom du document »</a></h3><p class="fr-card__desc">${DESC}</p><div class="fr-card__end"><p class="fr-card__detail">PDF - 1,3 Mo - Anglais</p></div></div></div>${dsfrImg('3x4')}</div>`,
    compare: withDesc,
  },
  ...(['3x2', '4x3', '1x1', '2x3'] as const).map(
    (ratio): Fixture => ({
      id: `card/ratio-${ratio}`,
      html: card(`href="#" ratio="${ratio}"`, ratio),
      dsfr: dsfr({ image: ratio }),
      compare: withLink,
    }),
  ),
];

/** Detail icons are files drawn as masks: wait for them before measuring. */
export const fixtures: Fixture[] = all;
