import { css, unsafeCSS } from 'lit';
import arrowDown from '../../generated/icons/arrow-down-s-line.ts';
import menu from '../../generated/icons/menu-2-fill.ts';

/*
 * DSFR side menu. Under md: full width (-1rem sideways), grey lines above and below, the menu collapsed behind
 * a "Dans cette rubrique" button (medium weight, menu icon, chevron); the title 1.125rem/1.75rem bold with a line
 * under it. From md: the button is gone, the menu always shown, a 1px grey line on its right (left for
 * `right`), 2rem from the content. Entries: bold 1rem/1.5rem, padding 0.75rem 1rem, high action grey; second
 * level regular, third level 0.875rem; the current page in active blue with a 2px bar on its left; sections
 * are buttons with a chevron, on the open blue background when open.
 */
const collapse = css`
  .collapse {
    overflow: hidden;
    max-height: 0;
    visibility: hidden;
    margin: -0.25rem -0.25rem 0;
    padding: 0.25rem 0.25rem 0;
  }
  .collapse.expanded {
    max-height: none;
    overflow-x: hidden;
    overflow-y: auto;
    visibility: visible;
  }
`;

const entry = css`
  .link,
  .btn {
    appearance: none;
    border: none;
    margin: 0;
    background-color: transparent;
    font-family: inherit;
    text-decoration: none;
    cursor: pointer;
    position: relative;
    display: flex;
    flex-direction: row;
    align-items: center;
    width: 100%;
    padding: 0.75rem 1rem;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    text-align: left;
    font-weight: var(--charte-font-weight-bold, 700);
    color: var(--text-action-high-blue-france);
  }
  .btn[aria-expanded]::after {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: auto;
    margin-right: 0;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(arrowDown)}");
    mask-size: 100% 100%;
    transition: transform 0.3s;
  }
  .btn[aria-expanded='true']::after {
    transform: rotate(-180deg);
  }
  .btn[aria-expanded='true'] {
    background-color: var(--background-open-blue-france);
  }
  @media (hover: hover) and (pointer: fine) {
    a.link[href]:hover,
    .btn:not(:disabled):hover {
      background-color: var(--background-default-grey-hover);
    }
    a.link[href]:active,
    .btn:not(:disabled):active {
      background-color: var(--background-default-grey-active);
    }
    .btn[aria-expanded='true']:hover {
      background-color: var(--background-open-blue-france-hover);
    }
    .btn[aria-expanded='true']:active {
      background-color: var(--background-open-blue-france-active);
    }
  }
  @media (min-width: 48em) {
    .btn[aria-expanded] {
      padding: 0.75rem 2.5rem 0.75rem 1rem;
    }
    .btn[aria-expanded]::after {
      margin-right: -1.5rem;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .btn[aria-expanded]::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .btn[aria-expanded]::after {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
  }
`;

