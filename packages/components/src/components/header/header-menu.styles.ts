import { css, unsafeCSS } from 'lit';
import arrowDown from '../../generated/icons/arrow-down-s-line.ts';

/*
 * DSFR navigation entry with a menu (fr-nav__btn + fr-menu). The button looks like a navigation link with a
 * 1rem chevron, 0.5rem from the label, turned over when open; open, it takes the "open" blue background.
 * Under lg the menu unfolds in place (links 0.75rem 1rem, normal weight, list padding 0 1rem 1rem); from lg
 * it drops under the header, 20rem wide, on the overlap background with a 1px blue line at its top, a drop
 * shadow, and 1px grey lines between its links inset by 1rem.
 */
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
  }
  .btn {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    position: relative;
    width: auto;
    height: 100%;
    margin: 0;
    padding: var(--charte-space-3v, 0.75rem) var(--charte-space-4v, 1rem);
    border: none;
    border-radius: 0;
    appearance: none;
    font-family: inherit;
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: 700;
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    text-align: left;
    color: var(--text-action-high-grey);
    background-color: transparent;
    cursor: pointer;
  }
  .btn::after {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: var(--charte-space-2v, 0.5rem);
    background-color: currentColor;
    mask-image: url("${unsafeCSS(arrowDown)}");
    mask-size: 100% 100%;
    transition: transform 0.3s;
  }
  .btn:hover {
    background-color: var(--charte-header-nav-hover, var(--background-raised-grey-hover));
  }
  .btn:active {
    background-color: var(--charte-header-nav-active, var(--background-raised-grey-active));
  }
  .btn[aria-expanded='true'] {
    color: var(--text-action-high-blue-france);
    background-color: var(--background-open-blue-france);
  }
  .btn[aria-expanded='true']:hover {
    background-color: var(--background-open-blue-france-hover);
  }
  .btn[aria-expanded='true']::after {
    transform: rotate(-180deg);
  }
  .btn[aria-current]:not([aria-current='false']) {
    color: var(--text-active-blue-france);
  }
  .btn[aria-current]:not([aria-current='false'])::before {
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
  .menu {
    margin: -4px calc(-1 * var(--charte-space-4v, 1rem));
    padding: 4px var(--charte-space-4v, 1rem);
  }
  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0 var(--charte-space-4v, 1rem) var(--charte-space-4v, 1rem);
  }
  ::slotted(a) {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    position: relative;
    width: 100%;
    margin: 0;
    padding: var(--charte-space-3v, 0.75rem) var(--charte-space-4v, 1rem);
    font-size: var(--charte-font-body-md-size, 1rem);
    font-weight: 400;
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
    :host {
      align-items: flex-start;
    }
    .btn {
      justify-content: flex-start;
      min-height: 3.5rem;
      padding: var(--charte-space-4v, 1rem);
      font-size: var(--charte-font-body-sm-size, 0.875rem);
      font-weight: 400;
      line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    }
    .btn[aria-current]:not([aria-current='false'])::before {
      top: auto;
      bottom: 0;
      width: 100%;
      height: 2px;
      margin-top: 0;
    }
    .menu {
      position: absolute;
      top: 100%;
      z-index: var(--charte-z-index-menu, 1000);
      pointer-events: none;
      filter: drop-shadow(var(--overlap-shadow));
    }
    .list {
      width: 20rem;
      margin-bottom: var(--charte-space-8v, 2rem);
      padding: 0;
      pointer-events: auto;
      background-color: var(--background-overlap-grey);
      background-image: linear-gradient(0deg, var(--background-open-blue-france), var(--background-open-blue-france));
      background-size: 100% 1px;
      background-position: 0 0;
      background-repeat: no-repeat;
    }
    ::slotted(a) {
      font-size: var(--charte-font-body-sm-size, 0.875rem);
      line-height: var(--charte-font-body-sm-line-height, 1.5rem);
      box-shadow: 0 calc(-1rem - 1px) 0 -1rem var(--border-default-grey);
    }
    ::slotted(a:first-child),
    ::slotted(a:hover) {
      box-shadow: none;
    }
    ::slotted(a:hover) {
      background-color: var(--background-overlap-grey-hover);
    }
    ::slotted(a:active) {
      background-color: var(--background-overlap-grey-active);
    }
    ::slotted(a[aria-current]:not([aria-current='false']))::before {
      top: 50%;
      left: 0;
      width: 2px;
      height: 1.5rem;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .btn::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .btn::after {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
    .btn[aria-current]:not([aria-current='false'])::before,
    ::slotted(a[aria-current]:not([aria-current='false']))::before {
      background-color: Highlight;
    }
  }
  @media (min-width: 62em) and (forced-colors: active) {
    .list {
      outline: 1px solid;
    }
  }
`;
