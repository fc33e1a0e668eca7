import { CharteBadge } from './badge.ts';
import { CharteBadgeGroup } from './badge-group.ts';

CharteBadge.define('charte-badge');
CharteBadgeGroup.define('charte-badge-group');

declare global {
  interface HTMLElementTagNameMap {
    'charte-badge': CharteBadge;
    'charte-badge-group': CharteBadgeGroup;
  }
}
