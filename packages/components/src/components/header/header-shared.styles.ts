import { css } from 'lit';
import { iconUrl } from '../../base/icons.ts';

/**
 * The inline style giving an icon class (`ia`, `ib`) its mask: DSFR's icon file `name`, fetched when shown
 * (from `@charte/components/icons/`, see `setIconBase()`).
 */
export const icon = (side: 'ia' | 'ib', name: string) => `--_${side}:url("${iconUrl(name)}")`;

/*
 * What the header's elements share, written once: buttons without the browser's look, DSFR's close button
 * (fr-btn--close) and the navigation's look (fr-nav, fr-menu) used by the navigation, its menus, the
 * mega-menu and the language selector.
 *
 * Under the lg breakpoint (62em) and from it: rules that only apply on one side sit in `(width < 62em)` or
 * `(width >= 62em)`, so that neither side has to undo the other.
 *
 * Icons: an element with class `ia` (icon after) or `ib` (icon before) draws a 1rem icon in the text colour,
 * its mask from `--_ia` / `--_ib` (see `icon()`).
 */
export const common = css`
  button {
    margin: 0;
    border: none;
    border-radius: 0;
    appearance: none;
    font-family: inherit;
    background-color: transparent;
    cursor: pointer;
  }
  .ia::after,
  .ib::before {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    background-color: currentColor;
    mask-image: var(--_ia);
    mask-size: 100% 100%;
  }
  .ib::before {
    mask-image: var(--_ib);
  }
  .close {
    display: flex;
    align-items: center;
    min-height: 2rem;
    padding: var(--charte-space-1v) var(--charte-space-3v);
    font-size: var(--charte-font-body-sm-size);
    font-weight: 500;
    line-height: var(--charte-font-body-sm-line-height);
    color: var(--text-action-high-blue-france);
  }
  .close::after {
    margin: 0 -0.125rem 0 var(--charte-space-2v);
  }
  .close:hover {
    background-color: var(--_h);
  }
  .close:active {
    background-color: var(--_a);
  }
  @media (forced-colors: active) {
    .ia::after,
    .ib::before {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
  }
`;

/*
 * DSFR navigation (fr-nav, fr-nav__btn, fr-menu). Entries (`.items`): a column under lg with 1px grey lines
 * between them, a row from lg (1.25rem apart when there are two to four). Links and entry buttons (`.link`
 * and slotted `<a>`): 1rem/1.5rem bold, padding 0.75rem 1rem, the current page marked by a 2px bar on the
 * left; from lg 0.875rem, normal weight, 3.5rem high, padding 1rem, the bar at the bottom. An entry button
 * (`.btn`) has a 1rem chevron 0.5rem from its label, turned over and on the "open" blue when expanded.
 * A dropdown (`.menu` > `.list`): in place under lg (links normal weight, list padding 0 1rem 1rem); from lg
 * under the header, 20rem wide, on the overlap background with a 1px blue line at its top, a drop shadow,
 * 1px grey lines between its links inset by 1rem.
 * Slotted links are the page's own: a page stylesheet styling `a` (DSFR's, any reset) outranks ::slotted(),
 * so their colour and decoration are important here; the colour goes through `--_c`.
 */
