import { CharteHighlight } from './highlight.ts';

CharteHighlight.define('charte-highlight');

declare global {
  interface HTMLElementTagNameMap {
    'charte-highlight': CharteHighlight;
  }
}
