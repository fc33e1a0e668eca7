export { CharteHighlight } from './highlight.ts';
