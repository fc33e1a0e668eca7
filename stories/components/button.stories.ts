// Written by `pnpm stories` from button.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/button/button.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './button.play.ts';

export default {
  title: 'Composants/Bouton',
  component: 'charte-button',
  subcomponents: { 'charte-button-group': 'charte-button-group' },
  argTypes: argTypesFor('charte-button'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'button/primary', 'charte-button'), name: 'Bac à sable' };
export const Primary = variant(fixtures, 'button/primary', plays['button/primary']);
export const PrimaryDisabled = variant(fixtures, 'button/primary-disabled', plays['button/primary-disabled']);
export const PrimaryIconLeft = variant(fixtures, 'button/primary-icon-left', plays['button/primary-icon-left']);
export const PrimaryIconRight = variant(fixtures, 'button/primary-icon-right', plays['button/primary-icon-right']);
export const PrimaryIconOnly = variant(fixtures, 'button/primary-icon-only', plays['button/primary-icon-only']);
export const PrimaryLink = variant(fixtures, 'button/primary-link', plays['button/primary-link']);
export const Secondary = variant(fixtures, 'button/secondary', plays['button/secondary']);
export const SecondaryDisabled = variant(fixtures, 'button/secondary-disabled', plays['button/secondary-disabled']);
export const SecondaryIconLeft = variant(fixtures, 'button/secondary-icon-left', plays['button/secondary-icon-left']);
export const SecondaryIconRight = variant(
  fixtures,
  'button/secondary-icon-right',
  plays['button/secondary-icon-right'],
);
export const SecondaryIconOnly = variant(fixtures, 'button/secondary-icon-only', plays['button/secondary-icon-only']);
export const SecondaryLink = variant(fixtures, 'button/secondary-link', plays['button/secondary-link']);
export const Tertiary = variant(fixtures, 'button/tertiary', plays['button/tertiary']);
export const TertiaryDisabled = variant(fixtures, 'button/tertiary-disabled', plays['button/tertiary-disabled']);
export const TertiaryIconLeft = variant(fixtures, 'button/tertiary-icon-left', plays['button/tertiary-icon-left']);
export const TertiaryIconRight = variant(fixtures, 'button/tertiary-icon-right', plays['button/tertiary-icon-right']);
export const TertiaryIconOnly = variant(fixtures, 'button/tertiary-icon-only', plays['button/tertiary-icon-only']);
export const TertiaryLink = variant(fixtures, 'button/tertiary-link', plays['button/tertiary-link']);
export const TertiaryNoOutline = variant(fixtures, 'button/tertiary-no-outline', plays['button/tertiary-no-outline']);
export const TertiaryNoOutlineDisabled = variant(
  fixtures,
  'button/tertiary-no-outline-disabled',
  plays['button/tertiary-no-outline-disabled'],
);
export const TertiaryNoOutlineIconLeft = variant(
  fixtures,
  'button/tertiary-no-outline-icon-left',
  plays['button/tertiary-no-outline-icon-left'],
);
export const TertiaryNoOutlineIconRight = variant(
  fixtures,
  'button/tertiary-no-outline-icon-right',
  plays['button/tertiary-no-outline-icon-right'],
);
export const TertiaryNoOutlineIconOnly = variant(
  fixtures,
  'button/tertiary-no-outline-icon-only',
  plays['button/tertiary-no-outline-icon-only'],
);
export const TertiaryNoOutlineLink = variant(
  fixtures,
  'button/tertiary-no-outline-link',
  plays['button/tertiary-no-outline-link'],
);
export const Sm = variant(fixtures, 'button/sm', plays['button/sm']);
export const SmIconLeft = variant(fixtures, 'button/sm-icon-left', plays['button/sm-icon-left']);
export const SmIconRight = variant(fixtures, 'button/sm-icon-right', plays['button/sm-icon-right']);
export const SmIconOnly = variant(fixtures, 'button/sm-icon-only', plays['button/sm-icon-only']);
export const Lg = variant(fixtures, 'button/lg', plays['button/lg']);
export const LgIconLeft = variant(fixtures, 'button/lg-icon-left', plays['button/lg-icon-left']);
export const LgIconRight = variant(fixtures, 'button/lg-icon-right', plays['button/lg-icon-right']);
export const LgIconOnly = variant(fixtures, 'button/lg-icon-only', plays['button/lg-icon-only']);
export const LinkExternal = variant(fixtures, 'button/link-external', plays['button/link-external']);
export const LinkDisabled = variant(fixtures, 'button/link-disabled', plays['button/link-disabled']);
export const Submit = variant(fixtures, 'button/submit', plays['button/submit']);
export const Group = variant(fixtures, 'button/group', plays['button/group']);
export const GroupSm = variant(fixtures, 'button/group-sm', plays['button/group-sm']);
export const GroupLg = variant(fixtures, 'button/group-lg', plays['button/group-lg']);
export const GroupIconsLeft = variant(fixtures, 'button/group-icons-left', plays['button/group-icons-left']);
export const GroupInline = variant(fixtures, 'button/group-inline', plays['button/group-inline']);
export const GroupInlineSm = variant(fixtures, 'button/group-inline-sm', plays['button/group-inline-sm']);
export const GroupInlineMd = variant(fixtures, 'button/group-inline-md', plays['button/group-inline-md']);
export const GroupInlineLg = variant(fixtures, 'button/group-inline-lg', plays['button/group-inline-lg']);
export const GroupInlineReverse = variant(
  fixtures,
  'button/group-inline-reverse',
  plays['button/group-inline-reverse'],
);
export const GroupEquisizedInline = variant(
  fixtures,
  'button/group-equisized-inline',
  plays['button/group-equisized-inline'],
);
export const GroupEquisizedInlineRight = variant(
  fixtures,
  'button/group-equisized-inline-right',
  plays['button/group-equisized-inline-right'],
);
export const GroupEquisizedInlineCenter = variant(
  fixtures,
  'button/group-equisized-inline-center',
  plays['button/group-equisized-inline-center'],
);
export const GroupEquisized = variant(fixtures, 'button/group-equisized', plays['button/group-equisized']);
export const GroupEquisizedRight = variant(
  fixtures,
  'button/group-equisized-right',
  plays['button/group-equisized-right'],
);
export const GroupEquisizedCenter = variant(
  fixtures,
  'button/group-equisized-center',
  plays['button/group-equisized-center'],
);
export const GroupIcons = variant(fixtures, 'button/group-icons', plays['button/group-icons']);
export const GroupIconsInline = variant(fixtures, 'button/group-icons-inline', plays['button/group-icons-inline']);
