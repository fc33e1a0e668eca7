// Written by `pnpm stories` from alert.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/alert/alert.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './alert.play.ts';

export default {
  title: 'Composants/Alerte',
  component: 'charte-alert',
  subcomponents: {},
  argTypes: argTypesFor('charte-alert'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'alert/info', 'charte-alert'), name: 'Bac à sable' };
export const Info = variant(fixtures, 'alert/info', plays['alert/info']);
export const Success = variant(fixtures, 'alert/success', plays['alert/success']);
export const ErrorStory = { ...variant(fixtures, 'alert/error', plays['alert/error']), name: 'Error' };
export const Warning = variant(fixtures, 'alert/warning', plays['alert/warning']);
export const Default = variant(fixtures, 'alert/default', plays['alert/default']);
export const NoTitle = variant(fixtures, 'alert/no-title', plays['alert/no-title']);
export const Dismissible = variant(fixtures, 'alert/dismissible', plays['alert/dismissible']);
export const Sm = variant(fixtures, 'alert/sm', plays['alert/sm']);
export const SmNoTitle = variant(fixtures, 'alert/sm-no-title', plays['alert/sm-no-title']);
export const SmDismissible = variant(fixtures, 'alert/sm-dismissible', plays['alert/sm-dismissible']);
export const CustomIcon = variant(fixtures, 'alert/custom-icon', plays['alert/custom-icon']);
