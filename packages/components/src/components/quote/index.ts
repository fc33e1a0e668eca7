export { CharteQuote } from './quote.ts';
