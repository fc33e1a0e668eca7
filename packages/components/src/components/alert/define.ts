import { CharteAlert } from './alert.ts';

CharteAlert.define('charte-alert');

declare global {
  interface HTMLElementTagNameMap {
    'charte-alert': CharteAlert;
  }
}
