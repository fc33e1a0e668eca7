export { CharteCard } from './card.ts';
