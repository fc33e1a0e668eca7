import { CharteBreadcrumb, CharteBreadcrumbItem } from './breadcrumb.ts';

CharteBreadcrumb.define('charte-breadcrumb');
CharteBreadcrumbItem.define('charte-breadcrumb-item');

declare global {
  interface HTMLElementTagNameMap {
    'charte-breadcrumb': CharteBreadcrumb;
    'charte-breadcrumb-item': CharteBreadcrumbItem;
  }
}
