import { css } from 'lit';

/*
 * DSFR mega-menu (fr-mega-menu), on top of the navigation's look (header-shared.styles.ts). Under lg it
 * unfolds in place: padding 0.5rem 1rem 0, no "Fermer" button (its row keeps DSFR's -0.75rem bottom margin),
 * the editorial part with padding 0.5rem 0 1rem (heading 1.375rem/1.75rem bold, 1.5rem/2rem from md;
 * description and link 0.875rem/1.5rem, 0.5rem under each), then the categories one under the other. From lg
 * it drops under the header across its width: overlap background, drop shadow, 1px "open" blue line at its
 * top, DSFR's 78rem container with 1.5rem of padding and a grid with 1.5rem gutters (1rem above it and
 * 1.5rem under it, less the gutters' half): "Fermer" on the right, the editorial part on 8 columns raised by
 * 1.25rem, four categories to a row.
 */
export const megaMenu = css`
  .grid {
    display: flex;
    flex-wrap: wrap;
    overflow: hidden;
    padding: var(--charte-space-2v) var(--charte-space-4v) 0;
  }
  .grid > *,
  ::slotted(*) {
    width: 100%;
  }
  .top {
    margin-bottom: calc(-1 * var(--charte-space-3v));
  }
  .close {
    margin-left: auto;
  }
  .leader {
    padding: var(--charte-space-2v) 0 var(--charte-space-4v);
  }
  p,
  .more {
    font-size: var(--charte-font-body-sm-size);
    line-height: var(--charte-font-body-sm-line-height);
  }
  .heading {
    margin: 0 0 var(--charte-space-2v);
    font-size: 1.375rem;
    line-height: 1.75rem;
    color: var(--text-title-grey);
  }
  p {
    margin: 0 0 var(--charte-space-2v);
  }
  .more {
    color: var(--text-action-high-blue-france);
    text-decoration: none;
    background: linear-gradient(currentColor, currentColor) 0 100% / 100% 0.0625em no-repeat;
  }
  .more:hover {
    background-size: 100% 0.125em;
  }
  .more::after {
    margin: 0 -0.125rem 0 var(--charte-space-2v);
    vertical-align: calc((0.75em - 1rem) * 0.5);
  }
  @media (width < 62em) {
    .close {
      display: none;
    }
  }
  @media (min-width: 48em) {
    .heading {
      font-size: 1.5rem;
      line-height: 2rem;
    }
  }
  @media (width >= 62em) {
    .mega {
      --_h: var(--background-overlap-grey-hover);
      --_a: var(--background-overlap-grey-active);
      position: absolute;
      top: 100%;
      left: 0;
      right: 0;
      z-index: var(--charte-z-index-menu);
      background-color: var(--background-overlap-grey);
      box-shadow: inset 0 1px 0 0 var(--border-open-blue-france);
      filter: drop-shadow(var(--overlap-shadow));
    }
    .mega::before,
    .mega::after {
      content: '';
      display: block;
      padding-top: 0.25rem;
    }
    .mega::after {
      padding-top: 0.75rem;
    }
    .grid {
      max-width: var(--charte-grid-container-max-width);
      margin: 0 auto;
      padding: 0 0.75rem;
    }
    .grid > *,
    ::slotted(*) {
      padding: 0.75rem;
    }
    .leader {
      width: calc(800% / 12);
      margin: -1.25rem calc(400% / 12) 0 0;
    }
    ::slotted(*) {
      width: 25%;
    }
  }
  @media (width >= 62em) and (forced-colors: active) {
    .mega {
      outline: 1px solid;
    }
  }
`;

/*
 * A category: its heading's link is a bold navigation link, its links normal ones (padding 0.75rem 1rem,
 * 0.875rem from lg). Under lg the list has 1rem under it and a 1px grey line at its bottom; from lg a 1px grey
 * line under the heading, inset by 1rem.
 */
export const megaMenuCategory = css`
  .heading {
    margin: 0;
    font-size: inherit;
  }
  .link {
    width: 100%;
    font-weight: 700;
  }
  .links {
    display: flex;
    flex-direction: column;
    padding-bottom: var(--charte-space-4v);
  }
  ::slotted(a) {
    width: 100%;
    font-weight: 400;
  }
  @media (width < 62em) {
    .links {
      box-shadow: 0 1px 0 0 var(--border-default-grey);
    }
  }
  @media (width >= 62em) {
    .heading {
      box-shadow: 0 calc(1rem + 1px) 0 -1rem var(--border-default-grey);
    }
  }
`;
