import { css } from 'lit';

/*
 * The frame around the page's table (DSFR 1.15 `fr-table`, as its script leaves it): 1rem above, 2.5rem
 * under, horizontal scroll in the container, a 1px grey outline around the scrolling area once the caption is
 * measured (`--_offset`: its height + 1rem, the room it takes above the table), the header bar above and the
 * footer bar (start, middle, end) under. The table itself is styled by ./table.light.ts (it stays in the
 * page's DOM). Slotted texts are styled with `!important`: a page's own `p` rules would win otherwise.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .table {
    position: relative;
    margin: 1rem 0 2.5rem;
  }
  :host([caption='bottom']) .table {
    margin-bottom: 0;
  }
  .wrapper {
    position: relative;
  }
  :host([caption='bottom']) .wrapper {
    margin-bottom: calc(var(--_offset, 0px) + 1.5rem);
  }
  .container {
    overflow: auto;
  }
  .measured .container {
    padding-top: var(--_offset);
  }
  :host([caption='bottom']) .container,
  :host([caption='hidden']) .container {
    padding-top: 0;
  }
  .measured::after {
    content: '';
    display: block;
    position: absolute;
    top: var(--_offset);
    left: 0;
    width: 100%;
    height: calc(100% - var(--_offset));
    z-index: 1;
    pointer-events: none;
    background-image:
      linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey)),
      linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey)),
      linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey)),
      linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey));
    background-position:
      0 0,
      0 0,
      100% 100%,
      0 100%;
    background-size:
      100% 1px,
      1px 100%,
      1px 100%,
      100% 1px;
    background-repeat: no-repeat;
  }
  :host([caption='bottom']) .measured::after {
    top: auto;
    bottom: 0;
    height: 100%;
  }
  :host([no-scroll]) .wrapper {
    width: fit-content;
  }

  /* Header bar: the detail text (a <p>), a button group, other controls (segmented control) at the end. */
  slot[name='header']::slotted(p) {
    margin: 0 0 1rem !important;
    font-size: 0.875rem !important;
    line-height: 1.5rem !important;
    color: var(--text-mention-grey);
  }
  slot[name='header']::slotted(:not(p, charte-button-group)) {
    margin-bottom: 1rem;
  }

  /* Footer bar: start (detail text, rows per page), middle (pagination), end (buttons). */
  .start,
  .middle {
    margin-top: 1rem;
  }
  .middle {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: center;
  }
  .end {
    flex: 1 0 100%;
    margin-top: 1.5rem;
  }
  .footer.empty,
  .footer > .empty {
    display: none;
  }
  /* The same before the script runs (server rendering), where supported. */
  .footer:not(:has(slot:has-slotted)),
  .footer > :has(> slot:not(:has-slotted)) {
    display: none;
  }
  slot[name='footer-start']::slotted(p) {
    margin: 0 !important;
    padding-right: 0.5rem;
    font-size: 0.875rem !important;
    line-height: 1.5rem !important;
    color: var(--text-mention-grey);
  }
  slot[name='footer-middle']::slotted(*) {
    margin-top: 0.75rem;
  }

  @media (min-width: 48em) {
    .header {
      display: flex;
      flex-direction: row;
      align-items: center;
      justify-content: space-between;
    }
    slot[name='header']::slotted(p) {
      order: 1;
      flex: 1;
      padding-right: 0.5rem;
    }
    slot[name='header']::slotted(charte-button-group) {
      order: 2;
      padding-right: 0.5rem;
      padding-left: 0.5rem;
    }
    slot[name='header']::slotted(:not(p, charte-button-group)) {
      order: 3;
      flex: 0;
      margin-left: auto;
      padding-left: 0.5rem;
    }
    .footer {
      display: flex;
      flex-flow: row wrap;
      align-items: center;
      justify-content: space-between;
    }
    .start {
      display: flex;
      flex-direction: row;
      align-items: center;
      justify-content: flex-start;
    }
    slot[name='footer-start']::slotted(:not(p)) {
      padding-right: 0.5rem;
      padding-left: 0.5rem;
    }
    .footer ::slotted(charte-button-group) {
      padding-left: 0.5rem;
    }
  }
  @media (min-width: 62em) {
    .middle {
      display: block;
      padding-right: 0.5rem;
      padding-left: 0.5rem;
    }
    .end {
      flex: 1 0 0;
    }
  }
`;
