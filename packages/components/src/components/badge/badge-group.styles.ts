import { css } from 'lit';

/*
 * DSFR badges group: wrapping rows pulled out by 0.25rem on each side; each badge 0.25rem from its neighbours
 * and 0.5rem above the next row.
 */
export const groupStyles = css`
  :host {
    display: block;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    margin: 0 calc(-1 * var(--charte-space-1v, 0.25rem));
  }
  ::slotted(*) {
    display: inline-flex;
    max-width: 100%;
    --charte-badge-margin: 0 var(--charte-space-1v, 0.25rem) var(--charte-space-2v, 0.5rem);
  }
  /* DSFR keeps the md offset of the icons in a small group. */
  :host([size='sm']) ::slotted(*) {
    --charte-badge-icon-offset: calc(-1 * var(--charte-space-0-5v, 0.125rem));
  }
`;
