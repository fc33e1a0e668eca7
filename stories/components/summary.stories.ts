// Written by `pnpm stories` from summary.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/summary/summary.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './summary.play.ts';

export default {
  title: 'Composants/Sommaire',
  component: 'charte-summary',
  subcomponents: { 'charte-summary-item': 'charte-summary-item' },
  argTypes: argTypesFor('charte-summary'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'summary/default', 'charte-summary'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'summary/default', plays['summary/default']);
export const TitleParagraph = variant(fixtures, 'summary/title-paragraph', plays['summary/title-paragraph']);
