export { CharteSkiplinks, type Skiplink } from './skiplinks.ts';
