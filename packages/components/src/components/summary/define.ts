import { CharteSummary, CharteSummaryItem } from './summary.ts';

CharteSummary.define('charte-summary');
CharteSummaryItem.define('charte-summary-item');

declare global {
  interface HTMLElementTagNameMap {
    'charte-summary': CharteSummary;
    'charte-summary-item': CharteSummaryItem;
  }
}
