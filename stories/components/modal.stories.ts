// Written by `pnpm stories` from modal.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/modal/modal.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './modal.play.ts';

export default {
  title: 'Composants/Modale',
  component: 'charte-modal',
  subcomponents: {},
  argTypes: argTypesFor('charte-modal'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'modal/default', 'charte-modal'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'modal/default', plays['modal/default']);
export const Sm = variant(fixtures, 'modal/sm', plays['modal/sm']);
export const Lg = variant(fixtures, 'modal/lg', plays['modal/lg']);
export const Footer = variant(fixtures, 'modal/footer', plays['modal/footer']);
export const TitleParagraph = variant(fixtures, 'modal/title-paragraph', plays['modal/title-paragraph']);
export const Closed = variant(fixtures, 'modal/closed', plays['modal/closed']);
