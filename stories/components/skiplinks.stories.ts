// Written by `pnpm stories` from skiplinks.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/skiplinks/skiplinks.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './skiplinks.play.ts';

export default {
  title: 'Composants/Liens d’évitement',
  component: 'charte-skiplinks',
  subcomponents: {},
  argTypes: argTypesFor('charte-skiplinks'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'skiplinks/shown', 'charte-skiplinks'), name: 'Bac à sable' };
export const Shown = variant(fixtures, 'skiplinks/shown', plays['skiplinks/shown']);
export const LinksAttribute = variant(fixtures, 'skiplinks/links-attribute', plays['skiplinks/links-attribute']);
export const Hidden = variant(fixtures, 'skiplinks/hidden', plays['skiplinks/hidden']);
