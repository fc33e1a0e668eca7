export { adoptTableStyles, lightCss } from './table.light.ts';
export { CharteTable } from './table.ts';
