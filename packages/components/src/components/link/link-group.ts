import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles } from './link-group.styles.ts';

/**
 * A group of DSFR links (`fr-links-group`): a bulleted list of links, or a row of links (`inline`), one size
 * for all. The group is announced as a list (`role="list"`) and each link as one of its items
 * (`role="listitem"`, set on the links).
 *
 * @summary Link group: a list of links, bulleted or in a row, sharing one size.
 *
 * @slot - The `<charte-link>` elements, one per item.
 *
 * @csspart group - The list.
 * @tagname charte-link-group
 */
export class CharteLinkGroup extends CharteElement {
  static override styles = [shared, groupStyles];

  /** One size for every link of the group (`sm`, `md` or `lg`); each link's own size otherwise. */
  @property({ reflect: true }) size?: 'sm' | 'md' | 'lg';

  /** The links in a row, without bullets (DSFR's `fr-links-group--inline`). */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** The list's accessible name, given as `aria-label` (optional). */
  @property() label?: string;

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('size')) this.sync();
  }

  /** Makes each link an item of the list and gives it the group's size. */
  private sync() {
    for (const link of this.children) {
      if (!link.hasAttribute('role')) link.setAttribute('role', 'listitem');
      if (this.size && link.localName === 'charte-link') link.setAttribute('size', this.size);
    }
  }

  protected override render() {
    return html`<div class="group" part="group" role="list" aria-label=${ifDefined(this.label)}><slot
        @slotchange=${this.sync}
      ></slot></div>`;
  }
}
