import { ChartePagination } from './pagination.ts';

ChartePagination.define('charte-pagination');

declare global {
  interface HTMLElementTagNameMap {
    'charte-pagination': ChartePagination;
  }
}
