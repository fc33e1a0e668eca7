import { css } from 'lit';

/*
 * DSFR language selector (fr-translate), on top of the navigation's dropdown (header-shared.styles.ts). The
 * button is a tertiary button (1px grey border, `--_outline: none` without it) with the translate icon
 * before its label and a chevron after: md under lg (1rem/1.5rem medium, 3rem high, full width, padding
 * 0.5rem 1rem, chevron on the right), sm from lg (0.875rem/1.5rem, padding 0.25rem 0.75rem, chevron 0.25rem
 * after the code); open, it takes the "open" blue. The list: the current language hidden under lg (the
 * button names it); from lg, columns of `--charte-translate-rows` languages.
 */
export const styles = css`
  :host {
    position: relative;
  }
  .tb {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 3rem;
    padding: var(--charte-space-2v) var(--charte-space-4v);
    font-size: var(--charte-font-body-md-size);
    font-weight: 500;
    line-height: var(--charte-font-body-md-line-height);
    text-align: left;
    color: var(--text-action-high-blue-france);
    box-shadow: var(--_outline, inset 0 0 0 1px var(--border-default-grey));
  }
  :host([no-outline]) {
    --_outline: none;
  }
  .tb::before {
    margin: 0 var(--charte-space-2v) 0 -0.125rem;
  }
  .tb::after {
    margin-left: auto;
    transition: transform 0.3s;
  }
  .tb:hover {
    background-color: var(--_h, var(--background-default-grey-hover));
  }
  .tb:active {
    background-color: var(--_a, var(--background-default-grey-active));
  }
  .tb[aria-expanded=true] {
    color: var(--text-active-blue-france);
    background-color: var(--background-open-blue-france);
  }
  .tb[aria-expanded=true]:hover {
    background-color: var(--background-open-blue-france-hover);
  }
  .tb[aria-expanded=true]:active {
    background-color: var(--background-open-blue-france-active);
  }
  .tb[aria-expanded=true]::after {
    transform: rotate(-180deg);
  }
  .menu {
    margin: -0.25rem 0;
  }
  .list {
    margin: 0 var(--_tm, 0);
    padding: 0;
  }
  ::slotted(a) {
    white-space: nowrap;
  }
  .list ::slotted(a) {
    padding-left: var(--_tl, 1rem);
  }
  @media (width < 62em) {
    ::slotted(a[aria-current]:not([aria-current=false])) {
      display: none;
    }
  }
  @media (width >= 62em) {
    :host {
      align-items: flex-start;
    }
    .tb {
      width: auto;
      min-height: auto;
      padding: var(--charte-space-1v) var(--charte-space-3v);
      font-size: var(--charte-font-body-sm-size);
      line-height: var(--charte-font-body-sm-line-height);
    }
    .tb::after {
      margin: 0 -0.25rem 0 var(--charte-space-1v);
    }
    .name {
      display: none;
    }
    .menu {
      margin: -0.25rem -1rem;
    }
    .list {
      display: grid;
      grid-template-rows: repeat(var(--charte-translate-rows, 8), auto);
      grid-auto-flow: column;
      width: auto;
    }
  }
  @media (width >= 62em) and (forced-colors: active) {
    .list {
      border-top: 1px solid;
    }
  }
`;
