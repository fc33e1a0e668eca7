import { css, unsafeCSS } from 'lit';
import errorWarning from '../../generated/icons/error-warning-fill.ts';
import externalLink from '../../generated/icons/external-link-line.ts';
import alertWarning2 from '../../generated/icons/fr--alert-warning-2-fill.ts';
import alertWarning from '../../generated/icons/fr--alert-warning-fill.ts';
import infoFill from '../../generated/icons/fr--info-fill.ts';
import warningFill from '../../generated/icons/fr--warning-fill.ts';
import heavyShowers from '../../generated/icons/heavy-showers-fill.ts';
import typhoon from '../../generated/icons/typhoon-fill.ts';

/*
 * Values of DSFR 1.15 `fr-notice`: padding 1rem 0 around a centred container (padding 1rem, 1.5rem from 62em,
 * at most 78rem wide from 78em); title, description and link 0.875rem/1.5rem (1rem from 48em), the title and
 * the description on one line from 36em; a 1.5rem icon before the title; close button 2rem square.
 * The State's alerts (witness, kidnapping, attack, cyberattack) have a 0.375rem band on top.
 */
export const styles = css`
  :host {
    display: block;
  }
  .notice {
    --_bg: var(--background-contrast-info);
    --_fg: var(--text-default-info);
    --_hover: var(--background-contrast-info-hover);
    --_active: var(--background-contrast-info-active);
    --_close-bg: transparent;
    --_type-icon: url("${unsafeCSS(infoFill)}");
    position: relative;
    padding-top: 1rem;
    padding-bottom: 1rem;
    background-color: var(--_bg);
    color: var(--_fg);
  }
  .type-warning,
  .type-weather-orange {
    --_bg: var(--background-contrast-warning);
    --_fg: var(--text-default-warning);
    --_hover: var(--background-contrast-warning-hover);
    --_active: var(--background-contrast-warning-active);
    --_type-icon: url("${unsafeCSS(warningFill)}");
  }
  .type-weather-orange {
    --_type-icon: url("${unsafeCSS(heavyShowers)}");
  }
  .type-alert {
    --_bg: var(--background-contrast-error);
    --_fg: var(--text-default-error);
    --_hover: var(--background-contrast-error-hover);
    --_active: var(--background-contrast-error-active);
    --_type-icon: url("${unsafeCSS(errorWarning)}");
  }
  .type-weather-red,
  .type-kidnapping,
  .type-attack {
    --_bg: var(--background-flat-error);
    --_fg: var(--text-inverted-grey);
    --_close-bg: var(--background-action-high-error);
    --_hover: var(--background-action-high-error-hover);
    --_active: var(--background-action-high-error-active);
  }
  .type-weather-red {
    --_type-icon: url("${unsafeCSS(heavyShowers)}");
  }
  .type-weather-purple {
    --_bg: var(--background-flat-purple-glycine);
    --_fg: var(--text-inverted-grey);
    --_close-bg: var(--background-action-high-purple-glycine);
    --_hover: var(--background-action-high-purple-glycine-hover);
    --_active: var(--background-action-high-purple-glycine-active);
    --_type-icon: url("${unsafeCSS(typhoon)}");
  }
  .type-witness,
  .type-cyberattack {
    --_bg: var(--background-flat-grey);
    --_fg: var(--text-inverted-grey);
    --_close-bg: var(--background-action-high-grey);
    --_hover: var(--background-action-high-grey-hover);
    --_active: var(--background-action-high-grey-active);
    --_type-icon: url("${unsafeCSS(warningFill)}");
  }
  .type-kidnapping {
    --_type-icon: url("${unsafeCSS(alertWarning)}");
  }
  .type-attack {
    --_type-icon: url("${unsafeCSS(alertWarning2)}");
  }
  .type-witness,
  .type-kidnapping,
  .type-attack,
  .type-cyberattack {
    padding-top: 1.375rem;
    background-image: linear-gradient(0deg, var(--_band), var(--_band));
    background-position: 0 0;
    background-size: 100% 0.375rem;
    background-repeat: no-repeat;
  }
  .type-witness {
    --_band: var(--border-plain-error);
  }
  .type-kidnapping,
  .type-attack {
    --_band: var(--border-plain-grey);
  }
  .type-cyberattack {
    --_band: var(--border-plain-info);
  }
  .type-witness .title,
  .type-kidnapping .title,
  .type-attack .title,
  .type-cyberattack .title {
    text-transform: uppercase;
  }
  .container {
    width: 100%;
    max-width: none;
    margin: 0 auto;
    padding: 0 1rem;
  }
  .body {
    position: relative;
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    justify-content: space-between;
  }
  .content {
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .title,
  .desc {
    display: block;
    margin: 0 0.25rem 0 0;
    font-size: 0.875rem;
    line-height: 1.5rem;
  }
  /* As in DSFR, a heading used as the title takes the band's size (1rem/1.5rem), a paragraph 0.875rem. */
  h2.title,
  h3.title,
  h4.title,
  h5.title,
  h6.title {
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .title {
    position: relative;
    font-weight: 700;
    color: inherit;
  }
  .title::before {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: 1.5rem;
    height: 1.5rem;
    margin-right: 0.5rem;
    vertical-align: calc((0.75em - 1.5rem) * 0.5);
    background-color: currentColor;
    mask-image: var(--_icon, var(--_type-icon));
    mask-size: 100% 100%;
  }
  .no-icon .title::before {
    display: none;
  }
  .link {
    font-size: 0.875rem;
    line-height: 1.5rem;
    color: inherit;
    text-decoration: none;
    background-image: linear-gradient(0deg, currentColor, currentColor), linear-gradient(0deg, currentColor, currentColor);
    background-position:
      0 100%,
      0 calc(100% - 0.0625em);
    background-repeat: no-repeat;
    background-size:
      0 0.125em,
      100% 0.0625em;
  }
  .link[target='_blank']::after {
    content: '';
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: 0.25rem;
    vertical-align: calc((0.75em - 1rem) * 0.5);
    background-color: currentColor;
    mask-image: url("${unsafeCSS(externalLink)}");
    mask-size: 100% 100%;
  }
  .close {
    flex: 0 0 auto;
    margin: -0.25rem 0 0 0.25rem;
  }
  @media (hover: hover) and (pointer: fine) {
    .link:hover {
      background-size:
        100% 0.125em,
        100% 0.0625em;
    }
  }
  @media (min-width: 36em) {
    .title,
    .desc {
      display: inline;
    }
  }
  @media (min-width: 48em) {
    .title,
    .desc,
    .link {
      font-size: 1rem;
      line-height: 1.5rem;
    }
    .close {
      margin-left: 1rem;
    }
  }
  @media (min-width: 62em) {
    .container {
      padding: 0 1.5rem;
    }
  }
  @media (min-width: 78em) {
    .container {
      max-width: var(--charte-notice-container-max-width, 78rem);
    }
  }
  @media (forced-colors: active) {
    .notice {
      outline: 1px solid;
    }
    .title::before {
      forced-color-adjust: none;
      background-color: CanvasText;
    }
  }
`;
