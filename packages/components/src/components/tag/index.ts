export { ACCENTS, type Accent } from '../../styles/accents.ts';
export type { TagAccent } from './tag.ts';
export { CharteTag, type TagToggleDetail } from './tag.ts';
export { CharteTagGroup } from './tag-group.ts';
