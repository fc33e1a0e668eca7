import { css } from 'lit';

/*
 * DSFR links group: a bulleted list (blue bullets, 0.9em), indented 1rem, 0.5rem above and below, each item
 * 0.5rem above the next. Inline: no bullets, the links in a row 2.75rem high, 0.5rem apart on each side, the
 * row pulled out by 0.5rem. Bordered: a 1px inset grey frame, 1.5rem of padding (2rem from md) except 0.5rem
 * at the bottom. The title: h4 type in bold, 1.5rem below it.
 */
export const groupStyles = css`
  :host {
    display: block;
  }
  .group {
    margin: var(--charte-space-2v, 0.5rem) 0;
    padding-inline-start: var(--charte-space-4v, 1rem);
  }
  ::slotted(*) {
    display: list-item;
    list-style: disc;
    padding-bottom: var(--charte-space-2v, 0.5rem);
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
  }
  ::slotted(*)::marker {
    font-size: 0.9em;
    color: var(--text-action-high-blue-france);
  }
  /* Small links sit at the top of their line, as in DSFR, so that the line keeps its height. */
  :host([size='sm']) ::slotted(:not([download])) {
    --charte-link-vertical-align: top;
  }
  :host([inline]) {
    display: inline;
  }
  :host([inline]) .group {
    display: inline;
    margin: 0 calc(-1 * var(--charte-space-2v, 0.5rem));
    padding: 0;
  }
  :host([inline]) ::slotted(*) {
    display: inline;
    padding: 0;
    margin: 0 var(--charte-space-2v, 0.5rem);
    line-height: var(--charte-space-11v, 2.75rem);
  }
  :host([bordered]) {
    box-shadow: inset 0 0 0 1px var(--border-default-grey);
    padding: var(--charte-space-6v, 1.5rem) var(--charte-space-6v, 1.5rem) var(--charte-space-2v, 0.5rem);
  }
  .heading {
    margin: 0 0 var(--charte-space-6v, 1.5rem);
    font-size: var(--charte-font-heading-h4-size, 1.375rem);
    line-height: var(--charte-font-heading-h4-line-height, 1.75rem);
    font-weight: var(--charte-font-weight-bold, 700);
  }
  @media (min-width: 48em) {
    :host([bordered]) {
      padding: var(--charte-space-8v, 2rem) var(--charte-space-8v, 2rem) var(--charte-space-2v, 0.5rem);
    }
    .heading {
      font-size: var(--charte-font-heading-h4-size-desktop, 1.5rem);
      line-height: var(--charte-font-heading-h4-line-height-desktop, 2rem);
    }
  }
`;
