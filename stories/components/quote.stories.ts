// Written by `pnpm stories` from quote.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/quote/quote.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Citation',
  component: 'charte-quote',
  subcomponents: {},
  argTypes: argTypesFor('charte-quote'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'quote/default', 'charte-quote'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'quote/default');
export const Lg = variant(fixtures, 'quote/lg');
export const Image = variant(fixtures, 'quote/image');
export const SlottedDetails = variant(fixtures, 'quote/slotted-details');
export const AccentGreenEmeraude = variant(fixtures, 'quote/accent-green-emeraude');
export const AccentPinkTuile = variant(fixtures, 'quote/accent-pink-tuile');
export const AccentBlueCumulus = variant(fixtures, 'quote/accent-blue-cumulus');
