import { css, unsafeCSS } from 'lit';
import externalLink from '../../generated/icons/external-link-line.ts';

/*
 * DSFR button geometry: md 1rem/1.5rem text, at least 2.5rem high, padding 0.5rem 1rem; sm 0.875rem/1.5rem,
 * 2rem, 0.25rem 0.75rem; lg 1.125rem/1.75rem, 3rem, 0.5rem 1.5rem. Icons beside the label: 1rem (1.5rem in
 * lg), 0.5rem from the text, pulled out by 1/8 of their size. Icon only: a square (2.5rem, 2rem, 3rem) with
 * a 1.5rem (1rem, 2rem) icon and the label clipped. Secondary: 1px inset border; tertiary: grey border.
 */
export const styles = css`
  :host {
    display: inline-flex;
    max-width: 100%;
  }
  /* Page styles for [href] and [target=_blank] (DSFR's underline and external icon) must not reach the host. */
  :host([href]) {
    background-image: none !important;
  }
  :host([target])::after,
  :host([target])::before {
    content: none !important;
  }
  .btn {
    --_icon-size: 1rem;
    --_bg: var(--background-action-high-blue-france);
    --_hover: var(--background-action-high-blue-france-hover);
    --_active: var(--background-action-high-blue-france-active);
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    justify-content: var(--charte-button-justify, flex-start);
    width: var(--charte-button-width, fit-content);
    max-width: 100%;
    min-height: var(--charte-space-10v, 2.5rem);
    margin: 0;
    padding: var(--charte-space-2v, 0.5rem) var(--charte-space-4v, 1rem);
    border: none;
    border-radius: 0;
    appearance: none;
    font-family: inherit;
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: var(--charte-font-weight-medium, 500);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    letter-spacing: inherit;
    text-decoration: none;
    color: var(--text-inverted-blue-france);
    background-color: var(--_bg);
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  a.btn {
    text-align: inherit;
  }
  :host([kind='secondary']) .btn {
    --_bg: transparent;
    --_hover: var(--charte-button-hover-tint, var(--background-default-grey-hover));
    --_active: var(--charte-button-active-tint, var(--background-default-grey-active));
    color: var(--text-action-high-blue-france);
    box-shadow: inset 0 0 0 1px var(--border-action-high-blue-france);
  }
  :host([kind='tertiary']) .btn {
    --_bg: transparent;
    --_hover: var(--charte-button-hover-tint, var(--background-default-grey-hover));
    --_active: var(--charte-button-active-tint, var(--background-default-grey-active));
    color: var(--text-action-high-blue-france);
    box-shadow: inset 0 0 0 1px var(--border-default-grey);
  }
  :host([kind='tertiary-no-outline']) .btn {
    --_bg: transparent;
    --_hover: var(--charte-button-hover-tint, var(--background-default-grey-hover));
    --_active: var(--charte-button-active-tint, var(--background-default-grey-active));
    color: var(--text-action-high-blue-france);
  }
  @media (hover: hover) and (pointer: fine) {
    button.btn:not(:disabled):hover,
    a.btn[href]:hover {
      background-color: var(--_hover);
    }
    button.btn:not(:disabled):active,
    a.btn[href]:active {
      background-color: var(--_active);
    }
  }

  /* Disabled (and links without href). */
  .btn:disabled,
  a.btn:not([href]) {
    --_bg: var(--background-disabled-grey);
    color: var(--text-disabled-grey);
    cursor: not-allowed;
  }
  :host([kind='secondary']) .btn:disabled,
  :host([kind='secondary']) a.btn:not([href]),
  :host([kind='tertiary']) .btn:disabled,
  :host([kind='tertiary']) a.btn:not([href]) {
    --_bg: transparent;
    color: var(--text-disabled-grey);
    box-shadow: inset 0 0 0 1px var(--border-disabled-grey);
  }
  :host([kind='tertiary-no-outline']) .btn:disabled,
  :host([kind='tertiary-no-outline']) a.btn:not([href]) {
    --_bg: transparent;
    color: var(--text-disabled-grey);
  }

  /* Sizes. */
  :host([size='sm']) .btn {
    min-height: var(--charte-space-8v, 2rem);
    padding: var(--charte-space-1v, 0.25rem) var(--charte-space-3v, 0.75rem);
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
  }
  :host([size='lg']) .btn {
    --_icon-size: 1.5rem;
    min-height: var(--charte-space-12v, 3rem);
    padding: var(--charte-space-2v, 0.5rem) var(--charte-space-6v, 1.5rem);
    font-size: var(--charte-font-body-lg-size, 1.125rem);
    line-height: var(--charte-font-body-lg-line-height, 1.75rem);
  }

  /* Icons, drawn as masks in the text colour. */
  .icon-left::before,
  .icon-only::before,
  .icon-right::after,
  .external::after {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_icon-size);
    height: var(--_icon-size);
    margin-left: calc(var(--_icon-size) / -8);
    margin-right: 0.5rem;
    background-color: currentColor;
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
    -webkit-mask-size: 100% 100%;
    mask-size: 100% 100%;
  }
  .icon-right::after,
  .external::after {
    margin-left: 0.5rem;
    margin-right: calc(var(--_icon-size) / -8);
  }
  .external::after {
    -webkit-mask-image: url("${unsafeCSS(externalLink)}");
    mask-image: url("${unsafeCSS(externalLink)}");
  }
  .external.icon-right::after {
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
  }
  .icon-only {
    --_icon-size: 1.5rem;
    justify-content: flex-start;
    overflow: hidden;
    white-space: nowrap;
    max-width: var(--charte-space-10v, 2.5rem);
    max-height: var(--charte-space-10v, 2.5rem);
    padding-left: var(--charte-space-2v, 0.5rem);
    padding-right: var(--charte-space-2v, 0.5rem);
  }
  .icon-only::before {
    margin-left: 0;
  }
  :host([size='sm']) .icon-only {
    --_icon-size: 1rem;
    max-width: var(--charte-space-8v, 2rem);
    max-height: var(--charte-space-8v, 2rem);
    padding-left: var(--charte-space-2v, 0.5rem);
    padding-right: var(--charte-space-2v, 0.5rem);
  }
  :host([size='lg']) .icon-only {
    --_icon-size: 2rem;
    max-width: var(--charte-space-12v, 3rem);
    max-height: var(--charte-space-12v, 3rem);
    padding-left: var(--charte-space-2v, 0.5rem);
    padding-right: var(--charte-space-2v, 0.5rem);
  }

  @media (forced-colors: active) {
    .btn::before,
    .btn::after {
      background-color: ButtonText;
    }
    a.btn[href]::before,
    a.btn[href]::after {
      background-color: LinkText;
    }
    .btn:disabled::before,
    .btn:disabled::after,
    a.btn:not([href])::before,
    a.btn:not([href])::after {
      background-color: GrayText;
    }
    .btn:disabled,
    a.btn:not([href]) {
      border-color: GrayText;
      color: GrayText;
    }
    button.btn {
      border: 1px solid ButtonText;
    }
  }
`;
