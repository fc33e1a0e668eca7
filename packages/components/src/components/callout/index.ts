export { ACCENTS, type Accent } from '../../styles/accents.ts';
export { CharteCallout } from './callout.ts';
