import { dsfrIconStyle, onSurface } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const pair = [['charte-button >>> .btn', '.fr-btn']] as const;
const ICON = 'checkbox-circle-line';
const LABEL = 'Libellé bouton';

const kinds = [
  ['primary', ''],
  ['secondary', ' fr-btn--secondary'],
  ['tertiary', ' fr-btn--tertiary'],
  ['tertiary-no-outline', ' fr-btn--tertiary-no-outline'],
] as const;

/** The variants DSFR shows for each kind: plain, disabled, icon left/right/only, as a link. */
function kindFixtures(kind: string, modifier: string): Fixture[] {
  const attr = kind === 'primary' ? '' : ` kind="${kind}"`;
  const surface = kind === 'primary' ? (markup: string) => markup : onSurface;
  const icon = (position: string) => ` fr-icon-${ICON}${position ? ` fr-btn--icon-${position}` : ''}`;
  return [
    {
      id: `button/${kind}`,
      html: surface(`<charte-button${attr}>${LABEL}</charte-button>`),
      dsfr: `<button type="button" class="fr-btn${modifier}">${LABEL}</button>`,
      compare: pair,
    },
    {
      id: `button/${kind}-disabled`,
      html: surface(`<charte-button${attr} disabled>${LABEL}</charte-button>`),
      dsfr: `<button type="button" disabled class="fr-btn${modifier}">${LABEL}</button>`,
      compare: pair,
    },
    {
      id: `button/${kind}-icon-left`,
      html: surface(`<charte-button${attr} icon="${ICON}">${LABEL}</charte-button>`),
      dsfr: `${dsfrIconStyle(ICON)}<button type="button" class="fr-btn${icon('left')}${modifier}">${LABEL}</button>`,
      compare: pair,
    },
    {
      id: `button/${kind}-icon-right`,
      html: surface(`<charte-button${attr} icon="${ICON}" icon-position="right">${LABEL}</charte-button>`),
      dsfr: `${dsfrIconStyle(ICON)}<button type="button" class="fr-btn${icon('right')}${modifier}">${LABEL}</button>`,
      compare: pair,
    },
    {
      id: `button/${kind}-icon-only`,
      html: surface(
        `<charte-button${attr} icon="${ICON}" icon-position="only" label="${LABEL}">${LABEL}</charte-button>`,
      ),
      dsfr: `${dsfrIconStyle(ICON)}<button title="${LABEL}" type="button" class="fr-btn${icon('')}${modifier}">${LABEL}</button>`,
      compare: pair,
    },
    {
      id: `button/${kind}-link`,
      html: surface(`<charte-button${attr} href="#lien">${LABEL}</charte-button>`),
      dsfr: `<a href="#lien" class="fr-btn${modifier}">${LABEL}</a>`,
      compare: pair,
    },
  ];
}

const sizes: Fixture[] = (['sm', 'lg'] as const).flatMap((size) => {
  const text = `${LABEL} ${size.toUpperCase()}`;
  return [
    {
      id: `button/${size}`,
      html: `<charte-button size="${size}">${text}</charte-button>`,
      dsfr: `<button type="button" class="fr-btn fr-btn--${size}">${text}</button>`,
      compare: pair,
    },
    {
      id: `button/${size}-icon-left`,
      html: `<charte-button size="${size}" icon="${ICON}">${text}</charte-button>`,
      dsfr: `${dsfrIconStyle(ICON)}<button type="button" class="fr-btn fr-btn--${size} fr-icon-${ICON} fr-btn--icon-left">${text}</button>`,
      compare: pair,
    },
    {
      id: `button/${size}-icon-right`,
      html: onSurface(
        `<charte-button size="${size}" kind="secondary" icon="${ICON}" icon-position="right">${text}</charte-button>`,
      ),
      dsfr: `${dsfrIconStyle(ICON)}<button type="button" class="fr-btn fr-btn--${size} fr-btn--secondary fr-icon-${ICON} fr-btn--icon-right">${text}</button>`,
      compare: pair,
    },
    {
      id: `button/${size}-icon-only`,
      html: `<charte-button size="${size}" icon="${ICON}" icon-position="only" label="${text}">${text}</charte-button>`,
      dsfr: `${dsfrIconStyle(ICON)}<button title="${text}" type="button" class="fr-btn fr-btn--${size} fr-icon-${ICON}">${text}</button>`,
      compare: pair,
    },
  ];
});

const links: Fixture[] = [
  {
    id: 'button/link-external',
    html: `<charte-button href="https://www.systeme-de-design.gouv.fr/" target="_blank">${LABEL}</charte-button>`,
    dsfr: `<a href="https://www.systeme-de-design.gouv.fr/" target="_blank" rel="noopener" title="${LABEL} - nouvelle fenêtre" class="fr-btn">${LABEL}</a>`,
    compare: pair,
  },
  {
    id: 'button/link-disabled',
    html: onSurface(`<charte-button kind="secondary" href="#lien" disabled>${LABEL}</charte-button>`),
    dsfr: `<a class="fr-btn fr-btn--secondary" role="link" aria-disabled="true">${LABEL}</a>`,
    compare: pair,
  },
  {
    id: 'button/submit',
    html: `<form action="#"><charte-button type="submit">Envoyer</charte-button></form>`,
    dsfr: `<form action="#"><button type="submit" class="fr-btn">Envoyer</button></form>`,
    compare: pair,
  },
];

/* Groups (fr-btns-group). */
const gpair = (n = 1) =>
  [
    ['charte-button-group >>> .group', '.fr-btns-group'],
    [`charte-button-group > charte-button:nth-child(${n}) >>> .btn`, `.fr-btns-group > li:nth-child(${n}) .fr-btn`],
  ] as const;

