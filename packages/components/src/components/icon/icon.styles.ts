import { css } from 'lit';

/*
 * DSFR icon: an inline block of the icon's size (1.5rem by default; xs 0.75rem, sm 1rem, md 1.5rem, lg 2rem),
 * filled with the text colour through the icon as a mask, centred on the x-height of the text around it.
 */
export const styles = css`
  :host {
    display: inline;
  }
  .icon::before {
    --_size: var(--charte-icon-size, 1.5rem);
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_size);
    height: var(--_size);
    vertical-align: calc((0.75em - var(--_size)) * 0.5);
    background-color: currentColor;
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
    -webkit-mask-size: 100% 100%;
    mask-size: 100% 100%;
  }
  :host([size='xs']) .icon::before {
    --_size: var(--charte-icon-size, 0.75rem);
  }
  :host([size='sm']) .icon::before {
    --_size: var(--charte-icon-size, 1rem);
  }
  :host([size='lg']) .icon::before {
    --_size: var(--charte-icon-size, 2rem);
  }
  @media (forced-colors: active) {
    .icon::before {
      background-color: CanvasText;
    }
  }
`;
