import { css, unsafeCSS } from 'lit';
import arrowDown from '../../generated/icons/arrow-down-s-line.ts';

/*
 * DSFR accordion: a 1px grey line above and below (inset shadow + outer shadow), a full-width button in medium
 * weight 1rem/1.5rem, min-height 3rem, padding 0.75rem 1rem, blue France text and a 1rem chevron pushed to the
 * right, rotated when open; open button on the "open" blue background. Content padded 1rem / 1.5rem when open,
 * and from md 0 1rem sideways with -0.25rem margins.
 */
export const styles = css`
  :host {
    display: block;
    background-color: var(--charte-accordion-background, var(--background-default-grey));
    color: var(--text-default-grey);
  }
  .accordion {
    position: relative;
  }
  .accordion::before {
    content: '';
    display: block;
    position: absolute;
    inset: 0;
    pointer-events: none;
    box-shadow:
      inset 0 1px 0 0 var(--border-default-grey),
      0 1px 0 0 var(--border-default-grey);
  }
  .accordion:focus-within {
    z-index: 1;
  }
  .title {
    display: block;
    margin: 0;
    font-size: unset;
    line-height: unset;
    font-weight: inherit;
  }
  .btn {
    appearance: none;
    border: none;
    cursor: pointer;
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    width: 100%;
    max-width: 100%;
    min-height: var(--charte-accordion-min-height, 3rem);
    margin: 0;
    padding: var(--charte-accordion-padding, var(--charte-space-3v, 0.75rem) var(--charte-space-4v, 1rem));
    font-family: inherit;
    font-weight: var(--charte-font-weight-medium, 500);
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    text-align: left;
    color: var(--charte-accordion-color, var(--text-action-high-blue-france));
    background-color: transparent;
  }
  .btn::after {
    content: '';
    display: block;
    flex: 0 0 auto;
    width: 1rem;
    height: 1rem;
    margin-left: auto;
    margin-right: 0;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(arrowDown)}");
    mask-size: 100% 100%;
    transition: transform 0.3s;
  }
  .btn[aria-expanded='true'] {
    background-color: var(--background-open-blue-france);
  }
  .btn[aria-expanded='true']::after {
    transform: rotate(-180deg);
  }
  @media (hover: hover) and (pointer: fine) {
    .btn:hover {
      background-color: var(--background-default-grey-hover);
    }
    .btn:active {
      background-color: var(--background-default-grey-active);
    }
    .btn[aria-expanded='true']:hover {
      background-color: var(--background-open-blue-france-hover);
    }
    .btn[aria-expanded='true']:active {
      background-color: var(--background-open-blue-france-active);
    }
  }
  .collapse {
    --ul-type: disc;
    --ol-type: decimal;
    --ul-start: 1rem;
    --ol-start: 1.5rem;
    --xl-block: 0.5rem;
    --li-bottom: 0.25rem;
    --xl-base: 1em;
    --ol-content: counters(li-counter, '.') '.\\00a0\\00a0';
    overflow: hidden;
    max-height: 0;
    visibility: hidden;
    transition:
      visibility 0.3s,
      padding 0.3s;
  }
  .collapse.expanded {
    max-height: none;
    overflow-x: hidden;
    overflow-y: auto;
    visibility: visible;
    padding-top: var(--charte-space-4v, 1rem);
    padding-bottom: var(--charte-space-6v, 1.5rem);
  }
  @media (min-width: 48em) {
    .collapse {
      margin: 0 -0.25rem;
      padding-left: var(--charte-space-4v, 1rem);
      padding-right: var(--charte-space-4v, 1rem);
    }
  }
  @media (forced-colors: active) {
    .btn::after {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
    .accordion {
      border-top: 1px solid;
      border-bottom: 1px solid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .btn::after,
    .collapse {
      transition: none;
    }
  }
`;

export const groupStyles = css`
  :host {
    display: block;
  }
`;
