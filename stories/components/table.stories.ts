// Written by `pnpm stories` from table.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/table/table.fixtures.ts';
import { playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Tableau',
  component: 'charte-table',
  subcomponents: {},
  tags: ['autodocs'],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'table/md', 'charte-table'), name: 'Bac à sable' };
export const Md = variant(fixtures, 'table/md');
export const Sm = variant(fixtures, 'table/sm');
export const Lg = variant(fixtures, 'table/lg');
export const Bordered = variant(fixtures, 'table/bordered');
export const NoScroll = variant(fixtures, 'table/no-scroll');
export const CaptionBottom = variant(fixtures, 'table/caption-bottom');
export const CaptionHidden = variant(fixtures, 'table/caption-hidden');
export const Multiline = variant(fixtures, 'table/multiline');
export const CellMultiline = variant(fixtures, 'table/cell-multiline');
export const Align = variant(fixtures, 'table/align');
export const ColumnSizes = variant(fixtures, 'table/column-sizes');
export const Complex = variant(fixtures, 'table/complex');
export const FixedColumn = variant(fixtures, 'table/fixed-column');
export const Selectable = variant(fixtures, 'table/selectable');
export const SelectableAll = variant(fixtures, 'table/selectable-all');
export const SelectableFixedMd = variant(fixtures, 'table/selectable-fixed-md');
export const Sort = variant(fixtures, 'table/sort');
export const SortDescending = variant(fixtures, 'table/sort-descending');
export const HeaderFooter = variant(fixtures, 'table/header-footer');
