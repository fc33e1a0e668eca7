// Written by `pnpm stories` from tile.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/tile/tile.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './tile.play.ts';

export default {
  title: 'Composants/Tuile',
  component: 'charte-tile',
  subcomponents: {},
  argTypes: argTypesFor('charte-tile'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'tile/default', 'charte-tile'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'tile/default', plays['tile/default']);
export const Sm = variant(fixtures, 'tile/sm', plays['tile/sm']);
export const Minimal = variant(fixtures, 'tile/minimal', plays['tile/minimal']);
export const Grey = variant(fixtures, 'tile/grey', plays['tile/grey']);
export const NoBorder = variant(fixtures, 'tile/no-border', plays['tile/no-border']);
export const NoBackground = variant(fixtures, 'tile/no-background', plays['tile/no-background']);
export const Shadow = variant(fixtures, 'tile/shadow', plays['tile/shadow']);
export const NoArrow = variant(fixtures, 'tile/no-arrow', plays['tile/no-arrow']);
export const NoLink = variant(fixtures, 'tile/no-link', plays['tile/no-link']);
export const NoEnlarge = variant(fixtures, 'tile/no-enlarge', plays['tile/no-enlarge']);
export const NoEnlargeExternal = variant(fixtures, 'tile/no-enlarge-external', plays['tile/no-enlarge-external']);
export const External = variant(fixtures, 'tile/external', plays['tile/external']);
export const Disabled = variant(fixtures, 'tile/disabled', plays['tile/disabled']);
export const Horizontal = variant(fixtures, 'tile/horizontal', plays['tile/horizontal']);
export const HorizontalSm = variant(fixtures, 'tile/horizontal-sm', plays['tile/horizontal-sm']);
export const HorizontalVerticalMd = variant(
  fixtures,
  'tile/horizontal-vertical-md',
  plays['tile/horizontal-vertical-md'],
);
export const HorizontalSmVerticalMd = variant(
  fixtures,
  'tile/horizontal-sm-vertical-md',
  plays['tile/horizontal-sm-vertical-md'],
);
export const HorizontalVerticalLg = variant(
  fixtures,
  'tile/horizontal-vertical-lg',
  plays['tile/horizontal-vertical-lg'],
);
export const StartBadge = variant(fixtures, 'tile/start-badge', plays['tile/start-badge']);
export const Download = variant(fixtures, 'tile/download', plays['tile/download']);
