import { css, unsafeCSS } from 'lit';
import prev from '../../generated/icons/arrow-left-s-line.ts';
import next from '../../generated/icons/arrow-right-s-line.ts';
import first from '../../generated/icons/fr--arrow-left-s-first-line.ts';
import last from '../../generated/icons/fr--arrow-right-s-last-line.ts';

/*
 * DSFR pagination: a wrapping row of 0.875rem/1.5rem links, at least 2rem × 2rem, padding 0.25rem 0.75rem,
 * 0.5rem apart on each side and 1rem under them, in the high action grey. The current page on the active
 * blue France background, inverted text. First / previous / next / last are 1rem icons, their label hidden
 * (2rem wide, padding 0.5rem) unless shown (`labels`), from lg only by default for previous and next.
 * Disabled ends are in the disabled grey. Pages far from the current one, and the ellipsis, show from lg.
 */
export const styles = css`
  :host {
    display: block;
    background-color: var(--charte-pagination-background, var(--background-default-grey));
  }
  nav {
    color: var(--text-action-high-grey);
  }
  ul {
    display: flex;
    flex-direction: row;
    align-items: center;
    justify-content: flex-start;
    flex-wrap: wrap;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .link {
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    width: fit-content;
    min-width: 2rem;
    min-height: 2rem;
    margin: 0 0.5rem 1rem;
    padding: 0.25rem 0.75rem;
    position: relative;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    color: inherit;
    text-decoration: none;
  }
  li:first-child .link {
    margin-left: 0;
  }
  li:last-child .link {
    margin-right: 0;
  }
  .link[aria-current='page'] {
    cursor: default;
    pointer-events: none;
    background-color: var(--background-active-blue-france);
    color: var(--text-inverted-blue-france);
  }
  a.link:not([href]):not([aria-current]) {
    color: var(--text-disabled-grey);
  }
  @media (hover: hover) and (pointer: fine) {
    a.link[href]:hover {
      background-color: var(--background-default-grey-hover);
    }
    a.link[href]:active {
      background-color: var(--background-default-grey-active);
    }
  }
  .icon {
    overflow: hidden;
    white-space: nowrap;
    max-width: 2rem;
    max-height: 2rem;
    padding-left: 0.5rem;
    padding-right: 0.5rem;
  }
  .icon::before,
  .icon::after {
    flex: 0 0 auto;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    background-color: currentColor;
    mask-size: 100% 100%;
  }
  .icon::before {
    content: '';
    margin-left: 0;
    margin-right: 0.5rem;
  }
  .first::before {
    mask-image: url("${unsafeCSS(first)}");
  }
  .prev::before {
    mask-image: url("${unsafeCSS(prev)}");
  }
  .next::before,
  .next::after {
    mask-image: url("${unsafeCSS(next)}");
  }
  .last::before,
  .last::after {
    mask-image: url("${unsafeCSS(last)}");
  }
  .label {
    overflow: initial;
    max-width: 100%;
    max-height: none;
    padding-left: 0.75rem;
    padding-right: 0.75rem;
  }
  .label::before {
    margin-left: -0.125rem;
  }
  .label.next::before,
  .label.last::before {
    content: none;
  }
  .label.next::after,
  .label.last::after {
    content: '';
    margin-right: -0.125rem;
    margin-left: 0.5rem;
  }
  .lg-only {
    display: none;
  }
  @media (min-width: 62em) {
    .lg-only {
      display: inline-flex;
    }
    .lg-label {
      overflow: initial;
      max-width: 100%;
      max-height: none;
      padding-left: 0.75rem;
      padding-right: 0.75rem;
    }
    .lg-label::before {
      margin-left: -0.125rem;
    }
    .lg-label.next::before,
    .lg-label.last::before {
      content: none;
    }
    .lg-label.next::after,
    .lg-label.last::after {
      content: '';
      margin-right: -0.125rem;
      margin-left: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    a.link:not([href]):not([aria-current]) {
      color: GrayText;
    }
    .icon::before,
    .icon::after {
      forced-color-adjust: none;
      background-color: currentColor;
    }
  }
  @media (forced-colors: active), (prefers-contrast: more) {
    .link[aria-current='page'] {
      justify-content: center;
      padding: calc(0.25rem - 1px) calc(0.75rem - 1px);
      border: 1px solid var(--border-active-blue-france);
    }
  }
`;
