import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from './charte-element.ts';

/**
 * A list of elements of one kind sharing one size (badge group, link group): announced as a list
 * (`role="list"`), each child as one of its items (`role="listitem"`, set on the children), and the group's
 * `size`, when set, given to each child of `itemTag`.
 */
export abstract class ListGroup extends CharteElement {
  /** The tag of the items the group sizes (`charte-badge`…). */
  protected abstract readonly itemTag: string;

  /** The size given to every item; each item's own size when unset. */
  abstract size?: string;

  /** The list's accessible name, given as `aria-label` (optional). */
  @property() label?: string;

  protected override updated(changed: PropertyValues) {
    if (changed.has('size')) this.sync();
  }

  /** Makes each child an item of the list and gives it the group's size. */
  private sync() {
    for (const child of this.children) {
      if (!child.hasAttribute('role')) child.setAttribute('role', 'listitem');
      if (this.size && child.localName === this.itemTag) child.setAttribute('size', this.size);
    }
  }

  protected override render() {
    return html`<div class="group" part="group" role="list" aria-label=${ifDefined(this.label)}><slot
        @slotchange=${this.sync}
      ></slot></div>`;
  }
}
