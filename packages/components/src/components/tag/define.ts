import { CharteTag, type TagToggleDetail } from './tag.ts';
import { CharteTagGroup } from './tag-group.ts';

CharteTag.define('charte-tag');
CharteTagGroup.define('charte-tag-group');

declare global {
  interface HTMLElementTagNameMap {
    'charte-tag': CharteTag;
    'charte-tag-group': CharteTagGroup;
  }
  interface GlobalEventHandlersEventMap {
    'charte-tag-toggle': CustomEvent<TagToggleDetail>;
    'charte-dismiss': CustomEvent<undefined>;
  }
}
