// Written by `pnpm stories` from link.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/link/link.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Lien',
  component: 'charte-link',
  subcomponents: { 'charte-link-group': 'charte-link-group' },
  argTypes: argTypesFor('charte-link'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'link/default', 'charte-link'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'link/default');
export const IconLeft = variant(fixtures, 'link/icon-left');
export const IconRight = variant(fixtures, 'link/icon-right');
export const Sm = variant(fixtures, 'link/sm');
export const Lg = variant(fixtures, 'link/lg');
export const Xs = variant(fixtures, 'link/xs');
export const SmIconRight = variant(fixtures, 'link/sm-icon-right');
export const LgIconLeft = variant(fixtures, 'link/lg-icon-left');
export const Disabled = variant(fixtures, 'link/disabled');
export const External = variant(fixtures, 'link/external');
export const ExternalLg = variant(fixtures, 'link/external-lg');
export const BackToTop = variant(fixtures, 'link/back-to-top');
export const Download = variant(fixtures, 'link/download');
export const DownloadHreflang = variant(fixtures, 'link/download-hreflang');
export const Group = variant(fixtures, 'link/group');
export const GroupSm = variant(fixtures, 'link/group-sm');
export const GroupLg = variant(fixtures, 'link/group-lg');
export const GroupInline = variant(fixtures, 'link/group-inline');
export const GroupBordered = variant(fixtures, 'link/group-bordered');
export const GroupDownload = variant(fixtures, 'link/group-download');
