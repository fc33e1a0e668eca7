export { ChartePagination, type PageEntry, pageEntries } from './pagination.ts';
