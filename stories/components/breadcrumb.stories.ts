// Written by `pnpm stories` from breadcrumb.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/breadcrumb/breadcrumb.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './breadcrumb.play.ts';

export default {
  title: 'Composants/Fil d’Ariane',
  component: 'charte-breadcrumb',
  subcomponents: { 'charte-breadcrumb-item': 'charte-breadcrumb-item' },
  argTypes: argTypesFor('charte-breadcrumb'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'breadcrumb/default', 'charte-breadcrumb'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'breadcrumb/default', plays['breadcrumb/default']);
export const Expanded = variant(fixtures, 'breadcrumb/expanded', plays['breadcrumb/expanded']);
