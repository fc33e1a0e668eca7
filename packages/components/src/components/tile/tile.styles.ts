import { css } from 'lit';

/*
 * Values of DSFR 1.15 `fr-tile` (the box, the link and the detail are in styles/enlarge-link.ts): padding
 * 2rem 2rem 2.25rem (sm 1.5rem 1.5rem 1.75rem), a 4px line at the bottom (grey, blue France when the title is
 * a link), pictogram 5rem (sm 3.5rem, horizontal 4rem, sm horizontal 2.5rem), title 1.125rem/1.5rem then
 * 1.25rem/1.75rem from 48em (sm 1rem/1.5rem), description 1rem/1.5rem (sm 0.875rem), detail 0.75rem/1.25rem,
 * arrow 1.5rem at 2rem/2.25rem from the bottom right corner. Rules keep DSFR's specificity order where variants
 * combine.
 */
export const styles = css`
  .tile {
    --_custom-bg: var(--charte-tile-background);
    --_custom-border: var(--charte-tile-border-color);
    --_pad: 2rem;
    --_pad-bottom: 2.25rem;
    padding: var(--_pad) var(--_pad) var(--_pad-bottom);
    text-align: center;
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
    margin-bottom: 0.5rem;
    font-size: 1.125rem;
    line-height: 1.5rem;
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
  /* Under an enlarged link, the line is blue France (grey when disabled). */
  .enlarge a::before {
    background-image: linear-gradient(0deg, var(--border-active-blue-france), var(--border-active-blue-france));
    background-position: 0 100%;
    background-size: 100% 0.25rem;
    background-repeat: no-repeat;
  }
  .enlarge a:not([href])::before {
    background-image: linear-gradient(0deg, var(--border-disabled-grey), var(--border-disabled-grey));
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
    margin-top: 0.75rem;
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
    a:not([href])::after {
      background-color: GrayText;
    }
  }
`;
