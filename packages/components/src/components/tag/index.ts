export { ACCENTS, type Accent, type TagAccent } from './accents.ts';
export { CharteTag, type TagToggleDetail } from './tag.ts';
export { CharteTagGroup } from './tag-group.ts';