interface GroupButton {
  kind?: string;
  text?: string;
  icon?: string;
  position?: string;
  label?: boolean;
}
function group(id: string, attrs: string, classes: string, buttons: GroupButton[], extra: Partial<Fixture> = {}) {
  const ours = buttons
    .map((b) => {
      const a = [
        b.kind ? ` kind="${b.kind}"` : '',
        b.icon ? ` icon="${b.icon}"` : '',
        b.position ? ` icon-position="${b.position}"` : '',
        b.label ? ` label="${b.text ?? LABEL}"` : '',
      ].join('');
      return `<charte-button${a}>${b.text ?? LABEL}</charte-button>`;
    })
    .join('');
  const theirs = buttons
    .map((b) => {
      const c = [
        'fr-btn',
        b.icon ? `fr-icon-${b.icon}` : '',
        b.position && b.position !== 'only' ? `fr-btn--icon-${b.position}` : '',
        b.kind ? `fr-btn--${b.kind}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `<li><button${b.label ? ` title="${b.text ?? LABEL}"` : ''} type="button" class="${c}">${b.text ?? LABEL}</button></li>`;
    })
    .join('');
  const icons = buttons.some((b) => b.icon);
  const fixture: Fixture = {
    id: `button/${id}`,
    html: onSurface(`<charte-button-group${attrs}>${ours}</charte-button-group>`),
    dsfr: `${icons ? dsfrIconStyle(ICON) : ''}<ul class="fr-btns-group${classes}">${theirs}</ul>`,
    compare: gpair(),
    ...extra,
  };
  return fixture;
}

/** DSFR's script gives equisized buttons the widest one's width: done here, as its JS is not loaded. */
async function equisize(sides: { ours: HTMLElement; dsfr: HTMLElement }) {
  for (const list of sides.dsfr.querySelectorAll<HTMLElement>('.fr-btns-group--equisized')) {
    list.style.setProperty('--equisized-width', 'auto');
    const widths = [...list.querySelectorAll('.fr-btn')].map((b) => b.getBoundingClientRect().width);
    list.style.setProperty('--equisized-width', `${Math.max(...widths)}px`);
  }
}

const sec = { kind: 'secondary' };
const three = [sec, sec, sec];
const hierarchy = [{}, sec];
const uneven = [{}, { ...sec, text: `${LABEL} long` }, { ...sec, text: `${LABEL} plus long` }];
const groups: Fixture[] = [
  group('group', '', '', three),
  group(
    'group-sm',
    ' size="sm"',
    ' fr-btns-group--sm',
    three.map((b) => ({ ...b, text: `${LABEL} SM` })),
  ),
  group(
    'group-lg',
    ' size="lg"',
    ' fr-btns-group--lg',
    three.map((b) => ({ ...b, text: `${LABEL} LG` })),
  ),
  group('group-icons-left', ' icon-position="left"', ' fr-btns-group--icon-left', [
    { icon: ICON, position: 'left' },
    { ...sec, icon: ICON, position: 'left' },
    { ...sec, icon: ICON, position: 'left' },
  ]),
  group('group-inline', ' inline', ' fr-btns-group--inline', hierarchy, { compare: gpair(2) }),
  group('group-inline-sm', ' inline="sm"', ' fr-btns-group--inline-sm', hierarchy, { compare: gpair(2) }),
  group('group-inline-md', ' inline="md"', ' fr-btns-group--inline-md', hierarchy, { compare: gpair(2) }),
  group('group-inline-lg', ' inline="lg"', ' fr-btns-group--inline-lg', hierarchy, { compare: gpair(2) }),
  group(
    'group-inline-reverse',
    ' inline="sm" align="right" reverse',
    ' fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-sm',
    hierarchy,
    { compare: gpair(2) },
  ),
  group('group-equisized-inline', ' inline equisized', ' fr-btns-group--equisized fr-btns-group--inline', uneven, {
    prepare: equisize,
  }),
  group(
    'group-equisized-inline-right',
    ' inline equisized align="right"',
    ' fr-btns-group--right fr-btns-group--equisized fr-btns-group--inline',
    uneven,
    { prepare: equisize },
  ),
  group(
    'group-equisized-inline-center',
    ' inline equisized align="center"',
    ' fr-btns-group--center fr-btns-group--equisized fr-btns-group--inline',
    uneven,
    { prepare: equisize },
  ),
  group('group-equisized', ' equisized', ' fr-btns-group--equisized', uneven, { prepare: equisize }),
  group('group-equisized-right', ' equisized align="right"', ' fr-btns-group--right fr-btns-group--equisized', uneven, {
    prepare: equisize,
  }),
  group(
    'group-equisized-center',
    ' equisized align="center"',
    ' fr-btns-group--center fr-btns-group--equisized',
    uneven,
    { prepare: equisize },
  ),
  group('group-icons', ' icon-position="only"', '', [
    { icon: ICON, position: 'only', label: true },
    { ...sec, icon: ICON, position: 'only', label: true },
    { ...sec, icon: ICON, position: 'only', label: true },
  ]),
  group('group-icons-inline', ' inline icon-position="only"', ' fr-btns-group--inline', [
    { icon: ICON, position: 'only', label: true },
    { ...sec, icon: ICON, position: 'only', label: true },
    { ...sec, icon: ICON, position: 'only', label: true },
  ]),
];

export const fixtures: Fixture[] = [
  ...kinds.flatMap(([kind, modifier]) => kindFixtures(kind, modifier)),
  ...sizes,
  ...links,
  ...groups,
];
