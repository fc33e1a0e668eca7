export { CharteTile } from './tile.ts';
