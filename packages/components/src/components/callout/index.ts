export { ACCENTS, type Accent } from './accents.ts';
export { CharteCallout } from './callout.ts';
