import { css } from 'lit';

/*
 * DSFR footer navigation column (fr-footer__top): a bold 0.75rem/1.25rem category title 0.75rem above its
 * links, 0.75rem/1.25rem, 0.75rem apart, underlined only on hover. Full width, a quarter from sm, a sixth
 * from md, with the grid's gutters (0.5rem, 0.75rem from md).
 */
export const styles = css`
  :host {
    display: block;
    flex: 0 0 100%;
    width: 100%;
    max-width: 100%;
    padding: 0.5rem;
  }
  h2 {
    display: block;
    margin: 0 0 0.75rem;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    font-weight: 700;
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    text-align: left;
    color: var(--text-title-grey);
  }
  .list {
    margin: 0;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
  }
  /* The links are the page's own: a page stylesheet styling a outranks ::slotted(). */
  ::slotted(a) {
    display: table !important;
    margin-bottom: 0.75rem !important;
    font-size: var(--charte-font-body-xs-size, 0.75rem) !important;
    line-height: var(--charte-font-body-xs-line-height, 1.25rem) !important;
    text-decoration: none !important;
    color: var(--text-default-grey) !important;
    --_underline: 0%;
    background-image:
      linear-gradient(0deg, currentColor, currentColor),
      linear-gradient(0deg, currentColor, currentColor) !important;
    background-position:
      0 100%,
      0 calc(100% - 0.0625em) !important;
    background-repeat: no-repeat, no-repeat !important;
    background-size:
      var(--_underline) calc(0.0625em * 2),
      var(--_underline) 0.0625em !important;
  }
  ::slotted(a:hover),
  ::slotted(a:active) {
    --_underline: 100%;
  }
  @media (min-width: 36em) {
    :host {
      flex: 0 0 25%;
      width: 25%;
      max-width: 25%;
    }
  }
  @media (min-width: 48em) {
    :host {
      flex: 0 0 calc(200% / 12);
      width: calc(200% / 12);
      max-width: calc(200% / 12);
      padding: 0.75rem;
    }
  }
`;
