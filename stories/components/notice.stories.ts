// Written by `pnpm stories` from notice.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/notice/notice.fixtures.ts';
import { playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Bandeau d’information importante',
  component: 'charte-notice',
  subcomponents: {},
  tags: ['autodocs'],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'notice/minimal', 'charte-notice'), name: 'Bac à sable' };
export const Minimal = variant(fixtures, 'notice/minimal');
export const Dismissible = variant(fixtures, 'notice/dismissible');
export const NoIcon = variant(fixtures, 'notice/no-icon');
export const CustomIcon = variant(fixtures, 'notice/custom-icon');
export const Max = variant(fixtures, 'notice/max');
export const Info = variant(fixtures, 'notice/info');
export const Warning = variant(fixtures, 'notice/warning');
export const Alert = variant(fixtures, 'notice/alert');
export const WeatherOrange = variant(fixtures, 'notice/weather-orange');
export const WeatherRed = variant(fixtures, 'notice/weather-red');
export const WeatherPurple = variant(fixtures, 'notice/weather-purple');
export const Witness = variant(fixtures, 'notice/witness');
export const Kidnapping = variant(fixtures, 'notice/kidnapping');
export const Attack = variant(fixtures, 'notice/attack');
export const Cyberattack = variant(fixtures, 'notice/cyberattack');
