import { css, unsafeCSS } from 'lit';
import errorFill from '../../generated/icons/fr--error-fill.ts';
import infoFill from '../../generated/icons/fr--info-fill.ts';
import successFill from '../../generated/icons/fr--success-fill.ts';
import warningFill from '../../generated/icons/fr--warning-fill.ts';

/*
 * Values of DSFR 1.15 `fr-alert`: a 1px border and a 2.5rem band on the left in the type's plain colour, both
 * drawn as background gradients; padding 1rem 2.25rem 0.75rem 3.5rem (sm: 0.5rem 2.25rem 0.25rem 3rem); the
 * type's icon (1.5rem, inverted text colour) in the band; title 1.125rem/1.5rem then 1.25rem/1.75rem from 48em;
 * close button 2rem square at 0.25rem from the top right corner.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .alert {
    --_c: var(--charte-alert-color, var(--border-plain-grey));
    --_bg: var(--background-flat-grey);
    position: relative;
    padding: 1rem 2.25rem 0.75rem 3.5rem;
    background-image:
      linear-gradient(0deg, var(--_c), var(--_c)), linear-gradient(0deg, var(--_c), var(--_c)),
      linear-gradient(0deg, var(--_c), var(--_c)), linear-gradient(0deg, var(--_c), var(--_c)),
      linear-gradient(0deg, var(--_bg), var(--_bg));
    background-size:
      100% 1px,
      1px 100%,
      100% 1px,
      2.5rem 100%,
      100% 1px;
    background-position:
      0 0,
      100% 0,
      0 100%,
      0 0,
      100% 100%;
    background-repeat: no-repeat;
  }
  .type-info {
    --_c: var(--charte-alert-color, var(--border-plain-info));
    --_bg: var(--background-flat-info);
    --_icon: url("${unsafeCSS(infoFill)}");
  }
  .type-success {
    --_c: var(--charte-alert-color, var(--border-plain-success));
    --_bg: var(--background-flat-success);
    --_icon: url("${unsafeCSS(successFill)}");
  }
  .type-error {
    --_c: var(--charte-alert-color, var(--border-plain-error));
    --_bg: var(--background-flat-error);
    --_icon: url("${unsafeCSS(errorFill)}");
  }
  .type-warning {
    --_c: var(--charte-alert-color, var(--border-plain-warning));
    --_bg: var(--background-flat-warning);
    --_icon: url("${unsafeCSS(warningFill)}");
  }
  .alert[class*='type-']::before,
  .custom-icon::before {
    content: '';
    position: absolute;
    top: 0;
    left: 0;
    width: 1.5rem;
    height: 1.5rem;
    margin: 1rem 0.5rem;
    background-color: var(--text-inverted-grey);
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }
  .sm {
    padding: 0.5rem 2.25rem 0.25rem 3rem;
  }
  .sm::before {
    margin: 0.5rem !important;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.125rem;
    line-height: 1.5rem;
    font-weight: 700;
    color: var(--text-title-grey);
  }
  .desc {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  ::slotted(a) {
    color: inherit;
  }
  .close {
    --_close-color: var(--text-action-high-blue-france);
    --_hover: var(--background-default-grey-hover);
    --_active: var(--background-default-grey-active);
    position: absolute;
    top: 0.25rem;
    right: 0.25rem;
  }
  @media (min-width: 48em) {
    .title {
      font-size: 1.25rem;
      line-height: 1.75rem;
    }
  }
  @media (forced-colors: active) {
    .alert {
      outline: 1px solid;
    }
    .alert::before {
      background-color: GrayText;
      left: 8px;
    }
  }
`;
