import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { charters } from '../../generated/charters.ts';
import { shared } from '../../styles/shared.ts';
import { intituleLines } from '../bloc-marque/bloc-marque.ts';
import { styles } from './header.styles.ts';
import { common, icon } from './header-shared.styles.ts';

type Key = 'home' | 'menu' | 'search' | 'close';

const strings: Strings<Key> = {
  fr: { home: 'Accueil', menu: 'Menu', search: 'Rechercher', close: 'Fermer' },
  en: { home: 'Home', menu: 'Menu', search: 'Search', close: 'Close' },
};

/** The lg breakpoint of DSFR, from which the header shows its tools and navigation inline. */
const LG = '(min-width: 62em)';

/** What the modal shows under the lg breakpoint. */
export type HeaderModal = 'menu' | 'search';

/**
 * The site's header, as DSFR's: the State's bloc-marque (sm), an optional operator's logo, the service's name
 * and baseline, quick-access links, a search and the main navigation. Under the lg breakpoint (62em) the
 * links and the navigation move into a full-screen modal opened by the "Menu" button, and the search into
 * one opened by the "Rechercher" button: native `<dialog>` opened with `showModal()` (the rest of the page is
 * inert, Escape closes, focus returns to the button that opened it).
 *
 * Slotted content stays the page's own (links keep their listeners, e.g. a router's): the header moves the
 * slots between the bar and the modal, it never copies them. Its icons (menu, search, close, a menu's chevron)
 * are DSFR's icon files, fetched when shown (see `setIconBase()`).
 *
 * @summary The site's header: bloc-marque, service name, tools, search and navigation, with the mobile menu.
 *
 * @slot operator - The operator's logo, usually `<a href="/" title="Accueil - …"><img alt="…"></a>`.
 * @slot tools - Quick-access links or buttons (`<a>`, `<button>`), each a direct child with `slot="tools"`, and
 *   the language selector (`<charte-translate>`). A link or button takes a DSFR icon before its text with
 *   `data-icon="<icon name>"` (e.g. `account-circle-fill`, `lock-line`, `add-circle-line`), drawn from the icon
 *   files (see `setIconBase()`); `data-outline` gives it the 1px border of DSFR's account button (from lg).
 * @slot search - The search form (e.g. a `role="search"` form).
 * @slot navigation - The main navigation: a `<charte-header-nav>`.
 *
 * @csspart header - The `<header>` element.
 * @csspart brand - The brand area (bloc-marque, operator, service).
 * @csspart service - The service's name and baseline.
 * @csspart menu-button - The "Menu" button (under lg).
 * @csspart search-button - The "Rechercher" button (under lg).
 * @csspart modal - The `<dialog>` holding the menu or the search under lg.
 * @csspart close - The modal's close button.
 *
 * @cssprop --charte-header-z-index - Stacking of the header (default 750, DSFR's).
 * @cssprop --charte-header-service-size - Font size of the service's name (1.125rem, 1.25rem from md).
 *
 * @event charte-header-open - The modal opened; `detail.modal` is `menu` or `search`.
 * @event charte-header-close - The modal closed; `detail.modal` is `menu` or `search`.
 * @tagname charte-header
 */
export class CharteHeader extends CharteElement {
  static override styles = [shared, common, styles];

  /** The service's (site's) name, shown beside the bloc-marque and linked to `home-href`. */
  @property({ attribute: 'service-name' }) serviceName?: string;

  /** The service's baseline, under its name. */
  @property({ attribute: 'service-tagline' }) serviceTagline?: string;

  /** The home page the bloc-marque (or the service name) links to. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** The home link's title; default "Accueil - {service name} - {intitulé}". */
  @property({ attribute: 'home-title' }) homeTitle?: string;

  /** A charter id of `@charte/tokens` for the bloc-marque's intitulé (see `<charte-bloc-marque>`). */
  @property() charter?: string;

  /** The bloc-marque's intitulé, lines separated by `|` or `<br>`. Wins over `charter`. */
  @property() intitule?: string;

  /** Label of the "Menu" button. */
  @property({ attribute: 'menu-label' }) menuLabel?: string;

  /** Label of the "Rechercher" button. */
  @property({ attribute: 'search-label' }) searchLabel?: string;

  /** Label of the modal's "Fermer" button. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  /** Which modal is open (under lg), if any. */
  @state() private modal?: HeaderModal;

  /** What the page put in the slots (the number of quick-access links). */
  @state() private has = { operator: false, tools: 0, search: false, navigation: false };

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  private opener?: HTMLElement;
  private media?: MediaQueryList;
  private readonly onMedia = (event: MediaQueryListEvent) => {
    if (event.matches) this.close();
  };

