export { CharteAlert } from './alert.ts';