export const styles = [
  collapse,
  entry,
  css`
    :host {
      display: block;
      background-color: var(--charte-sidemenu-background, var(--background-default-grey));
      color: var(--text-default-grey);
    }
    nav {
      position: relative;
      margin-left: -1rem;
      margin-right: -1rem;
      box-shadow:
        inset 0 -1px 0 0 var(--border-default-grey),
        inset 0 1px 0 0 var(--border-default-grey);
    }
    .inner > .collapse {
      margin: -0.25rem 0.75rem 0;
      padding: 0.25rem 0.75rem 0;
    }
    .inner > .btn {
      width: 100%;
      font-weight: var(--charte-font-weight-medium, 500);
      outline-offset: -2px;
    }
    .inner > .btn::before {
      content: '';
      flex: 0 0 auto;
      display: inline-block;
      width: 1rem;
      height: 1rem;
      margin-left: 0.5rem;
      margin-right: 0.5rem;
      background-color: currentColor;
      mask-image: url("${unsafeCSS(menu)}");
      mask-size: 100% 100%;
    }
    .inner > .btn::after {
      margin-right: 1rem;
    }
    .title {
      margin: 0;
      padding: 1rem 0;
      font-size: var(--charte-font-body-lg-size, 1.125rem);
      line-height: var(--charte-font-body-lg-line-height, 1.75rem);
      font-weight: var(--charte-font-weight-bold, 700);
      color: var(--text-title-grey);
      box-shadow: inset 0 -1px 0 0 var(--border-default-grey);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      font-weight: var(--charte-font-weight-bold, 700);
    }
    @media (min-width: 48em) {
      :host([sticky]),
      :host([sticky-full-height]) {
        position: sticky;
        top: 0;
      }
      :host([sticky-full-height]) {
        height: 100vh;
      }
      :host([sticky-full-height]) nav {
        height: 100%;
      }
      nav {
        margin-left: 0;
        margin-right: 0;
        padding-right: 2rem;
        box-shadow: none;
      }
      :host([right]) nav {
        padding-left: 2rem;
        padding-right: 0;
      }
      .inner {
        padding: 0 1.5rem 0 0;
        box-shadow: inset -1px 0 0 0 var(--border-default-grey);
      }
      :host([right]) .inner {
        padding: 0 1rem 0 2rem;
        box-shadow: inset 1px 0 0 0 var(--border-default-grey);
      }
      :host([sticky]) .inner,
      :host([sticky-full-height]) .inner {
        padding-top: 0.5rem;
        padding-left: 0.25rem;
        margin-left: -0.25rem;
        padding-bottom: 0.25rem;
        margin-bottom: -0.25rem;
        overflow: auto;
      }
      :host([sticky]) .inner {
        max-height: 100vh;
      }
      :host([sticky-full-height]) .inner {
        height: 100%;
      }
      .inner > .collapse {
        padding: 0;
        margin: 0;
        overflow: initial;
        max-height: none;
        visibility: inherit;
      }
      .inner > .btn {
        display: none;
      }
      .title {
        margin: 0 0 1.5rem;
        padding: 0;
        box-shadow: none;
      }
    }
    @media (forced-colors: active) {
      .inner {
        border-right: 1px solid;
      }
      .inner > .btn::before {
        forced-color-adjust: none;
        background-color: ButtonText;
      }
    }
    @media (min-width: 48em) and (forced-colors: active) {
      :host([right]) .inner {
        border-right: none;
        border-left: 1px solid;
      }
    }
  `,
];

export const itemStyles = [
  collapse,
  entry,
  css`
    :host {
      display: block;
      position: relative;
      /* A page with DSFR's CSS underlines every [href] element: the host is not a link, its link is inside. */
      background-image: none !important;
    }
    :host::before {
      content: '';
      display: block;
      position: absolute;
      inset: 0;
      pointer-events: none;
      box-shadow:
        0 -1px 0 0 var(--border-default-grey),
        inset 0 -1px 0 0 var(--border-default-grey);
    }
    :host(:first-child)::before {
      box-shadow: inset 0 -1px 0 0 var(--border-default-grey);
    }
    :host(:last-child)::before {
      box-shadow: 0 -1px 0 0 var(--border-default-grey);
    }
    :host(:first-child:last-child)::before,
    :host([level='3'])::before,
    :host([level='4'])::before,
    :host([level='5'])::before {
      content: none;
    }
    .link,
    .btn {
      color: var(--text-action-high-grey);
    }
    :host([level='2']) .link,
    :host([level='2']) .btn {
      font-weight: var(--charte-font-weight-regular, 400);
    }
    :host([level='3']) .link,
    :host([level='3']) .btn,
    :host([level='4']) .link,
    :host([level='4']) .btn,
    :host([level='5']) .link,
    :host([level='5']) .btn {
      font-size: var(--charte-font-body-sm-size, 0.875rem);
      line-height: var(--charte-font-body-sm-line-height, 1.5rem);
      font-weight: var(--charte-font-weight-regular, 400);
    }
    .link[aria-current]:not([aria-current='false']),
    .btn[aria-current]:not([aria-current='false']) {
      color: var(--text-active-blue-france);
    }
    .link[aria-current]:not([aria-current='false'])::before,
    .btn[aria-current]:not([aria-current='false'])::before {
      content: '';
      position: absolute;
      top: 0.75rem;
      bottom: 0.75rem;
      left: 0;
      width: 2px;
      background-color: var(--border-active-blue-france);
    }
    a.link:not([href])[aria-current]:not([aria-current='false']) {
      pointer-events: none;
      cursor: default;
    }
    a.link:not([aria-current]):not([href]),
    .btn:disabled {
      color: var(--text-disabled-grey);
    }
    .btn:disabled {
      cursor: not-allowed;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0 1rem 1rem;
      font-weight: var(--charte-font-weight-regular, 400);
    }
    @media (min-width: 48em) {
      :host::before {
        content: none;
      }
    }
    @media (forced-colors: active) {
      .link[aria-current]:not([aria-current='false'])::before,
      .btn[aria-current]:not([aria-current='false'])::before {
        background-color: Highlight;
        forced-color-adjust: none;
      }
      a.link:not([href]):not([aria-current]) {
        color: GrayText;
      }
    }
  `,
];
