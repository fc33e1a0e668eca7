import { css } from 'lit';

/**
 * What every component shares: its own font (components do not depend on the page's global CSS), box
 * sizing, `[hidden]`, and the DSFR focus ring (2px solid #0a76f6, offset 2px, from @charte/tokens).
 */
export const base = css`
  :host {
    box-sizing: border-box;
    font-family: var(--charte-font-family-marianne, Marianne, arial, sans-serif);
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: var(--charte-focus-offset, 2px);
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
`;

/** No movement for people who asked for less. */
export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Forced colours (Windows high contrast): borders and focus stay visible where colours are dropped. */
export const forcedColors = css`
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Visually hidden, still read by assistive technologies. */
export const srOnly = css`
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The shared styles every component starts with. */
export const shared = [base, reducedMotion, forcedColors, srOnly];
