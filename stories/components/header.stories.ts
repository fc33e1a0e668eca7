// Written by `pnpm stories` from header.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/header/header.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './header.play.ts';

export default {
  title: 'Composants/En-tête',
  component: 'charte-header',
  subcomponents: {
    'charte-header-mega-menu': 'charte-header-mega-menu',
    'charte-header-mega-menu-category': 'charte-header-mega-menu-category',
    'charte-header-menu': 'charte-header-menu',
    'charte-header-nav': 'charte-header-nav',
    'charte-translate': 'charte-translate',
  },
  argTypes: argTypesFor('charte-header'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'header/minimal', 'charte-header'), name: 'Bac à sable' };
export const Minimal = variant(fixtures, 'header/minimal', plays['header/minimal']);
export const Service = variant(fixtures, 'header/service', plays['header/service']);
export const Operator = variant(fixtures, 'header/operator', plays['header/operator']);
export const Tools = variant(fixtures, 'header/tools', plays['header/tools']);
export const ToolsDesktop = variant(fixtures, 'header/tools-desktop', plays['header/tools-desktop']);
export const Search = variant(fixtures, 'header/search', plays['header/search']);
export const Navigation = variant(fixtures, 'header/navigation', plays['header/navigation']);
export const NavigationItems = variant(fixtures, 'header/navigation-items', plays['header/navigation-items']);
export const MenuOpen = variant(fixtures, 'header/menu-open', plays['header/menu-open']);
export const MobileMenuOpen = variant(fixtures, 'header/mobile-menu-open', plays['header/mobile-menu-open']);
export const ToolsIcons = variant(fixtures, 'header/tools-icons', plays['header/tools-icons']);
export const ToolsIconsGeneric = variant(fixtures, 'header/tools-icons-generic', plays['header/tools-icons-generic']);
export const ToolsIconsMenu = variant(fixtures, 'header/tools-icons-menu', plays['header/tools-icons-menu']);
export const MegaMenu = variant(fixtures, 'header/mega-menu', plays['header/mega-menu']);
export const MegaMenuMobile = variant(fixtures, 'header/mega-menu-mobile', plays['header/mega-menu-mobile']);
export const Translate = variant(fixtures, 'header/translate', plays['header/translate']);
export const TranslateOpen = variant(fixtures, 'header/translate-open', plays['header/translate-open']);
export const TranslateNoOutline = variant(
  fixtures,
  'header/translate-no-outline',
  plays['header/translate-no-outline'],
);
export const TranslateTools = variant(fixtures, 'header/translate-tools', plays['header/translate-tools']);
export const TranslateAlone = variant(fixtures, 'header/translate-alone', plays['header/translate-alone']);
export const TranslateMenu = variant(fixtures, 'header/translate-menu', plays['header/translate-menu']);
