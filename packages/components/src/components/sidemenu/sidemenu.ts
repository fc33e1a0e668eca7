import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { itemStyles, styles } from './sidemenu.styles.ts';

const strings: Strings<'button' | 'label'> = {
  fr: { button: 'Dans cette rubrique', label: 'Menu latéral' },
  en: { button: 'In this section', label: 'Side menu' },
};

/** What `charte-toggle` carries. */
export interface SidemenuToggleDetail {
  expanded: boolean;
}

/**
 * An entry of a `charte-sidemenu`, one of:
 * - a link: `href`, its text as content (`<charte-sidemenu-item href="/a">Accès direct</charte-sidemenu-item>`);
 * - a section: `label` and no `href`, a button showing or hiding the sub-entries it holds as children;
 * - an open link: `label` and `href`, a link followed by its sub-entries, always shown (DSFR's "ouverte").
 *
 * `current` marks the current page (`aria-current="page"`); a section or open link holding it is marked
 * `aria-current="true"`, and a section holding it is open. `disabled` greys a section's button or a link out
 * (the link loses its `href`). The element is the list item (`role="listitem"`); its level (1 to 3) is found
 * from its place and set as `level`.
 *
 * @summary An entry of the side menu: link, section or open link, with sub-entries (DSFR sidemenu item).
 *
 * @slot - A link's text; the sub-entries (`charte-sidemenu-item`) of a section or an open link.
 *
 * @csspart link - The link.
 * @csspart button - A section's button.
 * @csspart list - The list of sub-entries.
 *
 * @event charte-toggle - A section was opened or closed by the user; `detail.expanded`.
 * @tagname charte-sidemenu-item
 */
export class CharteSidemenuItem extends CharteElement {
  static override styles = [shared, ...itemStyles];

  /** Where the entry links to. */
  @property() href?: string;

  /** A section's title: with it and without `href`, the entry is a section holding sub-entries. */
  @property() label?: string;

  /** The entry is the current page. */
  @property({ type: Boolean, reflect: true }) current = false;

  /** Whether a section is open. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The entry cannot be used: a section's button is disabled, a link has no `href`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private hasChildren = false;

  /** A section holds the current page. */
  @state() private holdsCurrent = false;

  /** Whether the entry is a section (a button and sub-entries) rather than a link. */
  get isSection(): boolean {
    return !!this.label && !this.href;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.setAttribute('role', 'listitem');
    let level = 1;
    for (let el = this.parentElement; el; el = el.parentElement) if (el.localName === this.localName) level++;
    this.setAttribute('level', String(level));
  }

  protected override firstUpdated() {
    if (this.label && this.querySelector('charte-sidemenu-item[current]')) {
      this.holdsCurrent = true;
      if (this.isSection) this.expanded = true;
    }
  }

  private onSlotChange(event: Event) {
    this.hasChildren = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  /** Gives focus to the entry's link or button. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('a, button')?.focus(options);
  }

  private toggle() {
    this.expanded = !this.expanded;
    this.emit<SidemenuToggleDetail>('charte-toggle', { expanded: this.expanded });
  }

  protected override render() {
    if (!this.isSection) {
      const current = this.current ? 'page' : this.holdsCurrent ? 'true' : nothing;
      const link = html`<a
        class="link"
        part="link"
        href=${this.disabled ? nothing : (this.href ?? nothing)}
        role=${this.disabled ? 'link' : nothing}
        aria-disabled=${this.disabled ? 'true' : nothing}
        aria-current=${current}
        >${this.label ? this.label : html`<slot></slot>`}</a
      >`;
      if (!this.label) return link;
      return html`${link}<div ?hidden=${!this.hasChildren}>
          <ul class="list" part="list"><slot @slotchange=${this.onSlotChange}></slot></ul>
        </div>`;
    }
    return html`<button
        type="button"
        class="btn"
        part="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="sub"
        aria-current=${this.holdsCurrent ? 'true' : nothing}
        ?disabled=${this.disabled}
        @click=${this.toggle}
      >${this.label}</button
      ><div id="sub" class=${this.expanded ? 'collapse expanded' : 'collapse'}>
        <ul class="list" part="list"><slot></slot></ul>
      </div>`;
  }
}

/**
 * The side menu as DSFR draws it: an optional title and the entries of the section of the site, on up to three
 * levels, sections opening and closing with their button (Enter or Space). Under md the whole menu is
 * collapsed behind a "Dans cette rubrique" button.
 *
 * @summary The side menu (DSFR sidemenu): nested sections, current page, sticky and right variants.
 *
 * @slot - The entries: `charte-sidemenu-item` elements.
 *
 * @csspart nav - The navigation landmark.
 * @csspart button - The "Dans cette rubrique" button (under md).
 * @csspart title - The title.
 * @csspart list - The list of entries.
 *
 * @cssprop --charte-sidemenu-background - The background under the menu (default `--background-default-grey`,
 *   the page's, so that the text keeps its contrast on any page).
 *
 * @event charte-toggle - The menu was shown or hidden with its button under md; `detail.expanded`.
 * @tagname charte-sidemenu
 */
export class CharteSidemenu extends CharteElement {
  static override styles = [shared, ...styles];

  /** The title (DSFR "Titre de rubrique"); it also names the landmark. */
  @property() heading?: string;

  /** The landmark's name when there is no title (default "Menu latéral" / "Side menu"). */
  @property() label?: string;

  /** The text of the button under md (default "Dans cette rubrique" / "In this section"). */
  @property({ attribute: 'button-label' }) buttonLabel?: string;

  /** Whether the menu is shown under md. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Placed right of the content: the line goes on its left (DSFR's `fr-sidemenu--right`). */
  @property({ type: Boolean, reflect: true }) right = false;

  /** Stays in view when the page scrolls, from md (DSFR's `fr-sidemenu--sticky`). */
  @property({ type: Boolean, reflect: true }) sticky = false;

  /** Sticky and as high as the viewport, from md (DSFR's `fr-sidemenu--sticky-full-height`). */
  @property({ type: Boolean, reflect: true, attribute: 'sticky-full-height' }) stickyFullHeight = false;

  private toggle() {
    this.expanded = !this.expanded;
    this.emit<SidemenuToggleDetail>('charte-toggle', { expanded: this.expanded });
  }

  protected override render() {
    const lang = this.resolvedLang;
    const named = this.heading
      ? { labelledby: 'title', label: undefined }
      : { labelledby: undefined, label: translate(strings, lang, 'label', { label: this.label }) };
    return html`<nav part="nav" aria-labelledby=${named.labelledby ?? nothing} aria-label=${named.label ?? nothing}>
      <div class="inner">
        <button
          type="button"
          class="btn"
          part="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="menu"
          @click=${this.toggle}
        >${translate(strings, lang, 'button', { button: this.buttonLabel })}</button>
        <div id="menu" class=${this.expanded ? 'collapse expanded' : 'collapse'}>
          ${this.heading ? html`<p class="title" id="title" part="title">${this.heading}</p>` : nothing}
          <ul class="list" part="list"><slot></slot></ul>
        </div>
      </div>
    </nav>`;
  }
}
