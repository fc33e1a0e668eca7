import { css } from 'lit';

/*
 * DSFR tabs. The list scrolls sideways, 4px of room above and below for the focus ring, 0.75rem at the sides.
 * A tab: bold 1rem/1.5rem, min-height 2.5rem, padding 0.5rem 1rem, 0.25rem apart, on the low blue France
 * background with a 1px grey line under it; the selected one on the default background, with a 2px blue line
 * on top, 1px grey lines at the sides and none under it, so that it opens onto its panel. The panel is
 * framed by 1px grey lines, padded 1rem (2rem from md).
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
    background-color: var(--charte-tabs-background, var(--background-default-grey));
  }
  .tabs {
    position: relative;
    overflow: hidden;
    margin: -4px 0 0;
    padding-top: 4px;
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    flex-wrap: wrap;
    box-shadow: 0 1px 0 0 var(--border-default-grey);
  }
  :host([viewport-width]) .tabs {
    margin-left: -1rem;
    margin-right: -1rem;
  }
  .list {
    display: flex;
    align-items: stretch;
    overflow-x: auto;
    width: 100%;
    min-height: 3rem;
    z-index: 1;
    order: 1;
    margin: -4px 0;
    padding: 4px 0.75rem;
  }
  /*
   * Scroll shadows, over the tabs and not scrolling with them: a dark inner shadow 2rem wide, blurred 1.5rem,
   * on each side where tabs are out of view.
   */
  .shadow::before {
    --_start: inset 0 0 0 0 transparent;
    --_end: inset 0 0 0 0 transparent;
    content: '';
    display: block;
    position: absolute;
    top: 4px;
    left: 0;
    right: 0;
    z-index: 2;
    height: calc(var(--_height, 3rem) - 8px);
    box-shadow: var(--_start), var(--_end);
    opacity: 0.8;
    pointer-events: none;
    transition: box-shadow 0.3s;
  }
  .shadow-left::before {
    --_start: inset 2rem 0 1.5rem -2rem var(--charte-tabs-shadow-color, #161616);
  }
  .shadow-right::before {
    --_end: inset -2rem 0 1.5rem -2rem var(--charte-tabs-shadow-color, #161616);
  }
  @media (min-width: 48em) {
    :host([viewport-width]) .tabs {
      margin-left: 0;
      margin-right: 0;
    }
  }
  @media (forced-colors: active) {
    .tabs {
      border-bottom: 1px solid;
    }
  }
`;

export const tabStyles = css`
  :host {
    --_line: var(--border-default-grey);
    --_top: var(--border-default-grey);
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    flex: 0 0 auto;
    width: fit-content;
    height: 100%;
    min-height: 2.5rem;
    margin: 0 0.25rem;
    padding: var(--charte-tabs-tab-padding, var(--charte-space-2v, 0.5rem) var(--charte-space-4v, 1rem));
    position: relative;
    overflow: visible;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    font-weight: var(--charte-font-weight-bold, 700);
    white-space: nowrap;
    cursor: pointer;
    user-select: none;
    color: var(--text-action-high-grey);
    background-color: var(--background-action-low-blue-france);
    background-image:
      linear-gradient(0deg, var(--_top), var(--_top)), linear-gradient(0deg, var(--_line), var(--_line)),
      linear-gradient(0deg, var(--_line), var(--_line)), linear-gradient(0deg, var(--_line), var(--_line));
    background-repeat: no-repeat;
    background-position:
      0 0,
      0 calc(100% - 1px),
      100% calc(100% - 1px),
      100% 100%;
    background-size:
      0 2px,
      1px 0,
      1px 0,
      100% 1px;
    box-shadow: 0 2px 0 0 var(--background-default-grey);
  }
  :host(:focus-visible) {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: var(--charte-focus-offset, 2px);
  }
  :host(:focus:not(:focus-visible)) {
    outline: none;
  }
  :host([selected]) {
    --_top: var(--border-active-blue-france);
    background-size:
      100% 2px,
      1px calc(100% - 1px),
      1px calc(100% - 1px),
      0 1px;
    background-color: var(--background-default-grey);
    color: var(--text-active-blue-france);
  }
  :host([disabled]) {
    cursor: not-allowed;
    color: var(--text-disabled-grey);
    background-color: var(--background-disabled-grey);
  }
  @media (hover: hover) and (pointer: fine) {
    :host(:not([selected]):not([disabled]):hover) {
      background-color: var(--background-action-low-blue-france-hover);
    }
    :host(:not([selected]):not([disabled]):active) {
      background-color: var(--background-action-low-blue-france-active);
    }
    :host([selected]:hover) {
      background-color: var(--background-default-grey-hover);
    }
    :host([selected]:active) {
      background-color: var(--background-default-grey-active);
    }
  }
  .icon {
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: -0.125rem;
    margin-right: 0.5rem;
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid;
    }
    :host([selected]) {
      border: 1px solid Highlight;
      border-top: 4px solid Highlight;
      border-bottom: 1px solid Canvas;
      color: Highlight;
    }
    .icon {
      forced-color-adjust: none;
      background-color: currentColor;
    }
  }
`;

export const panelStyles = css`
  :host {
    --ul-type: disc;
    --ol-type: decimal;
    --ul-start: 1rem;
    --ol-start: 1.5rem;
    --xl-block: 0.5rem;
    --li-bottom: 0.25rem;
    --xl-base: 1em;
    --ol-content: counters(li-counter, '.') '.\\00a0\\00a0';
    display: block;
    order: 3;
    flex: 0 0 100%;
    width: 100%;
    padding: var(--charte-tabs-panel-padding, var(--charte-space-4v, 1rem));
    box-shadow:
      0 -1px 0 0 var(--border-default-grey),
      inset 1px 0 0 0 var(--border-default-grey),
      inset -1px 0 0 0 var(--border-default-grey);
  }
  :host(:focus-visible) {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: calc(-1rem + 2px);
  }
  :host(:focus:not(:focus-visible)) {
    outline: none;
  }
  @media (min-width: 48em) {
    :host {
      padding: var(--charte-tabs-panel-padding, var(--charte-space-8v, 2rem));
    }
    :host(:focus-visible) {
      outline-offset: calc(-2rem + 2px);
    }
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid GrayText;
      border-top: none;
    }
  }
`;
