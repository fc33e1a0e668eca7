import { css } from 'lit';

/*
 * DSFR skip links: a band on the contrast grey background, out of sight above the page (moved up by its own
 * height, transparent) until one of its links takes focus; then it takes its place at the top of the page.
 * 1rem of vertical padding (0.75rem from md); links 1rem/1.5rem in action blue, underlined (1px, 2px on
 * hover), in a column 1rem apart, in a row 1rem apart from md.
 */
export const styles = css`
  :host {
    display: block;
    position: absolute;
    top: 0;
    z-index: var(--charte-skiplinks-z-index, auto);
    padding: var(--charte-space-4v, 1rem) 0;
    transform: translateY(-100%);
    opacity: 0;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-default-grey);
    background-color: var(--background-contrast-grey);
  }
  :host(:focus-within),
  :host([visible]) {
    position: relative;
    transform: translateY(0);
    opacity: 1;
  }
  nav {
    display: block;
    width: 100%;
    max-width: var(--charte-grid-container-max-width, 78rem);
    margin: 0 auto;
    padding: 0 var(--charte-grid-container-padding, 1rem);
  }
  ul,
  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A child link sits in its item; in the default slot (before hydration) it is an item of the column itself. */
  li > slot::slotted(a) {
    margin: 0 !important;
  }
  li,
  .list > slot::slotted(a) {
    margin-bottom: var(--charte-space-4v, 1rem) !important;
  }
  li:last-child,
  .list > slot::slotted(a:last-child) {
    margin-bottom: 0 !important;
  }
  /* The links may be the page's own (slotted): a page stylesheet styling a outranks ::slotted(). */
  a,
  ::slotted(a) {
    align-self: flex-start;
    padding: 0 !important;
    font-size: var(--charte-font-body-md-size, 1rem) !important;
    line-height: var(--charte-font-body-md-line-height, 1.5rem) !important;
    text-decoration: none !important;
    color: var(--text-action-high-blue-france) !important;
    --_underline-hover: 0%;
    background-image:
      linear-gradient(0deg, currentColor, currentColor),
      linear-gradient(0deg, currentColor, currentColor) !important;
    background-position:
      0 100%,
      0 calc(100% - 0.0625em) !important;
    background-repeat: no-repeat, no-repeat !important;
    background-size:
      var(--_underline-hover) calc(0.0625em * 2),
      100% 0.0625em !important;
  }
  a:hover,
  a:active,
  ::slotted(a:hover),
  ::slotted(a:active) {
    --_underline-hover: 100%;
  }
  @media (min-width: 48em) {
    :host {
      padding: var(--charte-space-3v, 0.75rem) 0;
    }
    ul,
    .list {
      flex-direction: row;
      flex-wrap: wrap;
      margin: 0 -1rem;
    }
    li,
    .list > slot::slotted(a),
    li:last-child,
    .list > slot::slotted(a:last-child) {
      margin: 0 0.5rem !important;
    }
  }
  @media (min-width: 62em) {
    nav {
      padding: 0 1.5rem;
    }
  }
`;
