import { CharteNotice } from './notice.ts';

CharteNotice.define('charte-notice');

declare global {
  interface HTMLElementTagNameMap {
    'charte-notice': CharteNotice;
  }
}
