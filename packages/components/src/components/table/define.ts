import { CharteTable } from './table.ts';

CharteTable.define('charte-table');

declare global {
  interface HTMLElementTagNameMap {
    'charte-table': CharteTable;
  }
}
