import { CharteDisplay, type SchemeChangeDetail } from './display.ts';

CharteDisplay.define('charte-display');

declare global {
  interface HTMLElementTagNameMap {
    'charte-display': CharteDisplay;
  }
  interface GlobalEventHandlersEventMap {
    'charte-scheme-change': CustomEvent<SchemeChangeDetail>;
  }
}
