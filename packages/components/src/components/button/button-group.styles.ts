import { css } from 'lit';

/*
 * DSFR button group: a wrapping flex row pulled out by 0.5rem on each side; each button 0.5rem from its
 * neighbours and 1rem above the next line. Stacked (default), each button takes the full width minus 1rem;
 * inline, its own width. Equisized buttons all take the widest button's width.
 */
export const groupStyles = css`
  :host {
    display: block;
  }
  .group {
    display: flex;
    align-items: stretch;
    flex-wrap: wrap;
    margin-left: calc(-1 * var(--charte-space-2v, 0.5rem));
    margin-right: calc(-1 * var(--charte-space-2v, 0.5rem));
  }
  ::slotted(*) {
    width: calc(100% - 2 * var(--charte-space-2v, 0.5rem));
    max-width: calc(100% - 2 * var(--charte-space-2v, 0.5rem));
    margin: 0 var(--charte-space-2v, 0.5rem) var(--charte-space-4v, 1rem);
    justify-content: flex-start;
    --charte-button-width: 100%;
    --charte-button-justify: center;
  }
  :host([equisized]) ::slotted(*) {
    --charte-button-width: var(--_equisized, fit-content);
  }
  :host([align='right']) ::slotted(*) {
    justify-content: flex-end;
  }
  :host([align='center']) ::slotted(*),
  :host([align='between']) ::slotted(*) {
    justify-content: center;
  }
  :host([align='right']) .group {
    justify-content: flex-end;
  }
  :host([align='center']) .group {
    justify-content: center;
  }
  :host([align='between']) .group {
    justify-content: space-between;
  }
  :host([inline='']) ::slotted(*) {
    width: auto;
    max-width: calc(100% - 2 * var(--charte-space-2v, 0.5rem));
  }
  :host([inline='']:not([equisized])) ::slotted(*) {
    --charte-button-width: auto;
  }
  :host([inline=''][align='right'][reverse]) .group {
    flex-direction: row-reverse;
    justify-content: flex-start;
  }
  @media (min-width: 36em) {
    :host([inline='sm']) ::slotted(*) {
      width: auto;
    }
    :host([inline='sm']:not([equisized])) ::slotted(*) {
      --charte-button-width: auto;
    }
    :host([inline='sm'][align='right'][reverse]) .group {
      flex-direction: row-reverse;
      justify-content: flex-start;
    }
  }
  @media (min-width: 48em) {
    :host([inline='md']) ::slotted(*) {
      width: auto;
    }
    :host([inline='md']:not([equisized])) ::slotted(*) {
      --charte-button-width: auto;
    }
    :host([inline='md'][align='right'][reverse]) .group {
      flex-direction: row-reverse;
      justify-content: flex-start;
    }
  }
  @media (min-width: 62em) {
    :host([inline='lg']) ::slotted(*) {
      width: auto;
    }
    :host([inline='lg']:not([equisized])) ::slotted(*) {
      --charte-button-width: auto;
    }
    :host([inline='lg'][align='right'][reverse]) .group {
      flex-direction: row-reverse;
      justify-content: flex-start;
    }
  }
`;
