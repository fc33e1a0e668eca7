import { css, unsafeCSS } from 'lit';
import arrowRight from '../../generated/icons/arrow-right-s-line.ts';

/*
 * DSFR breadcrumb: 0.75rem/1.25rem mention grey, 1rem above and 2rem (md 2.5rem) below. Under md the list is
 * collapsed behind an underlined "Voir le fil d'Ariane" button, which disappears once pressed; from md the list
 * is always shown. Links are underlined (1px, 2px on hover), separated by a 1rem chevron; the current page in
 * the default grey, not underlined. A 4px room around the collapsed list keeps focus rings whole.
 */
const underline = css`
  --underline-max-width: 100%;
  --underline-hover-width: 0;
  --underline-idle-width: var(--underline-max-width);
  --underline-x: 0%;
  --underline-thickness: 0.0625em;
  --underline-img: linear-gradient(0deg, currentColor, currentColor);
`;

export const styles = css`
  :host {
    display: block;
    background-color: var(--charte-breadcrumb-background, var(--background-default-grey));
  }
  nav {
    ${underline}
    position: relative;
    margin: 1rem 0 2rem;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    color: var(--text-mention-grey);
  }
  .button {
    appearance: none;
    border: none;
    cursor: pointer;
    margin: 0;
    padding: 0;
    font-family: inherit;
    font-weight: inherit;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    color: inherit;
    background-color: transparent;
    background-image: var(--underline-img), var(--underline-img);
    background-position:
      var(--underline-x) 100%,
      var(--underline-x) calc(100% - var(--underline-thickness));
    background-repeat: no-repeat, no-repeat;
    background-size:
      var(--underline-hover-width) calc(var(--underline-thickness) * 2),
      var(--underline-idle-width) var(--underline-thickness);
  }
  .button:hover,
  .button:active {
    --underline-hover-width: var(--underline-max-width);
  }
  .button[aria-expanded='true'] {
    display: none;
  }
  .collapse {
    overflow: hidden;
    max-height: 0;
    visibility: hidden;
    margin-left: -4px;
    margin-right: -4px;
    padding-left: 4px;
    padding-right: 4px;
    transform: translateY(-4px);
    transition: visibility 0.3s;
  }
  /*
   * Shown at once when the button is pressed, so that the focus can move to the first link. The visibility is
   * the inherited one, as DSFR's expanded collapse has it: hidden with a hidden ancestor.
   */
  .collapse.expanded {
    transition: none;
    max-height: none;
    overflow-x: hidden;
    overflow-y: auto;
    visibility: inherit;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    transform: translateY(4px);
  }
  @media (min-width: 48em) {
    nav {
      margin-bottom: 2.5rem;
    }
    .button {
      display: none;
    }
    .collapse {
      margin-left: 0;
      margin-right: 0;
      padding-left: 0;
      padding-right: 0;
      transform: none;
      visibility: inherit;
      overflow: visible;
      max-height: none;
    }
    ol {
      transform: none;
    }
  }
`;

export const itemStyles = css`
  :host {
    display: inline;
    line-height: 1.75rem;
    /* A page with DSFR's CSS underlines every [href] element: the host is not a link, its link is inside. */
    background-image: none !important;
  }
  :host(:not(:first-child))::before {
    content: '';
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: 0.25rem;
    margin-right: 0.25rem;
    vertical-align: -0.0625em;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(arrowRight)}");
    mask-size: 100% 100%;
  }
  a {
    vertical-align: 0.25rem;
    position: relative;
    padding: 0;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    color: inherit;
    text-decoration: none;
    background-image: var(--underline-img), var(--underline-img);
    background-position:
      var(--underline-x) 100%,
      var(--underline-x) calc(100% - var(--underline-thickness));
    background-repeat: no-repeat, no-repeat;
    background-size:
      var(--underline-hover-width) calc(var(--underline-thickness) * 2),
      var(--underline-idle-width) var(--underline-thickness);
  }
  a:hover,
  a:active {
    --underline-hover-width: var(--underline-max-width);
  }
  a[aria-current='page'] {
    pointer-events: none;
    cursor: default;
    --underline-img: none;
    color: var(--text-default-grey);
  }
  @media (forced-colors: active) {
    :host(:not(:first-child))::before {
      forced-color-adjust: none;
      background-color: CanvasText;
    }
    a {
      text-decoration: underline;
      text-underline-offset: 5px;
    }
    a[aria-current='page'] {
      text-decoration: none;
    }
  }
`;
