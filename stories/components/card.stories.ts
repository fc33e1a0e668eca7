// Written by `pnpm stories` from card.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../../packages/components/src/components/card/card.fixtures.ts';
import { argTypesFor, playground, variant } from '../lib/component.ts';
import { plays } from './card.play.ts';

export default {
  title: 'Composants/Carte',
  component: 'charte-card',
  subcomponents: {},
  argTypes: argTypesFor('charte-card'),
  tags: [],
} satisfies Meta;

export const Playground = { ...playground(fixtures, 'card/default', 'charte-card'), name: 'Bac à sable' };
export const Default = variant(fixtures, 'card/default', plays['card/default']);
export const TitleOnly = variant(fixtures, 'card/title-only', plays['card/title-only']);
export const Sm = variant(fixtures, 'card/sm', plays['card/sm']);
export const Lg = variant(fixtures, 'card/lg', plays['card/lg']);
export const Details = variant(fixtures, 'card/details', plays['card/details']);
export const DetailNoIcon = variant(fixtures, 'card/detail-no-icon', plays['card/detail-no-icon']);
export const NoArrow = variant(fixtures, 'card/no-arrow', plays['card/no-arrow']);
export const External = variant(fixtures, 'card/external', plays['card/external']);
export const Grey = variant(fixtures, 'card/grey', plays['card/grey']);
export const NoBorder = variant(fixtures, 'card/no-border', plays['card/no-border']);
export const NoBackground = variant(fixtures, 'card/no-background', plays['card/no-background']);
export const Shadow = variant(fixtures, 'card/shadow', plays['card/shadow']);
export const NoImage = variant(fixtures, 'card/no-image', plays['card/no-image']);
export const Ratio32x9 = variant(fixtures, 'card/ratio-32x9', plays['card/ratio-32x9']);
export const NoLink = variant(fixtures, 'card/no-link', plays['card/no-link']);
export const NoEnlarge = variant(fixtures, 'card/no-enlarge', plays['card/no-enlarge']);
export const NoEnlargeExternal = variant(fixtures, 'card/no-enlarge-external', plays['card/no-enlarge-external']);
export const Disabled = variant(fixtures, 'card/disabled', plays['card/disabled']);
export const Horizontal = variant(fixtures, 'card/horizontal', plays['card/horizontal']);
export const HorizontalHalf = variant(fixtures, 'card/horizontal-half', plays['card/horizontal-half']);
export const HorizontalTier = variant(fixtures, 'card/horizontal-tier', plays['card/horizontal-tier']);
export const HeaderBadge = variant(fixtures, 'card/header-badge', plays['card/header-badge']);
export const StartBadges = variant(fixtures, 'card/start-badges', plays['card/start-badges']);
export const FooterButtons = variant(fixtures, 'card/footer-buttons', plays['card/footer-buttons']);
export const Download = variant(fixtures, 'card/download', plays['card/download']);
export const Button = variant(fixtures, 'card/button', plays['card/button']);
export const ButtonSm = variant(fixtures, 'card/button-sm', plays['card/button-sm']);
export const ButtonLg = variant(fixtures, 'card/button-lg', plays['card/button-lg']);
export const ButtonGrey = variant(fixtures, 'card/button-grey', plays['card/button-grey']);
export const ButtonNoArrow = variant(fixtures, 'card/button-no-arrow', plays['card/button-no-arrow']);
export const ButtonDisabled = variant(fixtures, 'card/button-disabled', plays['card/button-disabled']);
export const ButtonDownload = variant(fixtures, 'card/button-download', plays['card/button-download']);
export const StartTags = variant(fixtures, 'card/start-tags', plays['card/start-tags']);
export const DownloadHreflang = variant(fixtures, 'card/download-hreflang', plays['card/download-hreflang']);
export const Ratio3x2 = variant(fixtures, 'card/ratio-3x2', plays['card/ratio-3x2']);
export const Ratio4x3 = variant(fixtures, 'card/ratio-4x3', plays['card/ratio-4x3']);
export const Ratio1x1 = variant(fixtures, 'card/ratio-1x1', plays['card/ratio-1x1']);
export const Ratio2x3 = variant(fixtures, 'card/ratio-2x3', plays['card/ratio-2x3']);
