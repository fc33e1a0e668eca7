// Written by `pnpm stories` from icon.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/icon/icon.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Icône',
  component: 'charte-icon',
  subcomponents: {},
  argTypes: argTypesFor('charte-icon'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'icon/default', 'charte-icon'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'icon/default');
export const Xs = variant(fixtures, 'icon/xs');
export const Sm = variant(fixtures, 'icon/sm');
export const Md = variant(fixtures, 'icon/md');
export const Lg = variant(fixtures, 'icon/lg');
export const Labelled = variant(fixtures, 'icon/labelled');
export const InText = variant(fixtures, 'icon/in-text');
