import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import type { ButtonIconPosition, ButtonSize } from './button.ts';
import { groupStyles } from './button-group.styles.ts';

/**
 * A group of DSFR buttons (`fr-btns-group`): stacked full width by default, or in a row (`inline`), from a
 * breakpoint on (`inline="sm|md|lg"`), aligned, of equal widths, reversed, with one size and one icon
 * position for all.
 *
 * @summary Button group: stacked or inline buttons sharing size, icon position and alignment.
 *
 * @slot - The `<charte-button>` elements, most important first.
 *
 * @csspart group - The flex container of the buttons.
 * @tagname charte-button-group
 */
export class CharteButtonGroup extends CharteElement {
  static override styles = [shared, groupStyles];

  /**
   * In a row: `inline` (or `inline=""`) always; `inline="sm|md|lg"` from that breakpoint (36em, 48em,
   * 62em) on. Absent: stacked, full width.
   */
  @property({ reflect: true }) inline?: '' | 'sm' | 'md' | 'lg';

  /** Alignment: `left` (default), `right`, `center` or `between`. */
  @property({ reflect: true }) align?: 'left' | 'right' | 'center' | 'between';

  /** Every button as wide as the widest one. */
  @property({ type: Boolean, reflect: true }) equisized = false;

  /** In a row, right aligned: the first button at the right end (DSFR's `inline-reverse`). */
  @property({ type: Boolean, reflect: true }) reverse = false;

  /** One size for every button of the group (`sm`, `md`, `lg`); each button's own size otherwise. */
  @property({ reflect: true }) size?: ButtonSize;

  /** One icon position for every button that has an icon (`left`, `right`, `only`). */
  @property({ reflect: true, attribute: 'icon-position' }) iconPosition?: ButtonIconPosition;

  private resizeObserver?: ResizeObserver;

  private get buttons(): HTMLElement[] {
    return [...this.children].filter((el): el is HTMLElement => el.localName === 'charte-button');
  }

  override connectedCallback() {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(() => this.equalize());
      this.resizeObserver.observe(this);
    }
    // Widths change when the web fonts arrive.
    globalThis.document?.fonts?.ready.then(() => this.equalize());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('size') || changed.has('iconPosition')) this.propagate();
    if (changed.has('equisized') || changed.has('size') || changed.has('iconPosition')) this.equalize();
  }

  private onSlotChange() {
    this.propagate();
    this.equalize();
  }

  /** Gives the group's size and icon position to its buttons. */
  private propagate() {
    for (const button of this.buttons) {
      if (this.size) button.setAttribute('size', this.size);
      if (this.iconPosition && button.hasAttribute('icon')) button.setAttribute('icon-position', this.iconPosition);
    }
  }

  /** Equisized: measures the buttons at their natural width, then gives them all the widest one. */
  private async equalize() {
    if (!this.equisized) {
      this.style.removeProperty('--_equisized');
      return;
    }
    // Not rendered (display: none somewhere above): nothing to measure; the observer calls again when shown.
    if (!this.getClientRects().length) return;
    const buttons = this.buttons as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    await Promise.all(buttons.map((b) => b.updateComplete));
    this.style.setProperty('--_equisized', 'fit-content');
    const widest = Math.max(
      0,
      ...buttons.map((b) => {
        const inner = b.shadowRoot?.querySelector('.btn') ?? b;
        return inner.getBoundingClientRect().width;
      }),
    );
    this.style.setProperty('--_equisized', widest ? `${widest}px` : 'fit-content');
  }

  protected override render() {
    return html`<div class="group" part="group"><slot @slotchange=${this.onSlotChange}></slot></div>`;
  }
}
