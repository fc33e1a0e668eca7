import { CharteLink } from './link.ts';

CharteLink.define('charte-link');

declare global {
  interface HTMLElementTagNameMap {
    'charte-link': CharteLink;
  }
}
