import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';

/**
 * What a button opening a panel in place does, as DSFR's disclosure buttons (`aria-expanded`,
 * `aria-controls`): the button toggles `open` (click, Enter, Space); Escape closes the panel and gives focus
 * back to the button; a click outside closes it. Opening and closing fire `<prefix>-open` and
 * `<prefix>-close`. The subclass renders a `<button>` and its panel.
 */
export class HeaderDisclosure extends CharteElement {
  /** The events' prefix: `<prefix>-open`, `<prefix>-close`. */
  protected static events = 'charte-header-menu';

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  private readonly onDocumentClick = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    }
  };

  /** Closes the panel and gives focus back to the button that opens it. */
  hide() {
    this.open = false;
    this.renderRoot.querySelector('button')?.focus();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    globalThis.document?.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    globalThis.document?.removeEventListener('click', this.onDocumentClick);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.get('open') !== undefined)
      this.emit(`${(this.constructor as typeof HeaderDisclosure).events}-${this.open ? 'open' : 'close'}`);
  }

  protected toggle() {
    this.open = !this.open;
  }
}
