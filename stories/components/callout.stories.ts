// Written by `pnpm stories` from callout.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/callout/callout.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Mise en avant',
  component: 'charte-callout',
  subcomponents: {},
  argTypes: argTypesFor('charte-callout'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'callout/text', 'charte-callout'), name: 'Bac à sable' };
export const Text = variant(fixtures, 'callout/text');
export const Title = variant(fixtures, 'callout/title');
export const Button = variant(fixtures, 'callout/button');
export const Icon = variant(fixtures, 'callout/icon');
export const AccentGreenEmeraude = variant(fixtures, 'callout/accent-green-emeraude');
export const AccentBlueEcume = variant(fixtures, 'callout/accent-blue-ecume');
export const AccentPurpleGlycine = variant(fixtures, 'callout/accent-purple-glycine');
export const AccentYellowTournesol = variant(fixtures, 'callout/accent-yellow-tournesol');
export const AccentBrownOpera = variant(fixtures, 'callout/accent-brown-opera');
