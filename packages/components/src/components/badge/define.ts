import { CharteBadge } from './badge.ts';

CharteBadge.define('charte-badge');

declare global {
  interface HTMLElementTagNameMap {
    'charte-badge': CharteBadge;
  }
}
