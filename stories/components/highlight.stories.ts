// Written by `pnpm stories` from highlight.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/highlight/highlight.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Mise en exergue',
  component: 'charte-highlight',
  subcomponents: {},
  argTypes: argTypesFor('charte-highlight'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'highlight/sm', 'charte-highlight'), name: 'Bac à sable' };
export const Sm = variant(fixtures, 'highlight/sm');
export const Md = variant(fixtures, 'highlight/md');
export const Lg = variant(fixtures, 'highlight/lg');
export const AccentGreenEmeraude = variant(fixtures, 'highlight/accent-green-emeraude');
export const AccentPurpleGlycine = variant(fixtures, 'highlight/accent-purple-glycine');
export const AccentOrangeTerreBattue = variant(fixtures, 'highlight/accent-orange-terre-battue');
