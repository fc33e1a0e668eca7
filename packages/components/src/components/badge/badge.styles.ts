import { css, unsafeCSS } from 'lit';
import flashlight from '../../generated/icons/flashlight-fill.ts';
import error from '../../generated/icons/fr--error-fill.ts';
import info from '../../generated/icons/fr--info-fill.ts';
import success from '../../generated/icons/fr--success-fill.ts';
import warning from '../../generated/icons/fr--warning-fill.ts';
import { ACCENTS } from '../../styles/accents.ts';

const accents = unsafeCSS(
  ACCENTS.map(
    (accent) => `:host([accent='${accent}']:not([type])) .badge {
    color: var(--text-label-${accent});
    background-color: var(--background-contrast-${accent});
  }`,
  ).join('\n'),
);

const system = (type: string, text: string, background: string, icon: string) =>
  unsafeCSS(`:host([type='${type}']) .badge {
    --_icon: url("${icon}");
    color: var(${text});
    background-color: var(${background});
  }`);

/*
 * DSFR badge: md 0.875rem/1.5rem bold capitals, 1.5rem high at least, padding 0 0.5rem, radius 0.25rem; sm
 * 0.75rem/1.25rem, 1.125rem, padding 0 0.375rem. System types show their icon (1rem, 0.75rem in sm) before
 * the text.
 */
export const styles = css`
  /* An inline block whose line box is the page's, so that the badge sits on the text baseline as DSFR's does. */
  :host {
    display: inline-block;
    max-width: 100%;
  }
  .badge {
    --_icon-size: 1rem;
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    width: fit-content;
    max-width: 100%;
    min-height: var(--charte-space-6v, 1.5rem);
    margin: var(--charte-badge-margin, 0);
    padding: 0 var(--charte-space-2v, 0.5rem);
    border-radius: var(--charte-radius-sm, 0.25rem);
    font-size: var(--charte-font-body-sm-size, 0.875rem);
    font-weight: var(--charte-font-weight-bold, 700);
    line-height: var(--charte-font-body-sm-line-height, 1.5rem);
    text-transform: uppercase;
    color: var(--text-default-grey);
    background-color: var(--background-contrast-grey);
  }
  :host([size='sm']) .badge {
    --_icon-size: 0.75rem;
    min-height: 1.125rem;
    padding: 0 var(--charte-space-1-5v, 0.375rem);
    font-size: var(--charte-font-body-xs-size, 0.75rem);
    line-height: var(--charte-font-body-xs-line-height, 1.25rem);
  }
  ${accents}
  ${system('info', '--text-default-info', '--background-contrast-info', info)}
  ${system('success', '--text-default-success', '--background-contrast-success', success)}
  ${system('error', '--text-default-error', '--background-contrast-error', error)}
  ${system('warning', '--text-default-warning', '--background-contrast-warning', warning)}
  ${system('new', '--text-action-high-yellow-moutarde', '--background-contrast-yellow-moutarde', flashlight)}
  .icon::before {
    content: '';
    display: inline-block;
    flex: 0 0 auto;
    width: var(--_icon-size);
    height: var(--_icon-size);
    margin-left: var(--charte-badge-icon-offset, calc(var(--_icon-size) / -8));
    margin-right: var(--charte-space-1v, 0.25rem);
    background-color: currentColor;
    -webkit-mask-image: var(--_icon);
    mask-image: var(--_icon);
    -webkit-mask-size: 100% 100%;
    mask-size: 100% 100%;
  }
  :host([ellipsis]) .text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    .badge {
      outline: 1px solid;
    }
    .badge::before {
      background-color: CanvasText;
    }
  }
`;
