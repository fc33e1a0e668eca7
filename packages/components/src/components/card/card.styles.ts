import { css } from 'lit';

/*
 * Values of DSFR 1.15 `fr-card` (the box, the link and the details are in styles/enlarge-link.ts): content
 * padding 2rem (sm 1.5rem, lg 2.5rem), title 1.25rem/1.75rem then 1.375rem from 48em, description
 * 0.875rem/1.5rem, details 0.75rem/1.25rem, arrow 1.5rem at 2rem from the bottom right corner when the link is
 * enlarged.
 */
export const styles = css`
  .card {
    --_custom-bg: var(--charte-card-background);
    --_custom-border: var(--charte-card-border-color);
    --_custom-link: var(--charte-card-title-color);
    --_pad: 2rem;
  }
  .card:not(.no-border):not(.shadow) {
    padding: 1px;
  }
  .size-sm {
    --_pad: 1.5rem;
    --_arrow: 1rem;
  }
  .size-lg {
    --_pad: 2.5rem;
    --_arrow: 2rem;
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

  /* Title */
  .title {
    font-size: 1.25rem;
    line-height: 1.75rem;
  }
  .size-sm .title {
    font-size: 1.125rem;
    line-height: 1.5rem;
  }
  .size-lg .title {
    font-size: 1.375rem;
    line-height: 1.75rem;
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
    padding-right: var(--_pad);
  }
  .size-sm.enlarge:not(.no-arrow) .end {
    min-height: 1.25rem;
    margin-bottom: -2rem;
  }
  .size-lg.enlarge:not(.no-arrow) .end {
    min-height: 2.5rem;
    margin-bottom: -4rem;
  }
  .detail {
    color: var(--text-mention-grey);
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
    .download.enlarge:not(.no-background):hover .header {
      background-color: var(--background-alt-grey-hover);
    }
    .download.enlarge:not(.no-background):active .header {
      background-color: var(--background-alt-grey-active);
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
  }
`;