export const nav = css`
  :host {
    display: flex;
    flex-direction: column;
  }
  .items {
    display: flex;
    flex-direction: column;
  }
  .items ::slotted(*) {
    display: flex;
  }
  .link,
  ::slotted(a) {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: space-between;
    position: relative;
    margin: 0;
    padding: var(--charte-space-3v) var(--charte-space-4v);
    font-size: var(--charte-font-body-md-size);
    font-weight: 700;
    line-height: var(--charte-font-body-md-line-height);
    text-align: left;
    text-decoration: none !important;
    color: var(--_c, var(--text-action-high-grey)) !important;
    background-image: none !important;
  }
  .link:hover,
  ::slotted(a:hover) {
    background-color: var(--charte-header-nav-hover, var(--_h, var(--background-raised-grey-hover)));
  }
  .link:active,
  ::slotted(a:active) {
    background-color: var(--charte-header-nav-active, var(--_a, var(--background-raised-grey-active)));
  }
  .link[aria-current]:not([aria-current=false]),
  ::slotted(a[aria-current]:not([aria-current=false])) {
    --_c: var(--text-active-blue-france);
  }
  .link[aria-current]:not([aria-current=false])::before,
  ::slotted(a[aria-current]:not([aria-current=false]))::before {
    content: '';
    position: absolute;
    top: 50%;
    left: 0;
    width: 2px;
    height: 1.5rem;
    margin-top: -0.75rem;
    background-color: var(--background-active-blue-france);
  }
  .btn {
    height: 100%;
  }
  .btn::after {
    margin-left: var(--charte-space-2v);
    transition: transform 0.3s;
  }
  .btn[aria-expanded=true] {
    --_c: var(--text-action-high-blue-france);
    background-color: var(--background-open-blue-france);
  }
  .btn[aria-expanded=true]:hover {
    background-color: var(--background-open-blue-france-hover);
  }
  .btn[aria-expanded=true]:active {
    background-color: var(--background-open-blue-france-active);
  }
  .btn[aria-expanded=true]::after {
    transform: rotate(-180deg);
  }
  .menu {
    margin: -4px calc(-1 * var(--charte-space-4v));
    padding: 4px var(--charte-space-4v);
  }
  .list {
    display: flex;
    flex-direction: column;
    padding: 0 var(--charte-space-4v) var(--charte-space-4v);
  }
  .list ::slotted(a) {
    width: 100%;
    font-weight: 400;
  }
  @media (width < 62em) {
    .items ::slotted(*) {
      flex-direction: column;
      position: relative;
      box-shadow:
        0 -1px 0 0 var(--border-default-grey),
        inset 0 -1px 0 0 var(--border-default-grey);
    }
    .items ::slotted(:first-child) {
      box-shadow: inset 0 -1px 0 0 var(--border-default-grey);
    }
    .items ::slotted(:last-child) {
      box-shadow: 0 -1px 0 0 var(--border-default-grey);
    }
    .items ::slotted(:only-child) {
      box-shadow: none;
    }
    .items ::slotted(a) {
      flex-direction: row;
    }
  }
  @media (width >= 62em) {
    .items {
      flex-direction: row;
      margin: 0 calc(-1 * var(--charte-space-4v));
      max-width: calc(100% + 1rem);
    }
    .few ::slotted(:not(:first-child)) {
      margin-left: 1.25rem;
    }
    .items ::slotted(:not(a)) {
      align-items: flex-start;
    }
    .btn,
    .items ::slotted(a) {
      justify-content: flex-start;
      min-height: 3.5rem;
      padding: var(--charte-space-4v);
    }
    .link,
    ::slotted(a) {
      font-size: var(--charte-font-body-sm-size);
      font-weight: 400;
      line-height: var(--charte-font-body-sm-line-height);
    }
    .btn[aria-current]:not([aria-current=false])::before,
    .items ::slotted(a[aria-current]:not([aria-current=false]))::before {
      top: auto;
      bottom: 0;
      width: 100%;
      height: 2px;
      margin-top: 0;
    }
    .menu {
      position: absolute;
      top: 100%;
      z-index: var(--charte-z-index-menu);
      pointer-events: none;
      filter: drop-shadow(var(--overlap-shadow));
    }
    .list {
      --_h: var(--background-overlap-grey-hover);
      --_a: var(--background-overlap-grey-active);
      width: 20rem;
      margin-bottom: var(--charte-space-8v);
      padding: 0;
      pointer-events: auto;
      background: linear-gradient(var(--background-open-blue-france), var(--background-open-blue-france)) 0 0 / 100%
        1px no-repeat var(--background-overlap-grey);
    }
    .list ::slotted(a) {
      box-shadow: 0 calc(-1rem - 1px) 0 -1rem var(--border-default-grey);
    }
    .list ::slotted(a:first-child),
    .list ::slotted(a:hover) {
      box-shadow: none;
    }
  }
  @media (forced-colors: active) {
    .items {
      border-top: 1px solid;
      border-bottom: 1px solid;
    }
    .link[aria-current]:not([aria-current=false])::before,
    ::slotted(a[aria-current]:not([aria-current=false]))::before {
      background-color: Highlight;
    }
  }
  @media (width >= 62em) and (forced-colors: active) {
    .list {
      outline: 1px solid;
    }
  }
`;
