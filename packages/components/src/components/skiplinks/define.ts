import { CharteSkiplinks } from './skiplinks.ts';

CharteSkiplinks.define('charte-skiplinks');

declare global {
  interface HTMLElementTagNameMap {
    'charte-skiplinks': CharteSkiplinks;
  }
}
