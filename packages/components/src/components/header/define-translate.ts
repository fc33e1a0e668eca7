import { CharteTranslate } from './translate.ts';

CharteTranslate.define('charte-translate');

declare global {
  interface HTMLElementTagNameMap {
    'charte-translate': CharteTranslate;
  }
  interface GlobalEventHandlersEventMap {
    'charte-translate-open': CustomEvent<undefined>;
    'charte-translate-close': CustomEvent<undefined>;
  }
}
