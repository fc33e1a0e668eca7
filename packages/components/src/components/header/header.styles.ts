import { css } from 'lit';

/*
 * DSFR header geometry. Under lg (62em): the brand row is a raised band (background raised grey, drop
 * shadow) holding the bloc-marque (sm at every width, padding 0.75rem), the operator's logo and the navbar
 * (square 2.5rem "Rechercher" / "Menu" buttons, their text clipped, 1.5rem icons); the service name sits under
 * a 1px divider; tools, search and navigation live in a full-screen modal (background lifted grey, container
 * padding 1rem 1rem 4.5rem), the quick-access links as a column of 3rem rows. From lg: the whole header is
 * raised, the body row has 1.5rem of padding, logo, operator and service get 1rem of padding, tools align
 * right (sm tertiary-no-outline buttons 0.875rem/1.5rem, 2rem high, 0.5rem apart; search at most 24rem wide,
 * 1rem under them) and the navigation follows under a 1px line. Service title 1.125rem/1.5rem bold
 * (1.25rem/1.75rem from md), tagline 0.875rem/1.5rem. A quick-access link's icon (`data-icon`) is 1rem, 0.5rem
 * before its text; `data-outline` adds the 1px grey border of DSFR's account button.
 */
export const styles = css`
  :host {
    display: block;
    position: relative;
    z-index: var(--charte-header-z-index, var(--charte-z-index-header));
    font-size: var(--charte-font-body-md-size);
    line-height: var(--charte-font-body-md-line-height);
    color: var(--text-default-grey);
  }
  header {
    --_h: var(--background-raised-grey-hover);
    --_a: var(--background-raised-grey-active);
    position: relative;
  }
  p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  .container {
    max-width: var(--charte-grid-container-max-width);
    margin: 0 auto;
    padding: 0 var(--charte-grid-container-padding);
  }
  .body-row {
    display: flex;
    align-items: center;
    margin: 0 calc(-1 * var(--charte-space-4v));
  }
  .brand,
  .brand-top {
    display: flex;
    align-items: center;
  }
  .brand {
    position: relative;
  }
  .brand::after {
    content: '';
    position: relative;
    z-index: 1;
    flex: 1;
    align-self: stretch;
  }
  .brand-top {
    overflow: hidden;
  }
  .logo,
  .operator {
    padding: var(--charte-space-3v);
  }
  charte-bloc-marque {
    display: block;
  }
  charte-bloc-marque::part(logo) {
    padding: var(--charte-space-3v);
    margin: calc(-1 * var(--charte-space-3v));
  }
  /* The whole brand area is the home link, as DSFR's enlarged link. */
  charte-bloc-marque::part(link)::before,
  .service a::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  charte-bloc-marque::part(link):focus-visible,
  .service a:focus-visible {
    outline: none;
  }
  charte-bloc-marque::part(link):focus-visible::before,
  .service a:focus-visible::before {
    outline: var(--charte-focus-width) var(--charte-focus-style) var(--charte-focus-color);
    outline-offset: var(--_fo, -2px);
  }
  ::slotted([slot=operator]) {
    display: block;
    max-width: 100%;
  }
  ::slotted(img[slot=operator]) {
    min-width: 3.5rem;
  }
  .service {
    color: var(--text-title-grey);
  }
  .service-title {
    font-weight: 700;
    font-size: var(--charte-header-service-size, 1.125rem);
    line-height: 1.5rem;
  }
  .service-tagline {
    font-size: var(--charte-font-body-sm-size);
    line-height: var(--charte-font-body-sm-line-height);
  }

  /*
   * Quick-access links. They are the page's elements: a page stylesheet (DSFR's own, or any reset) styling
   * \`a\`/\`button\` outranks ::slotted(), so the few properties that make them header links are important here.
   */
  ::slotted(a[slot=tools]),
  ::slotted(button[slot=tools]) {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    margin: 0 var(--charte-space-1v) !important;
    border: none;
    border-radius: 0;
    font-family: inherit;
    font-weight: 500;
    text-decoration: none !important;
    color: var(--text-action-high-blue-france) !important;
    background: none !important;
    cursor: pointer;
  }
  ::slotted(a[slot=tools]:hover),
  ::slotted(button[slot=tools]:hover) {
    background-color: var(--_h) !important;
  }
  ::slotted(a[slot=tools]:active),
  ::slotted(button[slot=tools]:active) {
    background-color: var(--_a) !important;
  }
  ::slotted([slot=tools][data-icon])::before {
    content: '';
    flex: 0 0 auto;
    width: 1rem;
    height: 1rem;
    margin: 0 var(--charte-space-2v) 0 -0.125rem;
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }

  @media (width < 62em) {
    .brand {
      flex-wrap: wrap;
      width: 100%;
      padding: 0 var(--charte-space-1v);
      z-index: 1;
      background-color: var(--background-raised-grey);
      filter: drop-shadow(var(--raised-shadow));
    }
    .brand-top {
      width: 100%;
    }
    .logo {
      order: 1;
      flex: 0 0 auto;
    }
    .operator {
      order: 2;
      flex: 0 1 auto;
    }
    .service {
      padding: var(--charte-space-3v) 0;
      margin: 0 var(--charte-space-3v);
    }
    .service::before {
      content: '';
      display: block;
      width: calc(100% - 2rem);
      height: 1px;
      position: absolute;
      transform: translateY(-0.75rem);
      background-color: var(--border-default-grey);
    }

    /* Navbar: the square buttons opening the search and the menu. */
    .navbar {
      display: flex;
      justify-content: flex-end;
      padding: var(--charte-space-1v);
      margin: var(--charte-space-1v) calc(-1 * var(--charte-space-2v)) 0 0;
      order: 3;
      flex: 1;
      align-self: stretch;
      z-index: 2;
    }
    .navbar-btn {
      display: inline-flex;
      align-items: center;
      flex: 0 0 auto;
      min-height: 2.5rem;
      max-width: 2.5rem;
      max-height: 2.5rem;
      margin: 0 var(--charte-space-2v);
      padding: var(--charte-space-2v);
      overflow: hidden;
      font-size: var(--charte-font-body-md-size);
      font-weight: 500;
      line-height: 1.5rem;
      white-space: nowrap;
      color: var(--text-action-high-blue-france);
    }
    .navbar-btn:hover {
      background-color: var(--_h);
    }
    .navbar-btn:active {
      background-color: var(--_a);
    }
    .navbar-btn::before {
      width: 1.5rem;
      height: 1.5rem;
      margin-right: var(--charte-space-2v);
    }
    .menu {
      box-shadow: inset 0 0 0 1px var(--border-default-grey);
    }
    .tools,
    .nav-area {
      display: none;
    }

    /* The modal: menu or search. */
    .modal {
      --_h: var(--background-lifted-grey-hover);
      --_a: var(--background-lifted-grey-active);
      position: fixed;
      inset: 0;
      width: 100%;
      max-width: 100%;
      height: 100%;
      max-height: 100%;
      margin: 0;
      padding: 0;
      border: none;
      overflow: auto;
      color: inherit;
      background-color: var(--background-lifted-grey);
    }
    .modal::backdrop {
      background-color: transparent;
    }
    .modal > .container {
      padding-top: var(--charte-space-4v);
      padding-bottom: var(--charte-space-18v);
    }
    .close {
      margin: 0 0 var(--charte-space-6v) auto;
    }
    .menu-links {
      display: flex;
      flex-direction: column;
    }
    .menu-links:has(+ *)::after {
      content: '';
      margin: 0.75rem -1rem;
      height: 1px;
      box-shadow: inset 0 1px 0 0 var(--border-default-grey);
    }
    /* DSFR's language selector in the menu: no border, its languages indented under its button. */
    ::slotted(charte-translate) {
      --_outline: none;
      --_tl: 2.5rem;
      --_tm: -1rem;
    }
    ::slotted(a[slot=tools]),
    ::slotted(button[slot=tools]) {
      width: 100%;
      min-height: 3rem;
      margin: 0 !important;
      padding: var(--charte-space-2v) var(--charte-space-4v);
      font-size: var(--charte-font-body-md-size);
      line-height: 1.5rem;
      text-align: left;
    }
  }

  /* The whole brand area reacts to the pointer, as DSFR's enlarged link. */
  @media (hover: hover) and (pointer: fine) {
    .brand:hover {
      background-color: var(--background-raised-grey-hover);
    }
    .brand:active {
      background-color: var(--background-raised-grey-active);
    }
  }
  @media (min-width: 48em) {
    .service-title {
      font-size: var(--charte-header-service-size, 1.25rem);
      line-height: 1.75rem;
    }
  }

  @media (width >= 62em) {
    header {
      --_fo: 2px;
      background-color: var(--background-raised-grey);
      filter: drop-shadow(var(--raised-shadow));
    }
    .container {
      padding: 0 1.5rem;
    }
    .body-row {
      padding: var(--charte-space-6v) 0;
    }
    .brand {
      margin: -1rem 0;
    }
    .logo,
    .operator,
    .service {
      padding: var(--charte-space-4v);
    }
    .navbar,
    .modal {
      display: none;
    }
    .tools {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      text-align: right;
      padding: 0 var(--charte-space-4v);
      margin-left: auto;
      flex: 1 0 auto;
    }
    .tools-links {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      margin: 0 calc(-1 * var(--charte-space-1v));
    }
    .search-inline {
      width: 100%;
      max-width: 24rem;
      margin-left: auto;
    }
    .tools-links:not([hidden]) + .search-inline {
      margin-top: var(--charte-space-4v);
    }
    .nav-area {
      box-shadow: inset 0 1px 0 0 var(--border-default-grey);
    }
    ::slotted(a[slot=tools]),
    ::slotted(button[slot=tools]) {
      min-height: 2rem;
      padding: var(--charte-space-1v) var(--charte-space-3v);
      font-size: var(--charte-font-body-sm-size);
      line-height: var(--charte-font-body-sm-line-height);
    }
    ::slotted([slot=tools][data-outline]) {
      box-shadow: inset 0 0 0 1px var(--border-default-grey);
    }
    /* DSFR's language selector has its border only when it is the only tool. */
    ::slotted(charte-translate) {
      margin: 0 var(--charte-space-1v);
    }
    .tools-links:not(.solo) ::slotted(charte-translate) {
      --_outline: none;
    }
  }
  @media (forced-colors: active) {
    header {
      outline: 1px solid;
    }
  }
`;
