// Written by `pnpm stories` from header.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/header/header.fixtures.ts';
import { playground, variant } from '../lib/component.ts';

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
  tags: ['autodocs'],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'header/minimal', 'charte-header'), name: 'Bac à sable' };
export const Minimal = variant(fixtures, 'header/minimal');
export const Service = variant(fixtures, 'header/service');
export const Operator = variant(fixtures, 'header/operator');
export const Tools = variant(fixtures, 'header/tools');
export const ToolsDesktop = variant(fixtures, 'header/tools-desktop');
export const Search = variant(fixtures, 'header/search');
export const Navigation = variant(fixtures, 'header/navigation');
export const NavigationItems = variant(fixtures, 'header/navigation-items');
export const MenuOpen = variant(fixtures, 'header/menu-open');
export const MobileMenuOpen = variant(fixtures, 'header/mobile-menu-open');
export const ToolsIcons = variant(fixtures, 'header/tools-icons');
export const ToolsIconsGeneric = variant(fixtures, 'header/tools-icons-generic');
export const ToolsIconsMenu = variant(fixtures, 'header/tools-icons-menu');
export const MegaMenu = variant(fixtures, 'header/mega-menu');
export const MegaMenuMobile = variant(fixtures, 'header/mega-menu-mobile');
export const Translate = variant(fixtures, 'header/translate');
export const TranslateOpen = variant(fixtures, 'header/translate-open');
export const TranslateNoOutline = variant(fixtures, 'header/translate-no-outline');
export const TranslateTools = variant(fixtures, 'header/translate-tools');
export const TranslateAlone = variant(fixtures, 'header/translate-alone');
export const TranslateMenu = variant(fixtures, 'header/translate-menu');
