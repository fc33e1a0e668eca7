import { CharteTable, type TableSelectionDetail, type TableSortDetail } from './table.ts';

CharteTable.define('charte-table');

declare global {
  interface HTMLElementTagNameMap {
    'charte-table': CharteTable;
  }
  interface GlobalEventHandlersEventMap {
    'charte-sort': CustomEvent<TableSortDetail>;
    'charte-selection-change': CustomEvent<TableSelectionDetail>;
  }
}
