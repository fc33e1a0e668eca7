export { CharteIcon } from './icon.ts';
