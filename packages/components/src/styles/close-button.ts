import { css, unsafeCSS } from 'lit';
import closeLine from '../generated/icons/close-line.ts';

/**
 * DSFR's small icon-only close button (`.close`) of dismissible messages: 2rem high, the close-line icon in
 * the text's colour, the label clipped. Colours come from the component: `--_close-color` (text and icon,
 * default inherited), `--_close-bg` (default transparent), `--_hover` and `--_active` (backgrounds under a
 * pointer). Placement (position, margins) is the component's.
 */
export const closeButton = css`
  .close {
    display: inline-flex;
    align-items: center;
    width: fit-content;
    max-width: 2rem;
    min-height: 2rem;
    max-height: 2rem;
    margin: 0;
    padding: 0.25rem 0.5rem;
    overflow: hidden;
    white-space: nowrap;
    border: 0;
    border-radius: 0;
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.5rem;
    font-weight: 500;
    color: var(--_close-color, inherit);
    background-color: var(--_close-bg, transparent);
    cursor: pointer;
  }
  .close::before {
    content: '';
    flex: 0 0 auto;
    display: block;
    width: 1rem;
    height: 1rem;
    margin: 0 0.5rem 0 0;
    background-color: currentColor;
    mask-image: url("${unsafeCSS(closeLine)}");
    mask-size: 100% 100%;
  }
  @media (hover: hover) and (pointer: fine) {
    .close:hover {
      background-color: var(--_hover);
    }
    .close:active {
      background-color: var(--_active);
    }
  }
  @media (forced-colors: active) {
    .close::before {
      forced-color-adjust: none;
      background-color: ButtonText;
    }
  }
`;
