import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles } from './tag-group.styles.ts';

/**
 * A group of DSFR tags (`fr-tags-group`): wrapping rows of tags, one size for all.
 *
 * @summary Tag group: wrapping rows of tags sharing one size.
 *
 * @slot - The `<charte-tag>` elements.
 *
 * @csspart group - The flex container of the tags.
 * @tagname charte-tag-group
 */
export class CharteTagGroup extends CharteElement {
  static override styles = [shared, groupStyles];

  /** One size for every tag of the group (`sm` or `md`); each tag's own size otherwise. */
  @property({ reflect: true }) size?: 'sm' | 'md';

  /** The group's accessible name (for a set of filters, say), given to the group as `aria-label`. */
  @property() label?: string;

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('size')) this.propagate();
  }

  private propagate() {
    if (!this.size) return;
    for (const tag of this.children) if (tag.localName === 'charte-tag') tag.setAttribute('size', this.size);
  }

  protected override render() {
    return html`<div class="group" part="group" role=${ifDefined(this.label ? 'group' : undefined)} aria-label=${ifDefined(this.label)}><slot
        @slotchange=${this.propagate}
      ></slot></div>`;
  }
}
