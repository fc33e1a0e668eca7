// Written by `pnpm stories` from notice.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/notice/notice.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './notice.play.ts';

export default {
  title: 'Composants/Bandeau d’information importante',
  component: 'charte-notice',
  subcomponents: {},
  argTypes: argTypesFor('charte-notice'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'notice/minimal', 'charte-notice'), name: 'Bac à sable' };
export const Minimal = variant(fixtures, 'notice/minimal', plays['notice/minimal']);
export const Dismissible = variant(fixtures, 'notice/dismissible', plays['notice/dismissible']);
export const NoIcon = variant(fixtures, 'notice/no-icon', plays['notice/no-icon']);
export const CustomIcon = variant(fixtures, 'notice/custom-icon', plays['notice/custom-icon']);
export const Max = variant(fixtures, 'notice/max', plays['notice/max']);
export const Info = variant(fixtures, 'notice/info', plays['notice/info']);
export const Warning = variant(fixtures, 'notice/warning', plays['notice/warning']);
export const Alert = variant(fixtures, 'notice/alert', plays['notice/alert']);
export const WeatherOrange = variant(fixtures, 'notice/weather-orange', plays['notice/weather-orange']);
export const WeatherRed = variant(fixtures, 'notice/weather-red', plays['notice/weather-red']);
export const WeatherPurple = variant(fixtures, 'notice/weather-purple', plays['notice/weather-purple']);
export const Witness = variant(fixtures, 'notice/witness', plays['notice/witness']);
export const Kidnapping = variant(fixtures, 'notice/kidnapping', plays['notice/kidnapping']);
export const Attack = variant(fixtures, 'notice/attack', plays['notice/attack']);
export const Cyberattack = variant(fixtures, 'notice/cyberattack', plays['notice/cyberattack']);
