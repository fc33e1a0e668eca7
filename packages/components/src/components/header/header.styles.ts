import { css, unsafeCSS } from 'lit';
import closeLine from '../../generated/icons/close-line.ts';
import menuFill from '../../generated/icons/menu-fill.ts';
import searchLine from '../../generated/icons/search-line.ts';

/*
 * DSFR header geometry. Under lg (62em): the brand row is a raised band (background raised grey, drop
 * shadow) holding the bloc-marque (sm at every width, padding 0.75rem), the operator's logo and the navbar
 * (square 2.5rem "Rechercher" / "Menu" buttons, their text clipped, 1.5rem icons); the service name sits under
 * a 1px divider; tools, search and navigation live in a full-screen modal (background lifted grey, container
 * padding 1rem 1rem 4.5rem). From lg: the whole header is raised, the body row has 1.5rem of padding, logo,
 * operator and service get 1rem of padding, tools align right (sm tertiary-no-outline buttons 0.875rem/1.5rem,
 * 2rem high, 0.5rem apart; search at most 24rem wide, 1rem under them) and the navigation follows under a 1px
 * line. Service title 1.125rem/1.5rem bold (1.25rem/1.75rem from md), tagline 0.875rem/1.5rem.
 */
export const styles = css`
  :host {
    display: block;
    position: relative;
    z-index: var(--charte-header-z-index, var(--charte-z-index-header, 750));
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-default-grey);
  }
  header {
    display: block;
    width: 100%;
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
    width: 100%;
    max-width: var(--charte-grid-container-max-width, 78rem);
    margin-left: auto;
    margin-right: auto;
    padding-left: var(--charte-grid-container-padding, 1rem);
    padding-right: var(--charte-grid-container-padding, 1rem);
  }
  .body-row {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: flex-start;
    margin: 0 calc(-1 * var(--charte-space-4v, 1rem));
  }
  .brand {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: flex-start;
    flex-wrap: wrap;
    width: 100%;
    padding-left: var(--charte-space-1v, 0.25rem);
    padding-right: var(--charte-space-1v, 0.25rem);
    position: relative;
    z-index: 1;
    background-color: var(--background-raised-grey);
    filter: drop-shadow(var(--raised-shadow));
  }
  .brand::after {
    content: '';
    display: block;
    position: relative;
    z-index: 1;
    flex: 1;
    align-self: stretch;
  }
  .brand-top {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: flex-start;
    width: 100%;
    overflow: hidden;
  }
  .logo {
    order: 1;
    flex: 0 0 auto;
    padding: var(--charte-space-3v, 0.75rem);
  }
  .logo charte-bloc-marque {
    display: block;
  }
  .logo charte-bloc-marque::part(logo) {
    padding: var(--charte-space-3v, 0.75rem);
    margin: calc(-1 * var(--charte-space-3v, 0.75rem));
  }
  /* The whole brand area is the home link, as DSFR's enlarged link. */
  .logo charte-bloc-marque::part(link)::before,
  .service a::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .logo charte-bloc-marque::part(link):focus-visible,
  .service a:focus-visible {
    outline: none;
  }
  .logo charte-bloc-marque::part(link):focus-visible::before,
  .service a:focus-visible::before {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: -2px;
  }
  .operator {
    order: 2;
    flex: 0 1 auto;
    padding: var(--charte-space-3v, 0.75rem);
  }
  ::slotted([slot='operator']) {
    display: block;
    max-width: 100%;
  }
  ::slotted(img[slot='operator']) {
    min-width: 3.5rem;
  }
  .service {
    padding-top: var(--charte-space-3v, 0.75rem);
    padding-bottom: var(--charte-space-3v, 0.75rem);
    margin-left: var(--charte-space-3v, 0.75rem);
    margin-right: var(--charte-space-3v, 0.75rem);
    color: var(--text-title-grey);
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
  .service-title {
    font-weight: 700;
    font-size: var(--charte-header-service-size, 1.125rem);
    line-height: 1.5rem;
  }
  .service-tagline {
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
  }

  /* Navbar: the square buttons opening the search and the menu (under lg). */
  .navbar {
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    justify-content: flex-end;
    padding: var(--charte-space-1v, 0.25rem);
    margin-right: calc(-1 * var(--charte-space-2v, 0.5rem));
    margin-top: var(--charte-space-1v, 0.25rem);
    order: 3;
    flex: 1;
    align-self: stretch;
    z-index: 2;
  }
  .navbar-btn {
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    flex: 0 0 auto;
    min-height: 2.5rem;
    max-width: 2.5rem;
    max-height: 2.5rem;
    margin: 0 var(--charte-space-2v, 0.5rem);
    padding: var(--charte-space-2v, 0.5rem);
    overflow: hidden;
    border: none;
    border-radius: 0;
    appearance: none;
    font-family: inherit;
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: 500;
    line-height: 1.5rem;
    white-space: nowrap;
    color: var(--text-action-high-blue-france);
    background-color: transparent;
    cursor: pointer;
  }
  .navbar-btn::before {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1.5rem;
    height: 1.5rem;
    margin-right: var(--charte-space-2v, 0.5rem);
    background-color: currentColor;
    mask-size: 100% 100%;
  }
  .navbar-btn.menu {
    box-shadow: inset 0 0 0 1px var(--border-default-grey);
  }
  .navbar-btn.menu::before {
    mask-image: url("${unsafeCSS(menuFill)}");
  }
  .navbar-btn.search::before {
    mask-image: url("${unsafeCSS(searchLine)}");
  }
  .navbar-btn:hover {
    background-color: var(--background-raised-grey-hover);
  }
  .navbar-btn:active {
    background-color: var(--background-raised-grey-active);
  }

  /*
   * Tools: quick-access links and the search, right-aligned from lg. The links are the page's elements: a
   * page stylesheet (DSFR's own, or any reset) styling \`a\`/\`button\` outranks ::slotted(), so the few
   * properties that make them header links are important here.
   */
  .tools-links {
    display: none;
  }
  .search-inline {
    display: none;
  }
  .tools ::slotted(a),
  .tools ::slotted(button),
  .menu-links ::slotted(a),
  .menu-links ::slotted(button) {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
    margin: 0 var(--charte-space-1v, 0.25rem) !important;
    padding: var(--charte-space-1v, 0.25rem) var(--charte-space-3v, 0.75rem);
    border: none;
    border-radius: 0;
    font-family: inherit;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    font-weight: 500;
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    text-decoration: none !important;
    color: var(--text-action-high-blue-france) !important;
    background-color: transparent;
    background-image: none !important;
    cursor: pointer;
  }
  .tools ::slotted(a:hover),
  .tools ::slotted(button:hover),
  .menu-links ::slotted(a:hover),
  .menu-links ::slotted(button:hover) {
    background-color: var(--background-raised-grey-hover);
  }
  .tools ::slotted(a:active),
  .tools ::slotted(button:active),
  .menu-links ::slotted(a:active),
  .menu-links ::slotted(button:active) {
    background-color: var(--background-raised-grey-active);
  }

  /* Navigation, under the body from lg. */
  .nav-area {
    display: none;
  }

  /* The modal (under lg): menu or search. */
  .modal {
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
    padding-top: var(--charte-space-4v, 1rem);
    padding-bottom: var(--charte-space-18v, 4.5rem);
  }
  .close {
    display: flex;
    align-items: center;
    min-height: 2rem;
    margin: 0 0 var(--charte-space-6v, 1.5rem) auto;
    padding: var(--charte-space-1v, 0.25rem) var(--charte-space-3v, 0.75rem);
    border: none;
    border-radius: 0;
    appearance: none;
    font-family: inherit;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    font-weight: 500;
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    color: var(--text-action-high-blue-france);
    background-color: transparent;
    cursor: pointer;
  }
  .close::after {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: var(--charte-space-2v, 0.5rem);
    margin-right: -0.125rem;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(closeLine)}");
    mask-size: 100% 100%;
  }
  .close:hover {
    background-color: var(--background-lifted-grey-hover);
  }
  .close:active {
    background-color: var(--background-lifted-grey-active);
  }
  .menu-links {
    display: flex;
    flex-direction: column;
  }
  .menu-links:has(+ *)::after {
    content: '';
    display: block;
    margin: 0.75rem -1rem;
    width: calc(100% + 2rem);
    height: 1px;
    box-shadow: inset 0 1px 0 0 var(--border-default-grey);
  }
  .menu-links ::slotted(a),
  .menu-links ::slotted(button) {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 3rem;
    margin: 0;
    padding: var(--charte-space-2v, 0.5rem) var(--charte-space-4v, 1rem);
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: 1.5rem;
    text-align: left;
  }
  .menu-links ::slotted(*) {
    margin: 0 !important;
  }
  .modal-search {
    display: block;
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

  @media (min-width: 62em) {
    header {
      background-color: var(--background-raised-grey);
      filter: drop-shadow(var(--raised-shadow));
    }
    .container {
      padding-left: 1.5rem;
      padding-right: 1.5rem;
    }
    .body-row {
      padding: var(--charte-space-6v, 1.5rem) 0;
    }
    .brand {
      margin-top: -1rem;
      margin-bottom: -1rem;
      flex-wrap: nowrap;
      width: auto;
      padding-left: 0;
      padding-right: 0;
      z-index: auto;
      background: transparent;
      filter: none;
    }
    .brand-top {
      width: auto;
    }
    .logo,
    .operator,
    .service {
      padding: var(--charte-space-4v, 1rem);
    }
    .service {
      margin-left: 0;
      margin-right: 0;
    }
    .service::before {
      content: none;
    }
    .logo charte-bloc-marque::part(link):focus-visible::before,
    .service a:focus-visible::before {
      outline-offset: 2px;
    }
    .navbar {
      display: none;
    }
    .tools {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      text-align: right;
      padding-left: var(--charte-space-4v, 1rem);
      padding-right: var(--charte-space-4v, 1rem);
      margin-left: auto;
      flex: 1 0 auto;
    }
    .tools-links {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      justify-content: flex-end;
      margin: 0 calc(-1 * var(--charte-space-1v, 0.25rem));
    }
    .tools-links.empty {
      display: none;
    }
    .search-inline {
      display: block;
      width: 100%;
      max-width: 24rem;
      margin-left: auto;
    }
    .tools-links:not(.empty) + .search-inline {
      margin-top: var(--charte-space-4v, 1rem);
    }
    .nav-area {
      display: block;
      box-shadow: inset 0 1px 0 0 var(--border-default-grey);
    }
    .nav-area.empty {
      display: none;
    }
    .modal {
      display: none;
    }
  }
  @media (forced-colors: active) {
    header {
      outline: 1px solid;
    }
    .navbar-btn::before,
    .close::after {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
  }
`;
