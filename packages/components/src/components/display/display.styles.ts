import { css } from 'lit';

/*
 * DSFR display settings (fr-display): a fieldset (pulled out by 0.75rem, 0.25rem of padding) whose regular
 * legend (1rem/1.5rem, label grey) sits 1rem above three "rich" radios, 1rem apart (none after the last). A
 * rich radio is a bordered box (1px default grey, active blue when checked) on the default background, its
 * label 1rem/1.5rem with 0.75rem 1rem 0.75rem 2.75rem of padding, the 1rem radio drawn 1rem from the left
 * (a 1px ring, a 3px dot when checked), the hint 0.75rem/1.25rem.
 */
export const styles = css`
  :host {
    display: block;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-default-grey);
  }
  fieldset {
    position: relative;
    display: flex;
    flex-direction: row;
    align-items: last baseline;
    flex-wrap: wrap;
    min-width: 0;
    margin: 0 -0.75rem 1rem;
    padding: 0 0.25rem;
    border: 0;
  }
  legend {
    width: 100%;
    margin: 0 -0.25rem;
    padding: 0 0.75rem var(--charte-space-4v, 1rem);
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: 400;
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-label-grey);
  }
  .element {
    flex: 1 1 100%;
    max-width: 100%;
    margin-bottom: var(--charte-space-4v, 1rem);
    padding: 0 var(--charte-space-2v, 0.5rem);
  }
  .element:last-child {
    margin-bottom: 0;
  }
  .radio {
    position: relative;
    display: flex;
    flex-direction: row;
    align-items: center;
    max-width: 100%;
  }
  input {
    position: absolute;
    top: calc(50% - 0.5rem);
    left: 1rem;
    width: 1rem;
    height: 1rem;
    margin: 0;
    opacity: 0;
  }
  label {
    --_border: var(--border-default-grey);
    --_ring: var(--border-action-high-blue-france);
    display: flex;
    flex-direction: column;
    align-items: stretch;
    justify-content: center;
    align-self: stretch;
    width: 100%;
    margin-left: 0;
    padding: 0.75rem 1rem 0.75rem 2.75rem;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-label-grey);
    background-color: var(--background-default-grey);
    background-image:
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      radial-gradient(transparent 6px, var(--_ring) 7px, transparent 8px);
    background-size:
      100% 1px,
      1px 100%,
      100% 1px,
      1px 100%,
      1rem 1rem;
    background-position:
      0 0,
      100% 0,
      0 100%,
      0 0,
      1rem 50%;
    background-repeat: no-repeat;
    cursor: pointer;
  }
  label::before {
    content: '';
    position: absolute;
    inset: 0;
  }
  input:checked + label {
    --_border: var(--border-active-blue-france);
    --_ring: var(--border-active-blue-france);
    background-image:
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)),
      radial-gradient(transparent 6px, var(--_ring) 7px, transparent 8px),
      radial-gradient(var(--background-active-blue-france) 3px, transparent 4px);
    background-size:
      100% 1px,
      1px 100%,
      100% 1px,
      1px 100%,
      1rem 1rem,
      1rem 1rem;
    background-position:
      0 0,
      100% 0,
      0 100%,
      0 0,
      1rem 50%,
      1rem 50%;
  }
  label:hover {
    background-color: var(--background-default-grey-hover);
  }
  label:active {
    background-color: var(--background-default-grey-active);
  }
  input:focus-visible + label::before {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: 2px;
  }
  /* The pictogram: a 5.5rem box beside the label (0.25rem padding, the artwork at most 3.5rem), sharing the
   * label's right border (pulled left by 1px); its left edge is a grey separator 0.25rem short of each end;
   * its other edges turn blue (action high) when checked. */
  .pictogram {
    --_edge: var(--border-default-grey);
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: center;
    align-self: stretch;
    width: 5.5rem;
    min-width: 5.5rem;
    min-height: 5.5rem;
    margin-left: -1px;
    padding: 0.25rem;
    background-color: var(--background-default-grey);
    background-image:
      linear-gradient(0deg, var(--_edge), var(--_edge)),
      linear-gradient(0deg, var(--_edge), var(--_edge)),
      linear-gradient(0deg, var(--_edge), var(--_edge)),
      linear-gradient(0deg, var(--border-default-grey), var(--border-default-grey));
    background-size:
      100% 1px,
      100% 1px,
      1px 100%,
      1px calc(100% - 0.5rem);
    background-position:
      0 0,
      0 100%,
      100% 0,
      0 0.25rem;
    background-repeat: no-repeat;
    pointer-events: none;
  }
  input:checked ~ .pictogram {
    --_edge: var(--background-action-high-blue-france);
  }
  label:hover ~ .pictogram {
    background-color: var(--background-default-grey-hover);
  }
  label:active ~ .pictogram {
    background-color: var(--background-default-grey-active);
  }
  svg {
    max-width: 3.5rem;
    max-height: 3.5rem;
  }
  .decorative {
    fill: var(--artwork-decorative-blue-france);
  }
  .minor {
    fill: var(--artwork-minor-red-marianne);
  }
  .major {
    fill: var(--artwork-major-blue-france);
  }
  .hint {
    display: block;
    margin: 0;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    color: var(--text-mention-grey);
  }
  @media (forced-colors: active) {
    label,
    .pictogram {
      border: 1px solid;
    }
    .pictogram path {
      fill: CanvasText;
    }
    input:checked + label {
      border: 2px solid Highlight;
    }
  }
`;