  /** Whether the mobile modal (menu or search) is open. */
  get open(): boolean {
    return this.modal !== undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (typeof window !== 'undefined' && window.matchMedia) {
      this.media = window.matchMedia(LG);
      this.media.addEventListener('change', this.onMedia);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
  }

  /** Opens the modal with the menu (tools and navigation) or the search; used under the lg breakpoint. */
  async show(modal: HeaderModal = 'menu', opener?: HTMLElement) {
    if (this.modal === modal) return;
    if (this.modal) this.close();
    this.opener = opener ?? this.renderRoot.querySelector<HTMLElement>(`.${modal}`) ?? undefined;
    this.modal = modal;
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    this.emit('charte-header-open', { modal });
  }

  /** Closes the modal, if open, and gives focus back to the button that opened it. */
  close() {
    if (this.dialog?.open) this.dialog.close();
    this.finishClose();
  }

  /**
   * The dialog's close event (Escape, or `close()`), which the browser fires in a later task: when the modal was
   * opened again in between, it belongs to the closing already handled.
   */
  private onClose() {
    if (!this.dialog?.open) this.finishClose();
  }

  private finishClose() {
    const modal = this.modal;
    if (!modal) return;
    this.modal = undefined;
    const opener = this.opener;
    this.opener = undefined;
    this.updateComplete.then(() => opener?.focus());
    this.emit('charte-header-close', { modal });
  }

  /**
   * Which slots have content, from the light DOM (a slot moved into the modal fires \`slotchange\` while it
   * is removed, empty: its own assignment says nothing about the header's content). Quick-access links with
   * \`data-icon\` get their icon's URL.
   */
  private onSlotChange() {
    const slotted = (name: string) => this.querySelectorAll<HTMLElement>(`:scope > [slot="${name}"]`);
    const tools = slotted('tools');
    for (const tool of tools)
      if (tool.dataset.icon) tool.style.setProperty('--_icon', `url("${iconUrl(tool.dataset.icon)}")`);
    const has = {
      operator: slotted('operator').length > 0,
      tools: tools.length,
      search: slotted('search').length > 0,
      navigation: slotted('navigation').length > 0,
    };
    if (JSON.stringify(has) !== JSON.stringify(this.has)) this.has = has;
  }

  private t(key: Key): string {
    return translate(strings, this.resolvedLang, key, {
      menu: this.menuLabel,
      search: this.searchLabel,
      close: this.closeLabel,
    });
  }

  private intituleText(): string {
    if (this.intitule?.trim()) return intituleLines(this.intitule).join(' ');
    const charter = charters[this.charter ?? 'etat'] ?? charters.etat;
    return (charter?.intitule ?? ['République', 'Française']).join(' ');
  }

  private homeLinkTitle(): string {
    if (this.homeTitle) return this.homeTitle;
    return [this.t('home'), this.serviceName, this.intituleText()].filter(Boolean).join(' - ');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Nothing left to show in the modal: close it.
    if (changed.has('has' as keyof CharteHeader) && this.modal) {
      const empty = this.modal === 'search' ? !this.has.search : !this.has.tools && !this.has.navigation;
      if (empty) this.close();
    }
  }

  private slotFor(name: string) {
    return html`<slot name=${name} @slotchange=${this.onSlotChange}></slot>`;
  }

  /** A navbar button (under lg), opening the modal with the menu or the search. */
  private navbarButton(modal: HeaderModal, shown: boolean) {
    const label = this.t(modal);
    return html`<button
      type="button"
      class="navbar-btn ib ${modal}"
      part="${modal}-button"
      style=${icon('ib', modal === 'menu' ? 'menu-fill' : 'search-line')}
      title=${label}
      aria-haspopup="dialog"
      aria-expanded=${this.modal === modal}
      aria-controls="modal"
      ?hidden=${!shown}
      @click=${(e: Event) => this.show(modal, e.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  }

  private service(title: string) {
    return html`<div class="service" part="service">
      <a href=${this.homeHref} title=${title}><p class="service-title">${this.serviceName}</p></a>
      ${this.serviceTagline ? html`<p class="service-tagline">${this.serviceTagline}</p>` : nothing}
    </div>`;
  }

  /** The modal's content: the close button, then the menu (tools and navigation) or the search. */
  private modalContent(modal: HeaderModal) {
    return html`<div class="container">
      <button
        type="button"
        class="close ia"
        part="close"
        style=${icon('ia', 'close-line')}
        title=${this.t('close')}
        @click=${this.close}
      >
        ${this.t('close')}
      </button>
      ${
        modal === 'menu'
          ? [
              html`<div class="menu-links" ?hidden=${!this.has.tools}>${this.slotFor('tools')}</div>`,
              this.slotFor('navigation'),
            ]
          : this.slotFor('search')
      }
    </div>`;
  }

  protected override render() {
    const { modal, has } = this;
    const withMenu = !!has.tools || has.navigation;
    const title = this.homeLinkTitle();
    return html`<header part="header">
      <div class="container">
        <div class="body-row">
          <div class="brand" part="brand">
            <div class="brand-top">
              <div class="logo">
                <charte-bloc-marque
                  size="sm"
                  charter=${this.charter ?? nothing}
                  intitule=${this.intitule ?? nothing}
                  href=${this.serviceName || has.operator ? nothing : this.homeHref}
                  link-title=${title}
                ></charte-bloc-marque>
              </div>
              <div class="operator" ?hidden=${!has.operator}>${this.slotFor('operator')}</div>
              <div class="navbar" ?hidden=${!has.search && !withMenu}>
                ${this.navbarButton('search', has.search)}${this.navbarButton('menu', withMenu)}
              </div>
            </div>
            ${this.serviceName ? this.service(title) : nothing}
          </div>
          <div class="tools" ?hidden=${!has.tools && !has.search}>
            <div class="tools-links ${has.tools === 1 ? 'solo' : ''}" ?hidden=${!has.tools}>
              ${modal === 'menu' ? nothing : this.slotFor('tools')}
            </div>
            <div class="search-inline" ?hidden=${!has.search}>${modal === 'search' ? nothing : this.slotFor('search')}</div>
          </div>
        </div>
      </div>
      <div class="nav-area" ?hidden=${!has.navigation}>
        <div class="container">${modal === 'menu' ? nothing : this.slotFor('navigation')}</div>
      </div>
      <dialog id="modal" class="modal" part="modal" aria-label=${this.t(modal ?? 'menu')} @close=${this.onClose}>
        ${modal ? this.modalContent(modal) : nothing}
      </dialog>
    </header>`;
  }
}
