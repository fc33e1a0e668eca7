// Written by `pnpm stories` from link.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/link/link.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './link.play.ts';

export default {
  title: 'Composants/Lien',
  component: 'charte-link',
  subcomponents: { 'charte-link-group': 'charte-link-group' },
  argTypes: argTypesFor('charte-link'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'link/default', 'charte-link'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'link/default', plays['link/default']);
export const IconLeft = variant(fixtures, 'link/icon-left', plays['link/icon-left']);
export const IconRight = variant(fixtures, 'link/icon-right', plays['link/icon-right']);
export const Sm = variant(fixtures, 'link/sm', plays['link/sm']);
export const Lg = variant(fixtures, 'link/lg', plays['link/lg']);
export const Xs = variant(fixtures, 'link/xs', plays['link/xs']);
export const SmIconRight = variant(fixtures, 'link/sm-icon-right', plays['link/sm-icon-right']);
export const LgIconLeft = variant(fixtures, 'link/lg-icon-left', plays['link/lg-icon-left']);
export const Disabled = variant(fixtures, 'link/disabled', plays['link/disabled']);
export const External = variant(fixtures, 'link/external', plays['link/external']);
export const ExternalLg = variant(fixtures, 'link/external-lg', plays['link/external-lg']);
export const BackToTop = variant(fixtures, 'link/back-to-top', plays['link/back-to-top']);
export const Download = variant(fixtures, 'link/download', plays['link/download']);
export const DownloadHreflang = variant(fixtures, 'link/download-hreflang', plays['link/download-hreflang']);
export const Group = variant(fixtures, 'link/group', plays['link/group']);
export const GroupSm = variant(fixtures, 'link/group-sm', plays['link/group-sm']);
export const GroupLg = variant(fixtures, 'link/group-lg', plays['link/group-lg']);
export const GroupInline = variant(fixtures, 'link/group-inline', plays['link/group-inline']);
export const GroupBordered = variant(fixtures, 'link/group-bordered', plays['link/group-bordered']);
export const GroupDownload = variant(fixtures, 'link/group-download', plays['link/group-download']);
