import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
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
export class CharteBadgeGroup extends CharteElement {
  static override styles = [shared, groupStyles];

  /** One size for every badge of the group (`sm` or `md`); each badge's own size otherwise. */
  @property({ reflect: true }) size?: 'sm' | 'md';

  /** The list's accessible name, given as `aria-label` (optional). */
  @property() label?: string;

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('size')) this.sync();
  }

  /** Makes each badge an item of the list and gives it the group's size. */
  private sync() {
    for (const badge of this.children) {
      if (!badge.hasAttribute('role')) badge.setAttribute('role', 'listitem');
      if (this.size && badge.localName === 'charte-badge') badge.setAttribute('size', this.size);
    }
  }

  protected override render() {
    return html`<div class="group" part="group" role="list" aria-label=${ifDefined(this.label)}><slot
        @slotchange=${this.sync}
      ></slot></div>`;
  }
}
