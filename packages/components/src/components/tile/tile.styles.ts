import { css, unsafeCSS } from 'lit';
import arrowRight from '../../generated/icons/arrow-right-line.ts';
import downloadLine from '../../generated/icons/download-line.ts';
import externalLink from '../../generated/icons/external-link-line.ts';

/*
 * Values of DSFR 1.15 `fr-tile`: 1px border drawn with background gradients, padding 2rem 2rem 2.25rem
 * (sm 1.5rem 1.5rem 1.75rem), a 4px line at the bottom (grey, blue France when the title is a link), pictogram
 * 5rem (sm 3.5rem, horizontal 4rem, sm horizontal 2.5rem), title 1.125rem/1.5rem then 1.25rem/1.75rem from
 * 48em (sm 1rem/1.5rem), description 1rem/1.5rem (sm 0.875rem), detail 0.75rem/1.25rem, arrow 1.5rem at
 * 2rem/2.25rem from the bottom right corner. Rules keep DSFR's specificity order where variants combine.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .tile {
    --_border: var(--charte-tile-border-color, var(--border-default-grey));
    --_bg: var(--charte-tile-background, var(--background-default-grey));
    --_hover: var(--background-default-grey-hover);
    --_active: var(--background-default-grey-active);
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: 2rem 2rem 2.25rem;
    text-align: center;
    background-color: var(--_bg);
  }
  .tile:not(.no-border):not(.shadow) {
    background-image:
      linear-gradient(0deg, var(--_border), var(--_border)), linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)), linear-gradient(0deg, var(--_border), var(--_border));
    background-size:
      100% 1px,
      1px 100%,
      1px 100%,
      100% 1px;
    background-position:
      0 100%,
      0 0,
      100% 0,
      100% 0;
    background-repeat: no-repeat;
  }
  .grey {
    --_bg: var(--charte-tile-background, var(--background-contrast-grey));
    --_hover: var(--background-contrast-grey-hover);
    --_active: var(--background-contrast-grey-active);
  }
  .shadow {
    --_bg: var(--charte-tile-background, var(--background-raised-grey));
    --_hover: var(--background-raised-grey-hover);
    --_active: var(--background-raised-grey-active);
    z-index: 500;
    filter: drop-shadow(var(--raised-shadow));
  }
  .shadow.grey {
    --_bg: var(--charte-tile-background, var(--background-contrast-raised-grey));
    --_hover: var(--background-contrast-raised-grey-hover);
    --_active: var(--background-contrast-raised-grey-active);
  }
  .no-background {
    --_bg: transparent;
    --_hover: transparent;
    --_active: transparent;
  }

  .header {
    order: 1;
    margin-bottom: 1rem;
  }
  .pictogram {
    display: flex;
    align-items: center;
    justify-content: center;
    flex-shrink: 0;
    width: 5rem;
    height: 5rem;
    margin: 0 auto;
    overflow: hidden;
    filter: brightness(var(--_brightness, 100%));
  }
  ::slotted([slot='pictogram']) {
    width: 100%;
    height: 100%;
  }
  .body {
    order: 2;
    flex: 1 1 auto;
    height: 100%;
  }
  .content {
    display: flex;
    flex-direction: column;
    align-items: center;
    height: 100%;
  }
  .enlarge:not(.no-arrow) .content {
    padding-bottom: 2.5rem;
  }

  .title {
    order: 2;
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.5rem;
    font-weight: 700;
    color: var(--text-title-grey);
  }
  /* The line at the bottom of the tile. */
  .title::before {
    content: '';
    display: block;
    position: absolute;
    inset: 0;
    z-index: 1;
    pointer-events: none;
    background-image: linear-gradient(0deg, var(--border-plain-grey), var(--border-plain-grey));
    background-position: 0 100%;
    background-size: 100% 0.25rem;
    background-repeat: no-repeat;
  }
  a {
    color: var(--text-action-high-blue-france);
    text-decoration: none;
    background-image: linear-gradient(0deg, currentColor, currentColor), linear-gradient(0deg, currentColor, currentColor);
    background-position:
      0 100%,
      0 calc(100% - 0.0625em);
    background-repeat: no-repeat;
    background-size:
      var(--_underline-hover, 0%) 0.125em,
      100% 0.0625em;
  }
  a:not([href]) {
    color: var(--text-disabled-grey);
    background-image: none;
    cursor: not-allowed;
  }
  .enlarge a {
    background-image: none;
    outline: none;
  }
  .enlarge a::before {
    content: '';
    display: block;
    position: absolute;
    inset: 0;
    z-index: 1;
    outline-offset: var(--charte-focus-offset, 2px);
    background-image: linear-gradient(0deg, var(--border-active-blue-france), var(--border-active-blue-france));
    background-position: 0 100%;
    background-size: 100% 0.25rem;
    background-repeat: no-repeat;
  }
  .enlarge a:not([href])::before {
    background-image: linear-gradient(0deg, var(--border-disabled-grey), var(--border-disabled-grey));
  }
  .enlarge a:focus-visible::before {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
  }
  .linked a::after {
    --_size: 1rem;
    content: none;
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_size);
    height: var(--_size);
    margin-left: 0.5rem;
    vertical-align: calc((0.75em - var(--_size)) * 0.5);
    background-color: currentColor;
    mask-image: url("${unsafeCSS(arrowRight)}");
    mask-size: 100% 100%;
  }
  .enlarge:not(.no-arrow) a::after,
  .external a::after,
  .download a::after {
    content: '';
  }
  .enlarge a::after {
    --_size: 1.5rem;
    position: absolute;
    right: 2rem;
    bottom: 2.25rem;
  }
  .external a::after {
    mask-image: url("${unsafeCSS(externalLink)}");
  }
  .external:not(.enlarge) a::after {
    margin-left: 0;
  }
  .download a::after {
    mask-image: url("${unsafeCSS(downloadLine)}");
  }

  .desc {
    order: 3;
    flex: 1 1 auto;
    margin: 0;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .detail {
    order: 4;
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    margin: 0.75rem 0 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
  }
  .detail.has-icon::before {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-right: 0.5rem;
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }
  /* As DSFR's badge or tag in fr-tile__start: inline boxes on a line. */
  .start {
    order: 1;
    margin-bottom: 0.75rem;
  }
  ::slotted([slot='start']) {
    display: inline-flex;
    max-width: 100%;
    margin: 0;
  }

  /* Small */
  .sm {
    padding: 1.5rem 1.5rem 1.75rem;
  }
  .sm .title {
    margin-bottom: 0.25rem;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .sm .desc {
    font-size: 0.875rem;
    line-height: 1.5rem;
  }
  .sm .start {
    margin-bottom: 0.5rem;
  }
  .sm .pictogram {
    width: 3.5rem;
    height: 3.5rem;
  }
  .sm.enlarge:not(.no-arrow) a::after {
    --_size: 1rem;
    right: 1.5rem;
    bottom: 1.75rem;
  }
  .sm.enlarge:not(.no-arrow) .content {
    padding-bottom: 2rem;
  }

  /* Horizontal and download */
  .horizontal {
    flex-direction: row;
    align-items: flex-start;
    justify-content: center;
    text-align: left;
  }
  .horizontal .header {
    margin-right: 2rem;
    margin-bottom: 0;
  }
  .horizontal .pictogram {
    width: 4rem;
    height: 4rem;
  }
  .horizontal .content {
    align-items: flex-start;
  }
  .horizontal:not(.no-arrow) .detail {
    margin-top: 1.25rem;
    margin-bottom: -2.5rem;
    padding-right: 2rem;
  }
  .horizontal:not(.no-arrow) .content {
    padding-bottom: 2.5rem;
  }
  .horizontal:not(.no-arrow).sm .detail {
    margin-top: 0.75rem;
    margin-bottom: -2rem;
    padding-right: 2rem;
  }
  .horizontal:not(.no-arrow).sm .content {
    padding-bottom: 2rem;
  }
  .sm.horizontal .header {
    margin-right: 1.5rem;
  }
  .sm.horizontal .pictogram.pictogram {
    width: 2.5rem;
    height: 2.5rem;
  }

  @media (hover: hover) and (pointer: fine) {
    .enlarge:hover {
      background-color: var(--_hover);
    }
    .enlarge:active {
      background-color: var(--_active);
    }
    .enlarge:hover .pictogram {
      --_brightness: 90%;
    }
    .enlarge:active .pictogram {
      --_brightness: 80%;
    }
    a[href]:hover {
      --_underline-hover: 100%;
    }
  }

  @media (min-width: 48em) {
    .title {
      font-size: 1.25rem;
      line-height: 1.75rem;
    }
    .sm .title {
      font-size: 1rem;
      line-height: 1.5rem;
    }
    .vertical-md {
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
    .vertical-md .header {
      margin-bottom: 1rem;
      margin-right: 0 !important;
    }
    .vertical-md .pictogram {
      width: 5rem;
      height: 5rem;
    }
    .vertical-md .content {
      align-items: center;
    }
    .vertical-md .detail {
      margin-top: 0.75rem;
    }
    .vertical-md.enlarge:not(.no-arrow) .content {
      padding-bottom: 2.5rem;
    }
    .vertical-md.enlarge:not(.no-arrow) .detail {
      margin-bottom: 0;
      padding-right: 0;
    }
  }
  @media (min-width: 62em) {
    .vertical-lg {
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
    .vertical-lg .header {
      margin-bottom: 1rem;
      margin-right: 0 !important;
    }
    .vertical-lg .pictogram {
      width: 5rem;
      height: 5rem;
    }
    .vertical-lg .content {
      align-items: center;
    }
    .vertical-lg .detail {
      margin-top: 0.75rem;
    }
    .vertical-lg.enlarge:not(.no-arrow) .content {
      padding-bottom: 2.5rem;
    }
    .vertical-lg.enlarge:not(.no-arrow) .detail {
      margin-bottom: 0;
      padding-right: 0;
    }
  }

  @media (forced-colors: active) {
    .tile {
      outline: 1px solid;
    }
    a {
      text-decoration: underline;
      text-underline-offset: 5px;
    }
    .enlarge a {
      text-decoration: none;
    }
    a::after {
      forced-color-adjust: none;
      background-color: LinkText;
    }
    a:not([href])::after {
      background-color: GrayText;
    }
  }
`;
