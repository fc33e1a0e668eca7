// Written by `pnpm stories` from tag.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/tag/tag.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './tag.play.ts';

export default {
  title: 'Composants/Tag',
  component: 'charte-tag',
  subcomponents: { 'charte-tag-group': 'charte-tag-group' },
  argTypes: argTypesFor('charte-tag'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'tag/static', 'charte-tag'), name: 'Bac à sable' };
export const Static = variant(fixtures, 'tag/static', plays['tag/static']);
export const StaticIcon = variant(fixtures, 'tag/static-icon', plays['tag/static-icon']);
export const StaticSm = variant(fixtures, 'tag/static-sm', plays['tag/static-sm']);
export const Link = variant(fixtures, 'tag/link', plays['tag/link']);
export const LinkIcon = variant(fixtures, 'tag/link-icon', plays['tag/link-icon']);
export const LinkSm = variant(fixtures, 'tag/link-sm', plays['tag/link-sm']);
export const LinkAccent = variant(fixtures, 'tag/link-accent', plays['tag/link-accent']);
export const LinkAccentPurple = variant(fixtures, 'tag/link-accent-purple', plays['tag/link-accent-purple']);
export const LinkDisabled = variant(fixtures, 'tag/link-disabled', plays['tag/link-disabled']);
export const LinkDisabledSm = variant(fixtures, 'tag/link-disabled-sm', plays['tag/link-disabled-sm']);
export const Clickable = variant(fixtures, 'tag/clickable', plays['tag/clickable']);
export const ClickableAccent = variant(fixtures, 'tag/clickable-accent', plays['tag/clickable-accent']);
export const Selectable = variant(fixtures, 'tag/selectable', plays['tag/selectable']);
export const SelectableSelected = variant(fixtures, 'tag/selectable-selected', plays['tag/selectable-selected']);
export const SelectableSelectedSm = variant(
  fixtures,
  'tag/selectable-selected-sm',
  plays['tag/selectable-selected-sm'],
);
export const SelectableSm = variant(fixtures, 'tag/selectable-sm', plays['tag/selectable-sm']);
export const SelectableDisabled = variant(fixtures, 'tag/selectable-disabled', plays['tag/selectable-disabled']);
export const SelectableSelectedDisabled = variant(
  fixtures,
  'tag/selectable-selected-disabled',
  plays['tag/selectable-selected-disabled'],
);
export const Dismissible = variant(fixtures, 'tag/dismissible', plays['tag/dismissible']);
export const DismissibleSm = variant(fixtures, 'tag/dismissible-sm', plays['tag/dismissible-sm']);
export const DismissibleDisabled = variant(fixtures, 'tag/dismissible-disabled', plays['tag/dismissible-disabled']);
export const Group = variant(fixtures, 'tag/group', plays['tag/group']);
export const GroupSm = variant(fixtures, 'tag/group-sm', plays['tag/group-sm']);
export const GroupLinks = variant(fixtures, 'tag/group-links', plays['tag/group-links']);
export const GroupLinksSm = variant(fixtures, 'tag/group-links-sm', plays['tag/group-links-sm']);
export const GroupSelectable = variant(fixtures, 'tag/group-selectable', plays['tag/group-selectable']);
export const GroupSelectableSm = variant(fixtures, 'tag/group-selectable-sm', plays['tag/group-selectable-sm']);
export const GroupDismissible = variant(fixtures, 'tag/group-dismissible', plays['tag/group-dismissible']);
export const GroupDismissibleSm = variant(fixtures, 'tag/group-dismissible-sm', plays['tag/group-dismissible-sm']);
