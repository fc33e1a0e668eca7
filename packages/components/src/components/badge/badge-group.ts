import { property } from 'lit/decorators.js';
import { ListGroup } from '../../base/list-group.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles } from './badge-group.styles.ts';

/**
 * A group of DSFR badges (`fr-badges-group`): a list of badges in wrapping rows, one size for all. The group is
 * announced as a list (`role="list"`) and each badge as one of its items (`role="listitem"`, set on the
 * badges).
 *
 * @summary Badge group: a list of badges in wrapping rows, sharing one size.
 *
 * @slot - The `<charte-badge>` elements, one per item.
 *
 * @csspart group - The list: the flex container of the badges.
 * @tagname charte-badge-group
 */
export class CharteBadgeGroup extends ListGroup {
  protected readonly itemTag = 'charte-badge';

  static override styles = [shared, groupStyles];

  /** One size for every badge of the group (`sm` or `md`); each badge's own size otherwise. */
  @property({ reflect: true }) override size?: 'sm' | 'md';
}
