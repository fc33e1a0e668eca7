export { CharteLink } from './link.ts';
