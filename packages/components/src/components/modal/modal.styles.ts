import { css, unsafeCSS } from 'lit';
import closeLine from '../../generated/icons/close-line.ts';

/*
 * DSFR modal: a full-viewport dialog on a 64% grey veil, the body centred in a fluid container (columns
 * 12 / md 8 / lg 6 for md, 6 / 4 for sm, 10 / 8 for lg), lifted background and shadow, header with the close
 * button (0.875rem, min-height 2rem), title 1.375rem/1.75rem bold (md 1.5rem/2rem), content padded 1rem
 * (md 2rem) with 3.5rem (md 4rem) under it, sticky footer padded 1rem (md 2rem). The body stands 2rem from
 * the bottom on small screens, centred with 10% above and below from md.
 */
export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    border: none;
    color: var(--text-default-grey);
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    justify-content: space-between;
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    overflow: visible;
    z-index: var(--charte-z-index-modal, 1750);
    background-color: var(--charte-modal-veil, hsl(0deg 0% 9% / 0.64));
    font-family: var(--charte-font-family-marianne, Marianne, arial, sans-serif);
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
  }
  dialog:not([open]) {
    display: none;
  }
  dialog::backdrop {
    background: transparent;
  }
  dialog:focus {
    outline: none;
  }
  dialog::before,
  dialog::after {
    content: '';
    display: block;
    width: 0;
    height: 2rem;
    flex: 1 0 2rem;
  }
  dialog::after {
    content: none;
  }
  :host([top]) dialog::before {
    content: none;
  }
  :host([top]) dialog::after {
    content: '';
  }
  .container {
    width: 100%;
    margin-left: auto;
    margin-right: auto;
    padding-left: 0;
    padding-right: 0;
    overflow: hidden;
    pointer-events: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
  }
  .col {
    flex: 0 0 100%;
    width: 100%;
    max-width: 100%;
  }
  .body {
    --modal-max-height: calc(100vh - 2rem);
    pointer-events: all;
    overflow-y: auto;
    flex: 1 1 auto;
    max-height: var(--modal-max-height);
    scroll-padding-bottom: 0;
    background-color: var(--charte-modal-background, var(--background-lifted-grey));
    filter: drop-shadow(var(--lifted-shadow));
  }
  .header {
    display: flex;
    align-items: center;
    padding: var(--charte-space-4v, 1rem) var(--charte-space-4v, 1rem) var(--charte-space-2v, 0.5rem);
  }
  .close {
    appearance: none;
    border: none;
    cursor: pointer;
    display: flex;
    flex-direction: row;
    align-items: center;
    width: fit-content;
    max-width: 100%;
    margin: 0 0 0 auto;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-family: inherit;
    font-weight: var(--charte-font-weight-medium, 500);
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: 1.5rem;
    color: var(--text-action-high-blue-france);
    background-color: transparent;
  }
  .close::after {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: 1rem;
    height: 1rem;
    margin-left: 0.5rem;
    margin-right: -0.125rem;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(closeLine)}");
    mask-size: 100% 100%;
  }
  @media (hover: hover) and (pointer: fine) {
    .close:hover {
      background-color: var(--background-lifted-grey-hover);
    }
    .close:active {
      background-color: var(--background-lifted-grey-active);
    }
  }
  .content {
    padding-left: var(--charte-space-4v, 1rem);
    padding-right: var(--charte-space-4v, 1rem);
    margin-bottom: 3.5rem;
  }
  .title {
    font-size: var(--charte-font-heading-h4-size, 1.375rem);
    line-height: var(--charte-font-heading-h4-line-height, 1.75rem);
    font-weight: var(--charte-font-weight-bold, 700);
    margin: 0 0 var(--charte-space-4v, 1rem) 0;
    color: var(--text-title-grey);
  }
  .icon::before {
    --icon-size: 2rem;
    content: '';
    display: inline-block;
    vertical-align: calc((0.75em - var(--icon-size)) * 0.5);
    width: var(--icon-size);
    height: var(--icon-size);
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }
  .footer {
    flex: auto 0 0;
    display: flex;
    padding: var(--charte-space-4v, 1rem);
    margin-top: -2.5rem;
    position: sticky;
    bottom: 0;
    background-color: var(--charte-modal-background, var(--background-lifted-grey));
  }
  /* A buttons group in the footer: its last row's bottom margin is taken back, as DSFR does (the charte group
     already reaches 0.5rem out on each side inside its host). */
  .footer ::slotted(.fr-btns-group) {
    margin-bottom: -1rem;
    width: calc(100% + 1rem);
  }
  .footer ::slotted(charte-button-group) {
    margin-bottom: -1rem;
    width: 100%;
  }
  @media (min-width: 48em) {
    :host([top]) dialog::before {
      content: '';
    }
    dialog::before,
    dialog::after {
      content: '';
      height: 10%;
      flex: 1 0 10%;
    }
    .container {
      padding-left: 1rem;
      padding-right: 1rem;
    }
    .col {
      flex: 0 0 calc(800% / 12);
      width: calc(800% / 12);
      max-width: calc(800% / 12);
    }
    :host([size='sm']) .col {
      flex: 0 0 50%;
      width: 50%;
      max-width: 50%;
    }
    :host([size='lg']) .col {
      flex: 0 0 calc(1000% / 12);
      width: calc(1000% / 12);
      max-width: calc(1000% / 12);
    }
    .body {
      max-height: 80vh;
    }
    .header {
      padding: var(--charte-space-4v, 1rem) var(--charte-space-8v, 2rem);
    }
    .content {
      padding-left: var(--charte-space-8v, 2rem);
      padding-right: var(--charte-space-8v, 2rem);
      margin-bottom: 4rem;
    }
    .footer {
      padding: var(--charte-space-8v, 2rem);
      margin-top: -3rem;
    }
    .title {
      font-size: var(--charte-font-heading-h3-size, 1.5rem);
      line-height: var(--charte-font-heading-h3-line-height, 2rem);
    }
  }
  @media (min-width: 62em) {
    .container {
      padding-left: 1.5rem;
      padding-right: 1.5rem;
    }
    .col {
      flex: 0 0 50%;
      width: 50%;
      max-width: 50%;
    }
    :host([size='sm']) .col {
      flex: 0 0 calc(400% / 12);
      width: calc(400% / 12);
      max-width: calc(400% / 12);
    }
    :host([size='lg']) .col {
      flex: 0 0 calc(800% / 12);
      width: calc(800% / 12);
      max-width: calc(800% / 12);
    }
  }
  @media (min-width: 78em) {
    .container {
      max-width: 78rem;
    }
  }
  @media (forced-colors: active) {
    .body {
      border: 1px solid;
    }
    .footer {
      border-top: 1px solid;
    }
    .close::after,
    .icon::before {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
  }
`;
