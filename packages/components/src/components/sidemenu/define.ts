import { CharteSidemenu, CharteSidemenuItem } from './sidemenu.ts';

CharteSidemenu.define('charte-sidemenu');
CharteSidemenuItem.define('charte-sidemenu-item');

declare global {
  interface HTMLElementTagNameMap {
    'charte-sidemenu': CharteSidemenu;
    'charte-sidemenu-item': CharteSidemenuItem;
  }
}
