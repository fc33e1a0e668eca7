// Written by `pnpm stories` from display.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/display/display.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './display.play.ts';

export default {
  title: 'Composants/Paramètres d’affichage',
  component: 'charte-display',
  subcomponents: {},
  argTypes: argTypesFor('charte-display'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'display/default', 'charte-display'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'display/default', plays['display/default']);
export const Legend = variant(fixtures, 'display/legend', plays['display/legend']);
export const NoPictograms = variant(fixtures, 'display/no-pictograms', plays['display/no-pictograms']);
