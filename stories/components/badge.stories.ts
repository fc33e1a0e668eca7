// Written by `pnpm stories` from badge.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/badge/badge.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';

export default {
  title: 'Composants/Badge',
  component: 'charte-badge',
  subcomponents: { 'charte-badge-group': 'charte-badge-group' },
  argTypes: argTypesFor('charte-badge'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'badge/default', 'charte-badge'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'badge/default');
export const Ellipsis = variant(fixtures, 'badge/ellipsis');
export const Success = variant(fixtures, 'badge/success');
export const SuccessNoIcon = variant(fixtures, 'badge/success-no-icon');
export const SuccessSm = variant(fixtures, 'badge/success-sm');
export const ErrorStory = { ...variant(fixtures, 'badge/error'), name: 'Error' };
export const ErrorNoIcon = variant(fixtures, 'badge/error-no-icon');
export const ErrorSm = variant(fixtures, 'badge/error-sm');
export const Info = variant(fixtures, 'badge/info');
export const InfoNoIcon = variant(fixtures, 'badge/info-no-icon');
export const InfoSm = variant(fixtures, 'badge/info-sm');
export const Warning = variant(fixtures, 'badge/warning');
export const WarningNoIcon = variant(fixtures, 'badge/warning-no-icon');
export const WarningSm = variant(fixtures, 'badge/warning-sm');
export const New = variant(fixtures, 'badge/new');
export const NewNoIcon = variant(fixtures, 'badge/new-no-icon');
export const NewSm = variant(fixtures, 'badge/new-sm');
export const GreenMenthe = variant(fixtures, 'badge/green-menthe');
export const OrangeTerreBattue = variant(fixtures, 'badge/orange-terre-battue');
export const PurpleGlycine = variant(fixtures, 'badge/purple-glycine');
export const BrownCaramel = variant(fixtures, 'badge/brown-caramel');
export const Sm = variant(fixtures, 'badge/sm');
export const SmPurpleGlycine = variant(fixtures, 'badge/sm-purple-glycine');
export const Group = variant(fixtures, 'badge/group');
export const GroupSm = variant(fixtures, 'badge/group-sm');
export const GroupTypes = variant(fixtures, 'badge/group-types');
export const GroupSmTypes = variant(fixtures, 'badge/group-sm-types');
