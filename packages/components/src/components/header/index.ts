export { CharteHeader, type HeaderModal } from './header.ts';
export { CharteHeaderMenu } from './header-menu.ts';
export { CharteHeaderNav } from './header-nav.ts';
