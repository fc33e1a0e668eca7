// Written by `pnpm stories` from footer.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/footer/footer.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './footer.play.ts';

export default {
  title: 'Composants/Pied de page',
  component: 'charte-footer',
  subcomponents: { 'charte-footer-column': 'charte-footer-column' },
  argTypes: argTypesFor('charte-footer'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'footer/default', 'charte-footer'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'footer/default', plays['footer/default']);
export const DescriptionSlot = variant(fixtures, 'footer/description-slot', plays['footer/description-slot']);
export const Operator = variant(fixtures, 'footer/operator', plays['footer/operator']);
export const Partners = variant(fixtures, 'footer/partners', plays['footer/partners']);
export const ExtraLinks = variant(fixtures, 'footer/extra-links', plays['footer/extra-links']);
export const Navigation = variant(fixtures, 'footer/navigation', plays['footer/navigation']);
export const English = variant(fixtures, 'footer/english', plays['footer/english']);
