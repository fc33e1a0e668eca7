// Written by `pnpm stories` from table.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/table/table.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './table.play.ts';

export default {
  title: 'Composants/Tableau',
  component: 'charte-table',
  subcomponents: {},
  argTypes: argTypesFor('charte-table'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'table/md', 'charte-table'), name: 'Bac à sable' };
export const Md = variant(fixtures, 'table/md', plays['table/md']);
export const Sm = variant(fixtures, 'table/sm', plays['table/sm']);
export const Lg = variant(fixtures, 'table/lg', plays['table/lg']);
export const Bordered = variant(fixtures, 'table/bordered', plays['table/bordered']);
export const NoScroll = variant(fixtures, 'table/no-scroll', plays['table/no-scroll']);
export const CaptionBottom = variant(fixtures, 'table/caption-bottom', plays['table/caption-bottom']);
export const CaptionHidden = variant(fixtures, 'table/caption-hidden', plays['table/caption-hidden']);
export const Multiline = variant(fixtures, 'table/multiline', plays['table/multiline']);
export const CellMultiline = variant(fixtures, 'table/cell-multiline', plays['table/cell-multiline']);
export const Align = variant(fixtures, 'table/align', plays['table/align']);
export const ColumnSizes = variant(fixtures, 'table/column-sizes', plays['table/column-sizes']);
export const Complex = variant(fixtures, 'table/complex', plays['table/complex']);
export const FixedColumn = variant(fixtures, 'table/fixed-column', plays['table/fixed-column']);
export const Selectable = variant(fixtures, 'table/selectable', plays['table/selectable']);
export const SelectableAll = variant(fixtures, 'table/selectable-all', plays['table/selectable-all']);
export const SelectableFixedMd = variant(fixtures, 'table/selectable-fixed-md', plays['table/selectable-fixed-md']);
export const Sort = variant(fixtures, 'table/sort', plays['table/sort']);
export const SortDescending = variant(fixtures, 'table/sort-descending', plays['table/sort-descending']);
export const SortData = variant(fixtures, 'table/sort-data', plays['table/sort-data']);
export const HeaderFooter = variant(fixtures, 'table/header-footer', plays['table/header-footer']);
