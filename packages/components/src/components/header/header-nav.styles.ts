import { css } from 'lit';

/*
 * DSFR main navigation (fr-nav). Under lg: a column of items 3rem high, bold 1rem/1.5rem links with 0.75rem
 * 1rem of padding, 1px grey lines between items, the current page marked by a 2px bar on the left. From lg:
 * a row; links 0.875rem/1.5rem, normal weight, 3.5rem high with 1rem of padding, 1.25rem between items when
 * there are two to four of them, the current page marked by a 2px bar at the bottom.
 * The links are the page's own elements: a page stylesheet styling \`a\` (DSFR's, any reset) outranks
 * ::slotted(), so colour, underline and decoration are important here.
 */
export const styles = css`
  :host {
    display: block;
  }
  nav {
    display: block;
  }
  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
  }
  ::slotted(*) {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    flex: 0 1 auto;
    position: relative;
    box-shadow:
      0 -1px 0 0 var(--border-default-grey),
      inset 0 -1px 0 0 var(--border-default-grey);
  }
  ::slotted(:first-child) {
    box-shadow: inset 0 -1px 0 0 var(--border-default-grey);
  }
  ::slotted(:last-child) {
    box-shadow: 0 -1px 0 0 var(--border-default-grey);
  }
  ::slotted(:first-child:last-child) {
    box-shadow: none;
  }
  ::slotted(a) {
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    margin: 0;
    padding: var(--charte-space-3v, 0.75rem) var(--charte-space-4v, 1rem);
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: 700;
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    text-align: left;
    text-decoration: none !important;
    color: var(--text-action-high-grey) !important;
    background-image: none !important;
    background-color: transparent;
  }
  ::slotted(a:hover) {
    background-color: var(--charte-header-nav-hover, var(--background-raised-grey-hover));
  }
  ::slotted(a:active) {
    background-color: var(--charte-header-nav-active, var(--background-raised-grey-active));
  }
  ::slotted(a[aria-current]:not([aria-current='false'])) {
    color: var(--text-active-blue-france) !important;
  }
  ::slotted(a[aria-current]:not([aria-current='false']))::before {
    content: '';
    display: block;
    position: absolute;
    top: 50%;
    left: 0;
    width: 2px;
    height: 1.5rem;
    margin-top: -0.75rem;
    background-color: var(--background-active-blue-france);
  }
  @media (min-width: 62em) {
    .list {
      flex-direction: row;
      flex-wrap: nowrap;
      margin: 0 calc(-1 * var(--charte-space-4v, 1rem));
      max-width: calc(100% + 1rem);
    }
    .few ::slotted(:not(:first-child)) {
      margin-left: 1.25rem;
    }
    ::slotted(*),
    ::slotted(:first-child),
    ::slotted(:last-child) {
      align-items: flex-start;
      box-shadow: none;
    }
    /* The dropdown of a menu entry is placed against the header, not the entry. */
    ::slotted(:not(a)) {
      position: static;
    }
    ::slotted(a) {
      min-height: 3.5rem;
      padding: var(--charte-space-4v, 1rem);
      font-size: var(--charte-font-body-sm-size, 0.875rem);
      font-weight: 400;
      line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    }
    ::slotted(a[aria-current]:not([aria-current='false']))::before {
      top: auto;
      bottom: 0;
      width: 100%;
      height: 2px;
      margin-top: 0;
    }
  }
  @media (forced-colors: active) {
    .list {
      border-top: 1px solid;
      border-bottom: 1px solid;
    }
    ::slotted(a[aria-current]:not([aria-current='false']))::before {
      background-color: Highlight;
    }
  }
`;
