import { css, unsafeCSS } from 'lit';
import externalLink from '../../generated/icons/external-link-line.ts';

/*
 * DSFR footer geometry: 2rem above, a 2px blue-france line at the top and a 1px grey line at the bottom
 * (inset shadows). Body: bloc-marque md (lg from md, padding 1rem then 1.25rem, pulled back by as much), the
 * operator's logo 1.5rem (2rem from md) after it; content 1.5rem under the brand (beside it from lg, half the
 * width, at most 36.75rem): description 0.875rem/1.5rem, institutional links bold 0.875rem/1.5rem 1.25rem apart
 * (1.5rem from sm). Bottom: 2.5rem under the body (1rem), a 1px grey line on top, links 0.75rem/1.25rem in the
 * mention grey separated by 1px × 1rem bars, then the licence line. Partners: a 1px line, 1rem of padding,
 * title 0.875rem/1.5rem, main logos then secondary ones. Links are underlined as DSFR draws it: two
 * current-colour gradients (1px idle, 2px on hover), external links followed by a 1rem icon.
 */
export const styles = css`
  :host {
    display: block;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    color: var(--text-default-grey);
  }
  footer {
    display: block;
    width: 100%;
    padding-top: var(--charte-space-8v, 2rem);
    box-shadow:
      inset 0 2px 0 0 var(--border-plain-blue-france),
      inset 0 -1px 0 0 var(--border-default-grey);
  }
  p,
  ul,
  h2 {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  .container {
    width: 100%;
    max-width: var(--charte-grid-container-max-width, 78rem);
    margin-left: auto;
    margin-right: auto;
    padding-left: var(--charte-grid-container-padding, 1rem);
    padding-right: var(--charte-grid-container-padding, 1rem);
  }
  a {
    color: inherit;
    text-decoration: none;
    --_underline-idle: 100%;
    --_underline-hover: 0%;
    background-image:
      linear-gradient(0deg, currentColor, currentColor),
      linear-gradient(0deg, currentColor, currentColor);
    background-position:
      0 100%,
      0 calc(100% - 0.0625em);
    background-repeat: no-repeat, no-repeat;
    background-size:
      var(--_underline-hover) calc(0.0625em * 2),
      var(--_underline-idle) 0.0625em;
  }
  a:hover,
  a:active {
    --_underline-hover: 100%;
  }
  a[target='_blank']::after {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: 1rem;
    height: 1rem;
    margin-left: var(--charte-space-1v, 0.25rem);
    vertical-align: calc((0.75em - 1rem) * 0.5);
    background-color: currentColor;
    mask-image: url("${unsafeCSS(externalLink)}");
    mask-size: 100% 100%;
  }
  .top {
    display: flex;
    margin: -1.875rem 0 1.5rem;
    padding: 2rem 0 1.25rem;
    background-color: var(--background-alt-grey);
  }
  .grid {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-start;
    margin: -0.5rem;
  }
  .body {
    display: flex;
    flex-direction: row;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: var(--charte-space-4v, 1rem);
  }
  .brand {
    display: flex;
    flex-direction: row;
    align-items: center;
    position: relative;
  }
  .brand charte-bloc-marque {
    --charte-bloc-marque-unit: 1rem;
    display: block;
  }
  .brand charte-bloc-marque::part(logo) {
    padding: var(--charte-space-4v, 1rem);
    margin: calc(-1 * var(--charte-space-4v, 1rem));
  }
  /* The whole brand area is the home link, as DSFR's enlarged link. */
  .brand charte-bloc-marque::part(link)::before {
    content: '';
    position: absolute;
    inset: 0;
  }
  .brand charte-bloc-marque::part(link):focus-visible {
    outline: none;
  }
  .brand charte-bloc-marque::part(link):focus-visible::before {
    outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
    outline-offset: 2px;
  }
  .operator {
    display: flex;
    flex-direction: row;
    margin-left: var(--charte-space-6v, 1.5rem);
  }
  ::slotted([slot='operator']) {
    display: flex !important;
    flex-direction: row;
    background-image: none !important;
  }
  .content {
    display: flex;
    flex-wrap: wrap;
    flex-basis: 100%;
    margin-top: var(--charte-space-6v, 1.5rem);
  }
  .content-desc {
    width: 100%;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
  }
  .content-desc:empty {
    display: none;
  }
  .content-list {
    display: flex;
    flex-direction: row;
    align-self: center;
    flex-wrap: wrap;
    margin-top: var(--charte-space-4v, 1rem);
    margin-bottom: calc(-1 * var(--charte-space-2v, 0.5rem));
  }
  .content-list li,
  .content-list ::slotted(li) {
    margin: var(--charte-space-2v, 0.5rem) 1.25rem var(--charte-space-2v, 0.5rem) 0;
  }
  .content-list li:last-child,
  .content-list ::slotted(li:last-child) {
    margin-right: 0;
  }
  .content-link {
    font-weight: 700;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    color: var(--text-default-grey);
  }
  .content-link:not(:hover):not(:active),
  .bottom-link:not(:hover):not(:active),
  ::slotted(a:not(:hover):not(:active)) {
    --_underline-idle: 0%;
  }
  .partners {
    margin-top: var(--charte-space-4v, 1rem);
    padding-top: var(--charte-space-4v, 1rem);
    box-shadow: inset 0 1px 0 0 var(--border-default-grey);
  }
  .partners-title {
    margin-bottom: var(--charte-space-3v, 0.75rem);
    flex-basis: 100%;
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    font-weight: 400;
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    text-align: center;
    color: var(--text-default-grey);
  }
  .partners-logos {
    display: flex;
    flex-direction: column;
    flex-wrap: wrap;
    margin: 0 0 -0.5rem 0;
  }
  .partners-main {
    display: flex;
    flex-direction: row;
    justify-content: center;
    margin-bottom: var(--charte-space-8v, 2rem);
  }
  .partners-sub {
    display: flex;
    flex-direction: column;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: var(--charte-space-2v, 0.5rem);
  }
  .partners ::slotted(a) {
    display: flex !important;
    align-items: center;
    justify-content: center;
    background: #fff !important;
  }
  .partners-sub ::slotted(a) {
    margin-bottom: var(--charte-space-4v, 1rem) !important;
  }
  .partners + .bottom {
    margin-top: var(--charte-space-2v, 0.5rem);
  }
  .bottom {
    display: flex;
    flex-direction: row;
    align-items: center;
    flex-wrap: wrap;
    margin-top: var(--charte-space-10v, 2.5rem);
    box-shadow: inset 0 1px 0 0 var(--border-default-grey);
  }
  .body + .bottom {
    margin-top: var(--charte-space-4v, 1rem);
  }
  .bottom-list {
    width: 100%;
    margin: 0;
    padding: var(--charte-space-2v, 0.5rem) 0;
  }
  .bottom-item {
    display: inline;
    position: relative;
    margin: var(--charte-space-2v, 0.5rem) 0 0;
  }
  /* A bar before every item but the first shown. */
  .bottom-item:not([hidden]) ~ .bottom-item {
    margin-left: var(--charte-space-1v, 0.25rem);
  }
  .bottom-item:not([hidden]) ~ .bottom-item::before,
  .bottom-item ::slotted(a:not(:first-child))::before {
    content: '';
    display: inline-block;
    position: relative;
    vertical-align: middle;
    width: 1px;
    height: 1rem;
    margin: 0.625rem var(--charte-space-1v, 0.25rem) 0.625rem 0;
    box-shadow: inset 0 0 0 1px var(--border-default-grey);
  }
  .bottom-link,
  .bottom-item ::slotted(a) {
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    color: var(--text-mention-grey) !important;
  }
  .bottom-copy {
    margin-top: var(--charte-space-2v, 0.5rem);
    color: var(--text-mention-grey);
  }
  .bottom-copy > p {
    margin-bottom: var(--charte-space-4v, 1rem);
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
  }
  @media (min-width: 36em) {
    .content-list li,
    .content-list ::slotted(li) {
      margin-right: var(--charte-space-6v, 1.5rem);
    }
    .partners-title {
      text-align: left;
    }
    .partners-logos {
      flex-direction: row;
      align-items: flex-start;
      justify-content: space-between;
      margin-right: -0.5rem;
    }
    .partners-main {
      margin-bottom: var(--charte-space-4v, 1rem);
    }
    .partners-sub {
      flex-direction: row;
      align-items: flex-start;
      order: 3;
    }
    .partners-sub ::slotted(a) {
      margin: 0 0.5rem !important;
    }
  }
  @media (min-width: 48em) {
    .top {
      margin: -1.875rem 0 2rem;
    }
    .grid {
      margin: -0.75rem;
    }
    .body {
      margin-bottom: var(--charte-space-6v, 1.5rem);
    }
    .brand {
      margin: -1rem 1rem -1rem -1rem;
      padding: var(--charte-space-4v, 1rem);
      align-self: flex-start;
    }
    .brand charte-bloc-marque {
      --charte-bloc-marque-unit: 1.25rem;
    }
    .brand charte-bloc-marque::part(logo) {
      padding: var(--charte-space-5v, 1.25rem);
      margin: calc(-1 * var(--charte-space-5v, 1.25rem));
    }
    .operator {
      margin-left: var(--charte-space-8v, 2rem);
    }
    .content {
      margin-left: auto;
    }
    .content-list {
      margin-top: var(--charte-space-2v, 0.5rem);
    }
    .bottom-item:not([hidden]) ~ .bottom-item {
      margin-left: var(--charte-space-3v, 0.75rem);
    }
    .bottom-item:not([hidden]) ~ .bottom-item::before,
    .bottom-item ::slotted(a:not(:first-child))::before {
      margin-right: var(--charte-space-3v, 0.75rem);
    }
    .partners-logos {
      margin-right: -1rem;
      flex-wrap: nowrap;
    }
    .partners-main + .partners-sub {
      padding-left: var(--charte-space-4v, 1rem);
    }
    .partners-sub {
      justify-content: flex-end;
    }
    .partners-sub ::slotted(a) {
      margin: 0 1rem 0.5rem !important;
    }
  }
  @media (hover: hover) and (pointer: fine) {
    .brand:hover {
      background-color: var(--background-default-grey-hover);
    }
    .brand:active {
      background-color: var(--background-default-grey-active);
    }
  }
  @media (min-width: 62em) {
    .container {
      padding-left: 1.5rem;
      padding-right: 1.5rem;
    }
    .content {
      margin-top: 0;
      flex-basis: 50%;
      max-width: 36.75rem;
    }
  }
  @media (forced-colors: active) {
    footer {
      border-top: 2px solid;
      padding-top: 1.875rem;
    }
    .bottom,
    .partners {
      border-top: 1px solid;
    }
    a[target='_blank']::after {
      forced-color-adjust: none;
      background-color: LinkText;
    }
  }
`;
