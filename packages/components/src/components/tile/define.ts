import { CharteTile } from './tile.ts';

CharteTile.define('charte-tile');

declare global {
  interface HTMLElementTagNameMap {
    'charte-tile': CharteTile;
  }
}
