import '../bloc-marque/define.ts';
import { CharteHeader, type HeaderModal } from './header.ts';
import { CharteHeaderMenu } from './header-menu.ts';
import { CharteHeaderNav } from './header-nav.ts';

CharteHeader.define('charte-header');
CharteHeaderNav.define('charte-header-nav');
CharteHeaderMenu.define('charte-header-menu');

declare global {
  interface HTMLElementTagNameMap {
    'charte-header': CharteHeader;
    'charte-header-nav': CharteHeaderNav;
    'charte-header-menu': CharteHeaderMenu;
  }
  interface GlobalEventHandlersEventMap {
    'charte-header-open': CustomEvent<{ modal: HeaderModal }>;
    'charte-header-close': CustomEvent<{ modal: HeaderModal }>;
    'charte-header-menu-open': CustomEvent<undefined>;
    'charte-header-menu-close': CustomEvent<undefined>;
  }
}
