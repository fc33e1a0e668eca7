import { CharteQuote } from './quote.ts';

CharteQuote.define('charte-quote');

declare global {
  interface HTMLElementTagNameMap {
    'charte-quote': CharteQuote;
  }
}
