// Written by `pnpm stories` from tabs.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/tabs/tabs.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './tabs.play.ts';

export default {
  title: 'Composants/Onglets',
  component: 'charte-tabs',
  subcomponents: { 'charte-tab': 'charte-tab', 'charte-tab-panel': 'charte-tab-panel' },
  argTypes: argTypesFor('charte-tabs'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'tabs/icons', 'charte-tabs'), name: 'Bac à sable' };
export const Icons = variant(fixtures, 'tabs/icons', plays['tabs/icons']);
export const Two = variant(fixtures, 'tabs/two', plays['tabs/two']);
export const ViewportWidth = variant(fixtures, 'tabs/viewport-width', plays['tabs/viewport-width']);
export const Scroll = variant(fixtures, 'tabs/scroll', plays['tabs/scroll']);
