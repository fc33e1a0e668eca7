import { CharteCallout } from './callout.ts';

CharteCallout.define('charte-callout');

declare global {
  interface HTMLElementTagNameMap {
    'charte-callout': CharteCallout;
  }
}
