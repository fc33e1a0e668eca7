import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ListGroup } from '../../base/list-group.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles } from './link-group.styles.ts';

/**
 * A group of DSFR links (`fr-links-group`): a bulleted list of links, or a row of links (`inline`), one size
 * for all. The group is announced as a list (`role="list"`) and each link as one of its items
 * (`role="listitem"`, set on the links). The group may be framed (`bordered`) and given a title (`heading`),
 * shown above the list.
 *
 * @summary Link group: a list of links, bulleted or in a row, sharing one size, framed and titled or not.
 *
 * @slot - The `<charte-link>` elements, one per item.
 *
 * @csspart group - The list.
 * @csspart heading - The title above the list (`heading`).
 * @tagname charte-link-group
 */
export class CharteLinkGroup extends ListGroup {
  protected readonly itemTag = 'charte-link';

  static override styles = [shared, groupStyles];

  /** One size for every link of the group (`sm`, `md` or `lg`); each link's own size otherwise. */
  @property({ reflect: true }) override size?: 'sm' | 'md' | 'lg';

  /** The links in a row, without bullets (DSFR's `fr-links-group--inline`). */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** A thin grey frame around the group, its title and its links (DSFR's `fr-links-group--bordered`). */
  @property({ type: Boolean, reflect: true }) bordered = false;

  /** A title shown above the links, in bold (DSFR's `fr-links-group__title`); none by default. */
  @property() heading?: string;

  protected override render() {
    return html`${this.heading ? html`<p class="heading" part="heading">${this.heading}</p>` : nothing}${super.render()}`;
  }
}
