import { css, unsafeCSS } from 'lit';
import downloadLine from '../../generated/icons/download-line.ts';
import externalLink from '../../generated/icons/external-link-line.ts';

/*
 * DSFR link: action blue, underlined 1/16 em (2/16 em on hover), md 1rem/1.5rem, sm 0.875rem/1.5rem, xs
 * 0.75rem/1.25rem, lg 1.125rem/1.75rem. Icons 1rem (0.75rem xs, 1.5rem lg), 0.5rem from the text, pulled out
 * by 1/8 of their size. Download: icon after the text, details on a line under it.
 */
export const styles = css`
  :host {
    display: inline;
  }
  /* Page styles for [href] and [target=_blank] (DSFR's underline and external icon) must not reach the host. */
  :host([href]) {
    background-image: none !important;
  }
  :host([target])::after,
  :host([target])::before {
    content: none !important;
  }
  .link {
    --_icon-size: 1rem;
    --_underline: 0.0625em;
    display: inline;
    padding: 0;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
    vertical-align: var(--charte-link-vertical-align, baseline);
    color: var(--text-action-high-blue-france);
    text-decoration: none;
    -webkit-tap-highlight-color: transparent;
  }
  .link[href] {
    background-image: linear-gradient(0deg, currentColor, currentColor), linear-gradient(0deg, currentColor, currentColor);
    background-position:
      0 100%,
      0 calc(100% - var(--_underline));
    background-repeat: no-repeat, no-repeat;
    background-size:
      var(--_hover-width, 0) calc(var(--_underline) * 2),
      100% var(--_underline);
  }
  @media (hover: hover) and (pointer: fine) {
    .link[href]:hover,
    .link[href]:active {
      --_hover-width: 100%;
    }
  }
  .link:not([href]) {
    color: var(--text-disabled-grey);
    cursor: not-allowed;
  }
  :host([size='xs']) .link {
    --_icon-size: 0.75rem;
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
  }
  :host([size='sm']) .link {
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
  }
  :host([size='lg']) .link {
    --_icon-size: 1.5rem;
    font-size: var(--charte-font-body-lg-size, 1.125rem);
    line-height: var(--charte-font-body-lg-line-height, 1.75rem);
  }

  .icon-left::before,
  .icon-right::after,
  .external::after,
  .download::after {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_icon-size);
    height: var(--_icon-size);
    vertical-align: calc((0.75em - var(--_icon-size)) * 0.5);
    background-color: currentColor;
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
    -webkit-mask-size: 100% 100%;
    mask-size: 100% 100%;
  }
  .icon-left::before {
    margin-left: calc(var(--_icon-size) / -8);
    margin-right: var(--charte-space-2v, 0.5rem);
  }
  .icon-right::after,
  .external::after,
  .download::after {
    margin-left: var(--charte-space-2v, 0.5rem);
    margin-right: calc(var(--_icon-size) / -8);
  }
  .external::after {
    -webkit-mask-image: url("${unsafeCSS(externalLink)}");
    mask-image: url("${unsafeCSS(externalLink)}");
  }
  .external.icon-right::after {
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
  }

  /* Download: the details on their own line under the text. */
  .download {
    --_icon-size: 1rem;
    position: relative;
    font-size: var(--charte-font-body-md-size, 1rem);
    line-height: var(--charte-font-body-md-line-height, 1.5rem);
  }
  .download::after {
    margin-bottom: var(--charte-space-7v, 1.75rem);
    vertical-align: calc((0.75rem - var(--_icon-size)) * 0.5 - 1.75rem);
    -webkit-mask-image: url("${unsafeCSS(downloadLine)}");
    mask-image: url("${unsafeCSS(downloadLine)}");
  }
  .detail {
    position: absolute;
    left: 0;
    margin-top: var(--charte-space-7v, 1.75rem);
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    font-weight: var(--charte-font-weight-regular, 400);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
    white-space: nowrap;
    color: var(--text-mention-grey);
    pointer-events: none;
    cursor: text;
  }

  @media (forced-colors: active) {
    .link[href] {
      text-decoration: underline;
      text-underline-offset: 5px;
    }
    .link::before,
    .link::after {
      background-color: LinkText;
    }
    .link:not([href])::before,
    .link:not([href])::after {
      background-color: GrayText;
    }
    .detail {
      color: CanvasText;
    }
  }
`;
