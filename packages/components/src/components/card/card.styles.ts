import { css, unsafeCSS } from 'lit';
import arrowRight from '../../generated/icons/arrow-right-line.ts';
import downloadLine from '../../generated/icons/download-line.ts';
import externalLink from '../../generated/icons/external-link-line.ts';

/*
 * Values of DSFR 1.15 `fr-card`: 1px border drawn with background gradients (so that it does not take
 * layout room differently from DSFR), content padding 2rem (sm 1.5rem, lg 2.5rem), title 1.25rem/1.75rem then
 * 1.375rem from 48em, description 0.875rem/1.5rem, details 0.75rem/1.25rem, arrow 1.5rem at 2rem from the
 * bottom right corner when the link is enlarged.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .card {
    --_border: var(--charte-card-border-color, var(--border-default-grey));
    --_bg: var(--charte-card-background, var(--background-default-grey));
    --_hover: var(--background-default-grey-hover);
    --_active: var(--background-default-grey-active);
    --_pad: 2rem;
    display: flex;
    flex-direction: column;
    position: relative;
    height: 100%;
    background-color: var(--_bg);
  }
  .card:not(.no-border):not(.shadow) {
    padding: 1px;
    background-image:
      linear-gradient(0deg, var(--_border), var(--_border)), linear-gradient(0deg, var(--_border), var(--_border)),
      linear-gradient(0deg, var(--_border), var(--_border)), linear-gradient(0deg, var(--_border), var(--_border));
    background-size:
      100% 1px,
      1px 100%,
      1px 100%,
      100% 1px;
    background-position:
      100% 100%,
      0 0,
      100% 0,
      100% 0;
    background-repeat: no-repeat;
  }
  .grey {
    --_bg: var(--charte-card-background, var(--background-contrast-grey));
    --_hover: var(--background-contrast-grey-hover);
    --_active: var(--background-contrast-grey-active);
  }
  .shadow {
    --_bg: var(--charte-card-background, var(--background-raised-grey));
    --_hover: var(--background-raised-grey-hover);
    --_active: var(--background-raised-grey-active);
    z-index: 500;
    filter: drop-shadow(var(--raised-shadow));
  }
  .shadow.grey {
    --_bg: var(--charte-card-background, var(--background-contrast-raised-grey));
    --_hover: var(--background-contrast-raised-grey-hover);
    --_active: var(--background-contrast-raised-grey-active);
  }
  .no-background {
    --_bg: transparent;
    --_hover: transparent;
    --_active: transparent;
  }
  .size-sm {
    --_pad: 1.5rem;
  }
  .size-lg {
    --_pad: 2.5rem;
  }

  /* Body and content */
  .body {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    order: 2;
    height: 100%;
    padding: 0 var(--_pad);
  }
  .content {
    order: 1;
    display: flex;
    flex-direction: column;
    height: 100%;
    margin: 0 calc(-1 * var(--_pad));
    padding: var(--_pad);
  }
  .enlarge:not(.no-arrow) .content {
    padding-bottom: 5rem;
  }
  .size-sm.enlarge:not(.no-arrow) .content {
    padding-bottom: 3.5rem;
  }
  .size-lg.enlarge:not(.no-arrow) .content {
    padding-bottom: 6.5rem;
  }

  /* Title and its link */
  .title {
    order: 2;
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.75rem;
    font-weight: 700;
    color: var(--text-title-grey);
  }
  .size-sm .title {
    font-size: 1.125rem;
    line-height: 1.5rem;
  }
  .size-lg .title {
    font-size: 1.375rem;
    line-height: 1.75rem;
  }
  a {
    color: inherit;
    text-decoration: none;
    --_underline-hover: 0%;
    --_underline-idle: 100%;
    background-image: linear-gradient(0deg, currentColor, currentColor), linear-gradient(0deg, currentColor, currentColor);
    background-position:
      0 100%,
      0 calc(100% - 0.0625em);
    background-repeat: no-repeat;
    background-size:
      var(--_underline-hover) 0.125em,
      var(--_underline-idle) 0.0625em;
  }
  button {
    all: unset;
  }
  a[href],
  button {
    color: var(--charte-card-title-color, var(--text-action-high-blue-france));
    cursor: pointer;
  }
  a:not([href]),
  button:disabled {
    color: var(--text-disabled-grey);
    background-image: none;
    cursor: not-allowed;
  }
  .enlarge :is(a, button) {
    background-image: none;
    outline: none;
  }
  .enlarge :is(a, button)::before {
    content: '';
    display: block;
    position: absolute;
    inset: 0;
    z-index: 1;
    outline-offset: var(--charte-focus-offset, 2px);
  }
  .enlarge :is(a, button):focus-visible::before {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
  }
  /* The arrow (enlarged link), the external-link and the download icons. */
  .linked :is(a, button)::after {
    --_size: 1rem;
    content: none;
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_size);
    height: var(--_size);
    margin-left: 0.5rem;
    vertical-align: calc((0.75em - var(--_size)) * 0.5);
    background-color: currentColor;
    mask-size: 100% 100%;
    mask-image: url("${unsafeCSS(arrowRight)}");
  }
  .enlarge:not(.no-arrow) :is(a, button)::after,
  .external a::after,
  .download :is(a, button)::after {
    content: '';
  }
  .enlarge :is(a, button)::after {
    --_size: 1.5rem;
    position: absolute;
    right: var(--_pad);
    bottom: var(--_pad);
  }
  .size-sm.enlarge :is(a, button)::after {
    --_size: 1rem;
  }
  .size-lg.enlarge :is(a, button)::after {
    --_size: 2rem;
  }
  .external a::after {
    mask-image: url("${unsafeCSS(externalLink)}");
  }
  .external:not(.enlarge) a::after {
    margin-left: 0;
  }
  .download :is(a, button)::after {
    mask-image: url("${unsafeCSS(downloadLine)}");
  }

  /* Description and details */
  .desc {
    order: 3;
    margin: 0.75rem 0 0;
    font-size: 0.875rem;
    line-height: 1.5rem;
  }
  .size-sm .desc {
    margin-top: 0.5rem;
  }
  .size-lg .desc {
    margin-top: 1rem;
    font-size: 1rem;
  }
  .start {
    order: 1;
    margin-bottom: 0.25rem;
  }
  .size-lg .start {
    margin-bottom: 0.5rem;
  }
  .start .detail {
    margin-bottom: 0.75rem;
  }
  .size-sm .start .detail {
    margin-bottom: 0.5rem;
  }
  .size-lg .start .detail {
    margin-bottom: 1rem;
  }
  /* Badges and tags, laid out as DSFR's badges and tags groups: 0.5rem between and under them. */
  .start-items,
  .badges {
    display: flex;
    flex-wrap: wrap;
  }
  .start-items {
    margin-bottom: 0.25rem;
  }
  .size-sm .start-items {
    margin-bottom: 0;
  }
  .size-lg .start-items {
    margin-bottom: 0.5rem;
  }
  ::slotted([slot='start']),
  ::slotted([slot='badges']) {
    display: flex;
    max-width: 100%;
    margin: 0 0.5rem 0.5rem 0;
  }
  /* A row of tags is 2.75rem high (DSFR's tags group line height). */
  ::slotted(charte-tag) {
    min-height: 2.25rem;
    align-items: flex-start;
  }
  .end {
    order: 4;
    display: flex;
    flex-direction: column;
    height: 100%;
    margin-top: 1rem;
    padding-top: 0.5rem;
  }
  .size-sm .end {
    margin-top: 1.5rem;
  }
  .enlarge:not(.no-arrow) .end {
    justify-content: flex-end;
    min-height: 2rem;
    margin-bottom: -3rem;
    padding-right: 2rem;
  }
  .size-sm.enlarge:not(.no-arrow) .end {
    min-height: 1.25rem;
    margin-bottom: -2rem;
    padding-right: 1.5rem;
  }
  .size-lg.enlarge:not(.no-arrow) .end {
    min-height: 2.5rem;
    margin-bottom: -4rem;
    padding-right: 2.5rem;
  }
  .detail {
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    margin: 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--text-mention-grey);
  }
  .detail.has-icon::before {
    content: '';
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-right: 0.5rem;
    vertical-align: calc((0.75em - 1rem) * 0.5);
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }

  /* Action zone */
  .footer {
    order: 2;
    margin: 0 calc(-1 * var(--_pad));
    padding: 0.5rem var(--_pad) var(--_pad);
  }
  /* Button and link groups keep 1rem under each row: DSFR takes it back in the footer. */
  ::slotted(charte-button-group[slot='footer']),
  ::slotted(ul[slot='footer']) {
    margin-bottom: -1rem;
  }

  /* Header: image and badges */
  .header {
    order: 1;
    position: relative;
    flex: 0 0 auto;
  }
  .img {
    filter: brightness(var(--_brightness, 100%));
  }
  ::slotted([slot='image']) {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1.7777777778;
    object-fit: cover;
    object-position: 50% 50%;
  }
  :host([ratio='32x9']) ::slotted([slot='image']) {
    aspect-ratio: 3.5555555556;
  }
  :host([ratio='3x2']) ::slotted([slot='image']) {
    aspect-ratio: 1.5;
  }
  :host([ratio='4x3']) ::slotted([slot='image']) {
    aspect-ratio: 1.3333333333;
  }
  :host([ratio='1x1']) ::slotted([slot='image']) {
    aspect-ratio: 1;
  }
  :host([ratio='3x4']) ::slotted([slot='image']) {
    aspect-ratio: 0.75;
  }
  :host([ratio='2x3']) ::slotted([slot='image']) {
    aspect-ratio: 0.6666666667;
  }
  .badges {
    position: absolute;
    top: 0;
    left: 0;
    padding: 0.75rem;
  }
  .download .header {
    aspect-ratio: 16 / 9;
  }
  .download:not(.no-background) .header {
    background-color: var(--background-alt-grey);
  }
  .download .img {
    position: absolute;
    top: 0.5rem;
    left: 0.5rem;
    width: calc(100% - 1rem);
    height: calc(100% - 1rem);
  }
  .download ::slotted([slot='image']) {
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
  }

  @media (hover: hover) and (pointer: fine) {
    .enlarge:hover {
      background-color: var(--_hover);
    }
    .enlarge:active {
      background-color: var(--_active);
    }
    .enlarge:hover .img {
      --_brightness: 90%;
    }
    .enlarge:active .img {
      --_brightness: 80%;
    }
    .download.enlarge:not(.no-background):hover .header {
      background-color: var(--background-alt-grey-hover);
    }
    .download.enlarge:not(.no-background):active .header {
      background-color: var(--background-alt-grey-active);
    }
    a[href]:hover {
      --_underline-hover: 100%;
    }
  }

  @media (min-width: 48em) {
    .title {
      font-size: 1.375rem;
      line-height: 1.75rem;
    }
    .size-sm .title {
      font-size: 1.25rem;
      line-height: 1.75rem;
    }
    .size-lg .title {
      font-size: 1.5rem;
      line-height: 2rem;
    }
    .horizontal,
    .download {
      flex-direction: row;
    }
    .horizontal .header,
    .download .header {
      flex: 0 0 40%;
      width: 40%;
    }
    .horizontal-half .header {
      flex: 0 0 50%;
      width: 50%;
    }
    .horizontal-tier .header {
      flex: 0 0 33.3333333333%;
      width: 33.3333333333%;
    }
    .download .header {
      aspect-ratio: auto;
    }
    .horizontal .img,
    .download .img {
      height: 100%;
    }
    .horizontal ::slotted([slot='image']) {
      height: 100%;
      object-fit: cover;
    }
    .download ::slotted([slot='image']) {
      height: 100%;
      object-position: 50% 0;
    }
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid;
    }
    :is(a, button)::after {
      forced-color-adjust: none;
      background-color: LinkText;
    }
    :is(a, button) {
      text-decoration: underline;
      text-underline-offset: 5px;
    }
    .enlarge :is(a, button) {
      text-decoration: none;
    }
  }
`;
