import './define.ts';
import { CharteHeaderMegaMenu, CharteHeaderMegaMenuCategory } from './header-mega-menu.ts';

CharteHeaderMegaMenu.define('charte-header-mega-menu');
CharteHeaderMegaMenuCategory.define('charte-header-mega-menu-category');

declare global {
  interface HTMLElementTagNameMap {
    'charte-header-mega-menu': CharteHeaderMegaMenu;
    'charte-header-mega-menu-category': CharteHeaderMegaMenuCategory;
  }
}
