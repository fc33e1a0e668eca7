import { css } from 'lit';

/*
 * The frame around the page's table (DSFR 1.15 `fr-table`): 1rem above, 2.5rem under, horizontal scroll in
 * the container. The table itself is styled by ./table.light.ts (it stays in the page's DOM).
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
  :host([caption='bottom']) .wrapper {
    margin-bottom: 1.5rem;
  }
  .container {
    overflow: auto;
  }
  :host([no-scroll]) .wrapper {
    width: fit-content;
  }
`;
