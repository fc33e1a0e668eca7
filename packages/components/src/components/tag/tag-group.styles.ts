import { css } from 'lit';

/*
 * DSFR tag group: wrapping rows 2.75rem high at least, pulled out by 0.25rem on each side; each tag 0.25rem
 * from its neighbours and 0.5rem above the next row.
 */
export const groupStyles = css`
  :host {
    display: block;
  }
  .group {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    margin-left: calc(-1 * var(--charte-space-1v, 0.25rem));
    margin-right: calc(-1 * var(--charte-space-1v, 0.25rem));
  }
  ::slotted(*) {
    display: block;
    line-height: var(--charte-space-11v, 2.75rem);
    --charte-tag-margin: 0 var(--charte-space-1v, 0.25rem) var(--charte-space-2v, 0.5rem);
    --charte-tag-vertical-align: top;
  }
  /* DSFR keeps the md gap (0.25rem) before the close icon of small tags in a small group. */
  :host([size='sm']) ::slotted(*) {
    --charte-tag-dismiss-gap: var(--charte-space-1v, 0.25rem);
  }
`;
