import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import type { HeaderDisclosure } from './header-disclosure.ts';
import { nav } from './header-shared.styles.ts';

const strings: Strings<'label'> = {
  fr: { label: 'Menu principal' },
  en: { label: 'Main menu' },
};

/**
 * The header's main navigation, as DSFR's `fr-nav`: put it in `<charte-header>`'s `navigation` slot. Its
 * children are the entries, in order: links (`<a href>`, `aria-current="page"` on the current one),
 * `<charte-header-menu>` for an entry opening a menu of links and `<charte-header-mega-menu>` for one
 * opening a mega-menu. The links stay the page's own elements.
 *
 * @summary The header's main navigation: direct links, dropdown menus and mega-menus.
 *
 * @slot - The entries: `<a>` links, `<charte-header-menu>` and `<charte-header-mega-menu>` elements.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The row (column under lg) of entries.
 *
 * @cssprop --charte-header-nav-hover - Background of a hovered entry (DSFR's raised grey hover).
 * @cssprop --charte-header-nav-active - Background of a pressed entry.
 * @tagname charte-header-nav
 */
export class CharteHeaderNav extends CharteElement {
  static override styles = [shared, nav];

  /** The navigation landmark's accessible name; default "Menu principal". */
  @property() label?: string;

  /** Two to four entries are spaced by 1.25rem from lg, as DSFR does. */
  @state() private few = false;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('charte-header-menu-open', this.onMenuOpen);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('charte-header-menu-open', this.onMenuOpen);
  }

  /** One menu open at a time: opening one closes the others. */
  private readonly onMenuOpen = (event: Event) => {
    for (const entry of this.children as HTMLCollectionOf<HeaderDisclosure>)
      if (entry !== event.target && entry.open) entry.open = false;
  };

  private onSlotChange(event: Event) {
    const count = (event.target as HTMLSlotElement).assignedElements().length;
    this.few = count >= 2 && count <= 4;
  }

  protected override render() {
    return html`<nav part="nav" aria-label=${translate(strings, this.resolvedLang, 'label', { label: this.label })}>
      <div class="items ${this.few ? 'few' : ''}" part="list"><slot @slotchange=${this.onSlotChange}></slot></div>
    </nav>`;
  }
}
