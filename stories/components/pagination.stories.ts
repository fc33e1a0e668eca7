// Written by `pnpm stories` from pagination.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/pagination/pagination.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './pagination.play.ts';

export default {
  title: 'Composants/Pagination',
  component: 'charte-pagination',
  subcomponents: {},
  argTypes: argTypesFor('charte-pagination'),
  tags: [],
} satisfies Meta;

export const Playground = {
  ...playground(fixtures, 'pagination/first-page', 'charte-pagination'),
  name: 'Bac à sable',
};
export const FirstPage = variant(fixtures, 'pagination/first-page', plays['pagination/first-page']);
export const SecondPage = variant(fixtures, 'pagination/second-page', plays['pagination/second-page']);
export const MiddlePage = variant(fixtures, 'pagination/middle-page', plays['pagination/middle-page']);
export const LastPage = variant(fixtures, 'pagination/last-page', plays['pagination/last-page']);
export const Labels = variant(fixtures, 'pagination/labels', plays['pagination/labels']);
