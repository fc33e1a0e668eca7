// Written by `pnpm stories` from bloc-marque.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/bloc-marque/bloc-marque.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './bloc-marque.play.ts';

export default {
  title: 'Composants/Bloc-marque',
  component: 'charte-bloc-marque',
  subcomponents: {},
  argTypes: argTypesFor('charte-bloc-marque'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'bloc-marque/md', 'charte-bloc-marque'), name: 'Bac à sable' };
export const Md = variant(fixtures, 'bloc-marque/md', plays['bloc-marque/md']);
export const Sm = variant(fixtures, 'bloc-marque/sm', plays['bloc-marque/sm']);
export const Lg = variant(fixtures, 'bloc-marque/lg', plays['bloc-marque/lg']);
export const Charter = variant(fixtures, 'bloc-marque/charter', plays['bloc-marque/charter']);
export const SevenLines = variant(fixtures, 'bloc-marque/seven-lines', plays['bloc-marque/seven-lines']);
export const Mourning = variant(fixtures, 'bloc-marque/mourning', plays['bloc-marque/mourning']);
export const Link = variant(fixtures, 'bloc-marque/link', plays['bloc-marque/link']);
export const Operator = variant(fixtures, 'bloc-marque/operator', plays['bloc-marque/operator']);
