export { type BadgeType, CharteBadge } from './badge.ts';
export { CharteBadgeGroup } from './badge-group.ts';
