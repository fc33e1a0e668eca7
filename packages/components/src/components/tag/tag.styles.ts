import { css, unsafeCSS } from 'lit';
import checkboxCircle from '../../generated/icons/checkbox-circle-line.ts';
import closeLine from '../../generated/icons/close-line.ts';
import { ACCENTS } from '../../styles/accents.ts';

const accents = unsafeCSS(
  ACCENTS.map(
    (accent) => `:host([accent='${accent}']) a.tag,
  :host([accent='${accent}']) button.tag:not(.dismiss):not([aria-pressed]) {
    --_bg: var(--background-action-low-${accent});
    --_hover: var(--background-action-low-${accent}-hover);
    --_active: var(--background-action-low-${accent}-active);
    color: var(--text-action-high-${accent});
  }`,
  ).join('\n'),
);

/*
 * DSFR tag: md 0.875rem/1.5rem text, 2rem high at least, padding 0.25rem 0.75rem, radius 1rem, 2.25rem wide at
 * least; sm 0.75rem/1.25rem, 1.5rem, 0.125rem 0.5rem, radius 0.75rem. Static: grey; link and button: light
 * blue; dismissible: dark blue with a close icon; selected: dark blue with a check badge in the corner.
 */
export const styles = css`
  /* An inline block whose line box is the page's, so that the tag sits on the text baseline as DSFR's does. */
  :host {
    display: inline-block;
    max-width: 100%;
  }
  /* Page styles for [href] (DSFR's underline) must not reach the host. */
  :host([href]) {
    background-image: none !important;
  }
  .tag {
    --_icon-size: 1rem;
    --_bg: var(--background-contrast-grey);
    --_hover: var(--background-contrast-grey-hover);
    --_active: var(--background-contrast-grey-active);
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    justify-content: center;
    width: fit-content;
    max-width: 100%;
    min-width: var(--charte-space-9v, 2.25rem);
    min-height: var(--charte-space-8v, 2rem);
    margin: var(--charte-tag-margin, 0);
    padding: var(--charte-space-1v, 0.25rem) var(--charte-space-3v, 0.75rem);
    border: none;
    border-radius: var(--charte-radius-pill, 1rem);
    appearance: none;
    font-family: inherit;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    font-weight: var(--charte-font-weight-regular, 400);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    text-align: center;
    text-decoration: none;
    vertical-align: var(--charte-tag-vertical-align, baseline);
    color: var(--text-label-grey);
    background-color: var(--_bg);
    -webkit-tap-highlight-color: transparent;
  }
  a.tag,
  button.tag {
    --_bg: var(--background-action-low-blue-france);
    --_hover: var(--background-action-low-blue-france-hover);
    --_active: var(--background-action-low-blue-france-active);
    color: var(--text-action-high-blue-france);
    cursor: pointer;
  }
  ${accents}
  button.tag.dismiss {
    --_bg: var(--background-action-high-blue-france);
    --_hover: var(--background-action-high-blue-france-hover);
    --_active: var(--background-action-high-blue-france-active);
    color: var(--text-inverted-blue-france);
  }
  button.tag:disabled,
  a.tag:not([href]) {
    --_bg: var(--background-disabled-grey);
    color: var(--text-disabled-grey);
    cursor: not-allowed;
  }
  @media (hover: hover) and (pointer: fine) {
    a.tag[href]:hover,
    button.tag:not(:disabled):hover {
      background-color: var(--_hover);
    }
    a.tag[href]:active,
    button.tag:not(:disabled):active {
      background-color: var(--_active);
    }
  }

  :host([size='sm']) .tag {
    --_icon-size: 0.75rem;
    min-height: var(--charte-space-6v, 1.5rem);
    padding: var(--charte-space-0-5v, 0.125rem) var(--charte-space-2v, 0.5rem);
    border-radius: var(--charte-radius-lg, 0.75rem);
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
  }

  /* Icon before the label. */
  .icon::before,
  .dismiss::after,
  [aria-pressed='true']::after {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_icon-size);
    height: var(--_icon-size);
    background-color: currentColor;
    -webkit-mask-size: 100% 100%;
    mask-size: 100% 100%;
  }
  .icon::before {
    margin-left: calc(var(--_icon-size) / -8);
    margin-right: var(--charte-space-1v, 0.25rem);
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
  }

  /* Dismissible: a close icon after the label. */
  .dismiss::after {
    margin-left: var(--charte-space-1v, 0.25rem);
    margin-right: calc(-1 * var(--charte-space-1v, 0.25rem));
    -webkit-mask-image: url("${unsafeCSS(closeLine)}");
    mask-image: url("${unsafeCSS(closeLine)}");
  }
  :host([size='sm']) .dismiss::after {
    margin-left: var(--charte-tag-dismiss-gap, var(--charte-space-0-5v, 0.125rem));
    margin-right: -0.1875rem;
  }

  /* Selected: dark blue with a check in a notch of the top right corner. */
  button.tag[aria-pressed='true'] {
    --_notch: 0.25rem;
    --_hole: 0.578125rem;
    --_edge: 0.625rem;
    position: relative;
    overflow: visible;
    background-color: transparent;
    background-image: radial-gradient(
      circle at 100% var(--_notch),
      transparent var(--_hole),
      var(--_pressed, var(--background-active-blue-france)) var(--_edge)
    );
    background-position: 50%;
    background-size: 100%;
    background-repeat: no-repeat;
  }
  :host([size='sm']) button.tag[aria-pressed='true'] {
    --_notch: 0.1875rem;
    --_hole: 0.4475rem;
    --_edge: 0.5rem;
  }
  button[aria-pressed='true'].tag:not(:disabled) {
    color: var(--text-inverted-blue-france);
    background-color: transparent;
  }
  @media (hover: hover) and (pointer: fine) {
    button[aria-pressed='true'].tag:not(:disabled):hover {
      --_pressed: var(--background-active-blue-france-hover);
    }
    button[aria-pressed='true'].tag:not(:disabled):active {
      --_pressed: var(--background-active-blue-france-active);
    }
  }
  [aria-pressed='true']::after {
    position: absolute;
    top: 4px;
    right: 0;
    margin: -0.5rem;
    color: var(--text-action-high-blue-france);
    -webkit-mask-image: url("${unsafeCSS(checkboxCircle)}");
    mask-image: url("${unsafeCSS(checkboxCircle)}");
  }
  :host([size='sm']) [aria-pressed='true']::after {
    top: 3px;
    margin: -0.375rem;
  }
  button[aria-pressed='true'].tag:disabled {
    --_pressed: var(--background-disabled-grey);
    background-color: transparent;
  }
  button[aria-pressed='true'].tag:disabled::after {
    color: var(--text-disabled-grey);
  }

  @media (forced-colors: active) {
    .tag {
      border: 1px solid;
    }
    .tag::before,
    .tag::after {
      background-color: CanvasText;
    }
    button.tag:disabled,
    a.tag:not([href]) {
      color: GrayText;
    }
    button[aria-pressed='true'].tag:not(:disabled) {
      color: Highlight;
      border: 1px solid Highlight;
      border-top: 4px solid Highlight;
    }
    button[aria-pressed='true'].tag:not(:disabled)::after {
      display: none;
    }
  }
`;
