export { type BadgeType, CharteBadge } from './badge.ts';
