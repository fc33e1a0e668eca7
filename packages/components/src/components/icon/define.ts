import { CharteIcon } from './icon.ts';

CharteIcon.define('charte-icon');

declare global {
  interface HTMLElementTagNameMap {
    'charte-icon': CharteIcon;
  }
}
