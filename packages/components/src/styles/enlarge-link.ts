import { css, unsafeCSS } from 'lit';
import arrowRight from '../generated/icons/arrow-right-line.ts';
import downloadLine from '../generated/icons/download-line.ts';
import externalLink from '../generated/icons/external-link-line.ts';

/**
 * What DSFR 1.15's card (`fr-card`) and tile (`fr-tile`) share: the box (1px border drawn with background
 * gradients, so that it takes no layout room; grey, raised and transparent variants; hover and active
 * backgrounds), the title's link or button, enlarged over the box (`fr-enlarge-link`, `fr-enlarge-button`),
 * with its arrow, external-link or download icon, and the details (0.75rem/1.25rem, optional icon).
 *
 * On the box (`.card`, `.tile`), the classes `linked` (the title is a link or a button), `enlarge`, `no-arrow`,
 * `external`, `download`, `grey`, `shadow`, `no-border`, `no-background`. The component sets:
 * - `--_custom-bg`, `--_custom-border`, `--_custom-link`: its public background, border and link colours
 *   (each falls back to DSFR's colour of the variant);
 * - `--_pad`: the enlarged link's arrow sits that far from the box's right and bottom edges (`--_pad-bottom`
 *   from the bottom when it differs); `--_arrow`: the arrow's size, 1.5rem by default;
 * - `filter: brightness(var(--_brightness, 100%))` on its image, dimmed when an enlarged box is hovered.
 */
export const enlargeLink = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  :is(.card, .tile) {
    --_border: var(--_custom-border, var(--border-default-grey));
    --_bg: var(--_custom-bg, var(--background-default-grey));
    --_hover: var(--background-default-grey-hover);
    --_active: var(--background-default-grey-active);
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    background-color: var(--_bg);
  }
  :is(.card, .tile):not(.no-border):not(.shadow) {
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
    --_bg: var(--_custom-bg, var(--background-contrast-grey));
    --_hover: var(--background-contrast-grey-hover);
    --_active: var(--background-contrast-grey-active);
  }
  .shadow {
    --_bg: var(--_custom-bg, var(--background-raised-grey));
    --_hover: var(--background-raised-grey-hover);
    --_active: var(--background-raised-grey-active);
    z-index: 500;
    filter: drop-shadow(var(--raised-shadow));
  }
  .shadow.grey {
    --_bg: var(--_custom-bg, var(--background-contrast-raised-grey));
    --_hover: var(--background-contrast-raised-grey-hover);
    --_active: var(--background-contrast-raised-grey-active);
  }
  .no-background {
    --_bg: transparent;
    --_hover: transparent;
    --_active: transparent;
  }

  /* Title and its link (or button) */
  .title {
    order: 2;
    margin: 0;
    font-weight: 700;
    color: var(--text-title-grey);
  }
  a {
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
  button {
    all: unset;
  }
  a[href],
  button {
    color: var(--_custom-link, var(--text-action-high-blue-france));
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
    --_size: var(--_arrow, 1.5rem);
    position: absolute;
    right: var(--_pad);
    bottom: var(--_pad-bottom, var(--_pad));
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

  /* Details */
  .detail {
    display: flex;
    align-items: flex-start;
    margin: 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
  }
  .detail.has-icon::before {
    content: '';
    flex: 0 0 auto;
    width: 1rem;
    height: 1rem;
    margin-right: 0.5rem;
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }

  @media (hover: hover) and (pointer: fine) {
    .enlarge:hover {
      --_brightness: 90%;
      background-color: var(--_hover);
    }
    .enlarge:active {
      --_brightness: 80%;
      background-color: var(--_active);
    }
    a[href]:hover {
      --_underline-hover: 100%;
    }
  }

  @media (forced-colors: active) {
    :is(a, button) {
      text-decoration: underline;
      text-underline-offset: 5px;
    }
    .enlarge :is(a, button) {
      text-decoration: none;
    }
    :is(a, button)::after {
      forced-color-adjust: none;
      background-color: LinkText;
    }
  }
`;
