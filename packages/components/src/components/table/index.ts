export { adoptTableStyles, lightCss } from './table.light.ts';
export { CharteTable, type TableSelectionDetail, type TableSortDetail, type TableSortDirection } from './table.ts';
