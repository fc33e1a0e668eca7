// Written by `pnpm stories` from tag.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/tag/tag.fixtures.ts';
import { playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Tag',
  component: 'charte-tag',
  subcomponents: { 'charte-tag-group': 'charte-tag-group' },
  tags: ['autodocs'],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'tag/static', 'charte-tag'), name: 'Bac à sable' };
export const Static = variant(fixtures, 'tag/static');
export const StaticIcon = variant(fixtures, 'tag/static-icon');
export const StaticSm = variant(fixtures, 'tag/static-sm');
export const Link = variant(fixtures, 'tag/link');
export const LinkIcon = variant(fixtures, 'tag/link-icon');
export const LinkSm = variant(fixtures, 'tag/link-sm');
export const LinkAccent = variant(fixtures, 'tag/link-accent');
export const LinkAccentPurple = variant(fixtures, 'tag/link-accent-purple');
export const LinkDisabled = variant(fixtures, 'tag/link-disabled');
export const LinkDisabledSm = variant(fixtures, 'tag/link-disabled-sm');
export const Clickable = variant(fixtures, 'tag/clickable');
export const ClickableAccent = variant(fixtures, 'tag/clickable-accent');
export const Selectable = variant(fixtures, 'tag/selectable');
export const SelectableSelected = variant(fixtures, 'tag/selectable-selected');
export const SelectableSelectedSm = variant(fixtures, 'tag/selectable-selected-sm');
export const SelectableSm = variant(fixtures, 'tag/selectable-sm');
export const SelectableDisabled = variant(fixtures, 'tag/selectable-disabled');
export const SelectableSelectedDisabled = variant(fixtures, 'tag/selectable-selected-disabled');
export const Dismissible = variant(fixtures, 'tag/dismissible');
export const DismissibleSm = variant(fixtures, 'tag/dismissible-sm');
export const DismissibleDisabled = variant(fixtures, 'tag/dismissible-disabled');
export const Group = variant(fixtures, 'tag/group');
export const GroupSm = variant(fixtures, 'tag/group-sm');
export const GroupLinks = variant(fixtures, 'tag/group-links');
export const GroupLinksSm = variant(fixtures, 'tag/group-links-sm');
export const GroupSelectable = variant(fixtures, 'tag/group-selectable');
export const GroupSelectableSm = variant(fixtures, 'tag/group-selectable-sm');
export const GroupDismissible = variant(fixtures, 'tag/group-dismissible');
export const GroupDismissibleSm = variant(fixtures, 'tag/group-dismissible-sm');
