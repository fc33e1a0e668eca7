import { property } from 'lit/decorators.js';
import { ListGroup } from '../../base/list-group.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles } from './tag-group.styles.ts';

/**
 * A group of DSFR tags (`fr-tags-group`): wrapping rows of tags, one size for all. The group is announced as a
 * list (`role="list"`), as DSFR's `<ul>`, and each tag as one of its items (`role="listitem"`, set on the tags).
 *
 * @summary Tag group: a list of tags in wrapping rows, sharing one size.
 *
 * @slot - The `<charte-tag>` elements, one per item.
 *
 * @csspart group - The list: the flex container of the tags.
 * @tagname charte-tag-group
 */
export class CharteTagGroup extends ListGroup {
  protected readonly itemTag = 'charte-tag';

  static override styles = [shared, groupStyles];

  /** One size for every tag of the group (`sm` or `md`); each tag's own size otherwise. */
  @property({ reflect: true }) override size?: 'sm' | 'md';
}
