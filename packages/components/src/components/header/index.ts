export { CharteHeader, type HeaderModal } from './header.ts';
export { CharteHeaderMegaMenu, CharteHeaderMegaMenuCategory } from './header-mega-menu.ts';
export { CharteHeaderMenu } from './header-menu.ts';
export { CharteHeaderNav } from './header-nav.ts';
export { CharteTranslate } from './translate.ts';
