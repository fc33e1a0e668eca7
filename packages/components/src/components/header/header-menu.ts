import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { shared } from '../../styles/shared.ts';
import { HeaderDisclosure } from './header-disclosure.ts';
import { common, icon, nav } from './header-shared.styles.ts';

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
export class CharteHeaderMenu extends HeaderDisclosure {
  static override styles = [shared, common, nav];

  /** The entry's label, on the button. */
  @property() label = '';

  /** The current page is in this menu: the entry is marked (`aria-current="true"`). */
  @property({ type: Boolean, reflect: true }) current = false;

  /** The entry's button, the same for every kind of entry. */
  protected entry() {
    return html`<button
      type="button"
      class="link btn ia"
      part="button"
      style=${icon('ia', 'arrow-down-s-line')}
      aria-expanded=${this.open}
      aria-controls="menu"
      aria-current=${this.current ? 'true' : nothing}
      @click=${this.toggle}
    >
      ${this.label}
    </button>`;
  }

  protected override render() {
    return html`${this.entry()}
      <div id="menu" class="menu" part="menu" ?hidden=${!this.open}>
        <div class="list" part="list"><slot></slot></div>
      </div>`;
  }
}
