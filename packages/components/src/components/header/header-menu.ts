import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './header-menu.styles.ts';

/**
 * An entry of `<charte-header-nav>` that opens a menu of links, as DSFR's `fr-nav__btn` + `fr-menu`: a
 * disclosure button (`aria-expanded`, `aria-controls`) toggled by click, Enter or Space; Escape closes it and
 * gives focus back to the button; a click outside closes it; opening one closes the others of the navigation.
 * Under lg the menu unfolds in place; from lg it drops under the header.
 *
 * @summary A navigation entry with a dropdown menu of links.
 *
 * @slot - The menu's links (`<a href>`, `aria-current="page"` on the current one).
 *
 * @csspart button - The button opening the menu.
 * @csspart menu - The dropdown.
 * @csspart list - The box holding the links.
 *
 * @event charte-header-menu-open - The menu opened.
 * @event charte-header-menu-close - The menu closed.
 * @tagname charte-header-menu
 */
export class CharteHeaderMenu extends CharteElement {
  static override styles = [shared, styles];

  /** The entry's label, on the button. */
  @property() label = '';

  /** Whether the menu is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The current page is in this menu: the entry is marked (`aria-current="true"`). */
  @property({ type: Boolean, reflect: true }) current = false;

  @query('button') private button?: HTMLButtonElement;

  private readonly onDocumentClick = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.open = false;
      this.button?.focus();
    }
  };

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    if (typeof document !== 'undefined') document.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    if (typeof document !== 'undefined') document.removeEventListener('click', this.onDocumentClick);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.emit(this.open ? 'charte-header-menu-open' : 'charte-header-menu-close');
    }
  }

  private toggle() {
    this.open = !this.open;
  }

  protected override render() {
    return html`<button
        type="button"
        class="btn"
        part="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-current=${this.current ? 'true' : nothing}
        @click=${this.toggle}
      >
        ${this.label}
      </button>
      <div id="menu" class="menu" part="menu" ?hidden=${!this.open}>
        <div class="list" part="list"><slot></slot></div>
      </div>`;
  }
}
