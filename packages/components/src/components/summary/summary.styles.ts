import { css } from 'lit';

/*
 * DSFR summary (sommaire): a contrast grey box padded 1.5rem (md 2rem), 0.75rem/1.25rem text; the title bold
 * capitals in the title grey, 0.5rem from the left and above the list; numbered lists 0.5rem above and below,
 * 1.5rem in, entries 0.5rem above and below; links in the high action grey, underlined on hover only, their
 * number ("1.2.") bold in the margin, 0.9 times smaller at each level.
 */
const underline = css`
  --underline-max-width: 100%;
  --underline-hover-width: 0;
  --underline-idle-width: var(--underline-max-width);
  --underline-x: 0%;
  --underline-thickness: 0.0625em;
  --underline-img: linear-gradient(0deg, currentColor, currentColor);
`;

const list = css`
  ol {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0 0 0 1.5rem;
  }
`;

export const styles = [
  list,
  css`
    :host {
      display: block;
    }
    nav {
      ${underline}
      padding: var(--charte-summary-padding, 1.5rem);
      font-size: var(--charte-font-body-xs-size, 0.75rem);
      line-height: var(--charte-font-body-xs-line-height, 1.25rem);
      color: var(--text-default-grey);
      background-color: var(--charte-summary-background, var(--background-contrast-grey));
    }
    .title {
      margin: 0 0 0.5rem 0;
      padding-left: 0.5rem;
      font-size: var(--charte-font-body-xs-size, 0.75rem);
      line-height: var(--charte-font-body-xs-line-height, 1.25rem);
      font-weight: var(--charte-font-weight-bold, 700);
      text-transform: uppercase;
      color: var(--text-title-grey);
    }
    @media (min-width: 48em) {
      nav {
        padding: var(--charte-summary-padding, 2rem);
      }
    }
    @media (forced-colors: active) {
      nav {
        outline: 1px solid;
      }
    }
  `,
];

export const itemStyles = [
  list,
  css`
    :host {
      display: block;
      padding: 0.5rem 0;
      /* A page with DSFR's CSS underlines every [href] element: the host is not a link, its link is inside. */
      background-image: none !important;
    }
    .link {
      display: inline;
      position: relative;
      font-size: var(--charte-font-body-xs-size, 0.75rem);
      line-height: var(--charte-font-body-xs-line-height, 1.25rem);
      color: var(--text-action-high-grey);
      text-decoration: none;
      background-image: var(--underline-img), var(--underline-img);
      background-position:
        var(--underline-x) 100%,
        var(--underline-x) calc(100% - var(--underline-thickness));
      background-repeat: no-repeat, no-repeat;
      background-size:
        var(--underline-hover-width) calc(var(--underline-thickness) * 2),
        var(--underline-idle-width) var(--underline-thickness);
    }
    .link:not(:hover):not(:active) {
      --underline-idle-width: 0;
    }
    .link:hover,
    .link:active {
      --underline-hover-width: var(--underline-max-width);
    }
    .number {
      position: absolute;
      right: 100%;
      font-size: 1em;
      font-weight: var(--charte-font-weight-bold, 700);
      white-space: pre;
    }
    :host([level='2']) .number {
      font-size: 0.9em;
    }
    :host([level='3']) .number {
      font-size: 0.81em;
    }
    @media (forced-colors: active) {
      .link {
        text-decoration: underline;
        text-underline-offset: 5px;
      }
    }
  `,
];
