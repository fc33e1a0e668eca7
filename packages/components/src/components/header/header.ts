import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { charters } from '../../generated/charters.ts';
import { shared } from '../../styles/shared.ts';
import { intituleLines } from '../bloc-marque/bloc-marque.ts';
import { styles } from './header.styles.ts';

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
 * slots between the bar and the modal, it never copies them.
 *
 * @summary The site's header: bloc-marque, service name, tools, search and navigation, with the mobile menu.
 *
 * @slot operator - The operator's logo, usually `<a href="/" title="Accueil - …"><img alt="…"></a>`.
 * @slot tools - Quick-access links or buttons (`<a>`, `<button>`), each a direct child with `slot="tools"`.
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
  static override styles = [shared, styles];

  /** The service's (site's) name, shown beside the bloc-marque and linked to `home-href`. */
  @property({ attribute: 'service-name' }) serviceName?: string;

  /** The service's baseline, under its name. */
  @property({ attribute: 'service-tagline' }) serviceTagline?: string;

  /** The home page the bloc-marque (or the service name) links to. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** The home link's title; default "Accueil - <service name> - <intitulé>". */
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

  @state() private has = { operator: false, tools: false, search: false, navigation: false };

  @query('dialog') private dialog?: HTMLDialogElement;

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
    if (this.modal) this.dialog?.close();
    this.opener = opener ?? (this.renderRoot.querySelector(`.navbar-btn.${modal}`) as HTMLElement | null) ?? undefined;
    this.modal = modal;
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    (this.renderRoot.querySelector('.close') as HTMLElement | null)?.focus();
    this.emit('charte-header-open', { modal });
  }

  /** Closes the modal, if open, and gives focus back to the button that opened it. */
  close() {
    if (this.dialog?.open) this.dialog.close();
    else this.finishClose();
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
   * is removed, empty: its own assignment says nothing about the header's content).
   */
  private onSlotChange() {
    const has = { ...this.has };
    for (const name of Object.keys(has) as (keyof typeof has)[]) {
      has[name] = !!this.querySelector(`:scope > [slot="${name}"]`);
    }
    if (Object.entries(has).some(([k, v]) => this.has[k as keyof typeof has] !== v)) this.has = has;
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

  protected override render() {
    const { modal, has } = this;
    const withMenu = has.tools || has.navigation;
    const serviceLinked = !!this.serviceName;
    const operatorLinked = has.operator;
    return html`<header part="header">
      <div class="body">
        <div class="container">
          <div class="body-row">
            <div class="brand" part="brand">
              <div class="brand-top">
                <div class="logo">
                  <charte-bloc-marque
                    size="sm"
                    charter=${this.charter ?? nothing}
                    intitule=${this.intitule ?? nothing}
                    href=${serviceLinked || operatorLinked ? nothing : this.homeHref}
                    link-title=${this.homeLinkTitle()}
                  ></charte-bloc-marque>
                </div>
                <div class="operator" ?hidden=${!has.operator}>${this.slotFor('operator')}</div>
                <div class="navbar" ?hidden=${!has.search && !withMenu}>
                  <button
                    type="button"
                    class="navbar-btn search"
                    part="search-button"
                    title=${this.t('search')}
                    aria-haspopup="dialog"
                    aria-expanded=${modal === 'search' ? 'true' : 'false'}
                    aria-controls="modal"
                    ?hidden=${!has.search}
                    @click=${(e: Event) => this.show('search', e.currentTarget as HTMLElement)}
                  >
                    ${this.t('search')}
                  </button>
                  <button
                    type="button"
                    class="navbar-btn menu"
                    part="menu-button"
                    title=${this.t('menu')}
                    aria-haspopup="dialog"
                    aria-expanded=${modal === 'menu' ? 'true' : 'false'}
                    aria-controls="modal"
                    ?hidden=${!withMenu}
                    @click=${(e: Event) => this.show('menu', e.currentTarget as HTMLElement)}
                  >
                    ${this.t('menu')}
                  </button>
                </div>
              </div>
              ${
                this.serviceName
                  ? html`<div class="service" part="service">
                      <a href=${this.homeHref} title=${this.homeLinkTitle()}
                        ><p class="service-title">${this.serviceName}</p></a
                      >
                      ${this.serviceTagline ? html`<p class="service-tagline">${this.serviceTagline}</p>` : nothing}
                    </div>`
                  : nothing
              }
            </div>
            <div class="tools" ?hidden=${!has.tools && !has.search}>
              <div class="tools-links ${has.tools ? '' : 'empty'}">${modal === 'menu' ? nothing : this.slotFor('tools')}</div>
              <div class="search-inline" ?hidden=${!has.search}>${modal === 'search' ? nothing : this.slotFor('search')}</div>
            </div>
          </div>
        </div>
      </div>
      <div class="nav-area ${has.navigation ? '' : 'empty'}">
        <div class="container">${modal === 'menu' ? nothing : this.slotFor('navigation')}</div>
      </div>
      <dialog
        id="modal"
        class="modal"
        part="modal"
        aria-label=${modal === 'search' ? this.t('search') : this.t('menu')}
        @close=${this.finishClose}
      >
        ${
          modal
            ? html`<div class="container">
                <button type="button" class="close" part="close" title=${this.t('close')} @click=${this.close}>
                  ${this.t('close')}
                </button>
                ${
                  modal === 'menu'
                    ? html`<div class="menu-links" ?hidden=${!has.tools}>${this.slotFor('tools')}</div>
                        ${this.slotFor('navigation')}`
                    : html`<div class="modal-search">${this.slotFor('search')}</div>`
                }
              </div>`
            : nothing
        }
      </dialog>
    </header>`;
  }
}
