// Written by `pnpm stories` from sidemenu.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/sidemenu/sidemenu.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './sidemenu.play.ts';

export default {
  title: 'Composants/Menu latéral',
  component: 'charte-sidemenu',
  subcomponents: { 'charte-sidemenu-item': 'charte-sidemenu-item' },
  argTypes: argTypesFor('charte-sidemenu'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'sidemenu/default', 'charte-sidemenu'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'sidemenu/default', plays['sidemenu/default']);
export const Expanded = variant(fixtures, 'sidemenu/expanded', plays['sidemenu/expanded']);
export const Right = variant(fixtures, 'sidemenu/right', plays['sidemenu/right']);
export const Sticky = variant(fixtures, 'sidemenu/sticky', plays['sidemenu/sticky']);
export const StickyFullHeight = variant(fixtures, 'sidemenu/sticky-full-height', plays['sidemenu/sticky-full-height']);
export const Open = variant(fixtures, 'sidemenu/open', plays['sidemenu/open']);
export const Disabled = variant(fixtures, 'sidemenu/disabled', plays['sidemenu/disabled']);
