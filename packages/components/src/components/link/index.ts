export { CharteLink } from './link.ts';
export { CharteLinkGroup } from './link-group.ts';
