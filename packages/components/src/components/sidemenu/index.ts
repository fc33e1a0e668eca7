export { CharteSidemenu, CharteSidemenuItem, type SidemenuToggleDetail } from './sidemenu.ts';
