export { CharteBreadcrumb, CharteBreadcrumbItem } from './breadcrumb.ts';
