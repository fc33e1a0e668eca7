export { CharteSummary, CharteSummaryItem } from './summary.ts';
