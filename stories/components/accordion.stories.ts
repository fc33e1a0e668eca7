// Written by `pnpm stories` from accordion.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/accordion/accordion.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './accordion.play.ts';

export default {
  title: 'Composants/Accordéon',
  component: 'charte-accordion',
  subcomponents: { 'charte-accordion-group': 'charte-accordion-group' },
  argTypes: argTypesFor('charte-accordion'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'accordion/default', 'charte-accordion'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'accordion/default', plays['accordion/default']);
export const Expanded = variant(fixtures, 'accordion/expanded', plays['accordion/expanded']);
export const HeadingLevel = variant(fixtures, 'accordion/heading-level', plays['accordion/heading-level']);
export const Group = variant(fixtures, 'accordion/group', plays['accordion/group']);
export const GroupIndependent = variant(fixtures, 'accordion/group-independent', plays['accordion/group-independent']);
