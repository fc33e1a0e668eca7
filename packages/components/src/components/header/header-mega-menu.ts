import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { megaMenu, megaMenuCategory } from './header-mega-menu.styles.ts';
import { CharteHeaderMenu } from './header-menu.ts';
import { common, icon, nav } from './header-shared.styles.ts';

const strings: Strings<'close' | 'more'> = {
  fr: { close: 'Fermer', more: 'Voir toute la rubrique' },
  en: { close: 'Close', more: 'See the whole section' },
};

const headingTags = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` } as const;
type Level = keyof typeof headingTags;

/** A heading of level `level` (2 to 6, else `fallback`) holding `content`. */
const heading = (level: number, fallback: Level, className: string, content: unknown) => {
  const tag = headingTags[level as Level] ?? headingTags[fallback];
  return staticHtml`<${tag} class=${className} part=${className}>${content}</${tag}>`;
};

/**
 * An entry of `<charte-header-nav>` opening a mega-menu, as DSFR's `fr-nav__btn` + `fr-mega-menu`: a large
 * panel with an editorial heading, a description and a link to the whole section, then categories of links
 * (`<charte-header-mega-menu-category>`), and a "Fermer" button. The entry is a disclosure button
 * (`aria-expanded`, `aria-controls`) toggled by click, Enter or Space; Escape or the "Fermer" button closes
 * the panel and gives focus back to the entry; a click outside closes it; opening it closes the other menus
 * of the navigation. From lg the panel drops under the header, across its width, categories four to a row;
 * under lg (in the header's mobile menu) it unfolds in place, a column, without the "Fermer" button.
 *
 * Load it on the pages that use it: `import '@charte/components/components/header/define-mega-menu.js'`.
 *
 * @summary A navigation entry opening a mega-menu: editorial heading, link and categories of links.
 *
 * @slot - The categories: `<charte-header-mega-menu-category>` elements.
 *
 * @csspart button - The entry's button.
 * @csspart menu - The panel.
 * @csspart close - The panel's "Fermer" button (from lg).
 * @csspart leader - The editorial part: heading, description and link.
 * @csspart heading - The editorial heading.
 * @csspart link - The link to the whole section.
 *
 * @event charte-header-menu-open - The panel opened.
 * @event charte-header-menu-close - The panel closed.
 * @tagname charte-header-mega-menu
 */
export class CharteHeaderMegaMenu extends CharteHeaderMenu {
  static override styles = [shared, common, nav, megaMenu];

  /** The panel's editorial heading (DSFR's "Titre éditorialisé"). */
  @property() heading?: string;

  /** The text under the heading. */
  @property() description?: string;

  /** The link to the whole section, under the description. */
  @property() href?: string;

  /** The label of the link to the whole section; default "Voir toute la rubrique". */
  @property({ attribute: 'link-label' }) linkLabel?: string;

  /** Level of the editorial heading, 2 to 6 (default 4, as DSFR's example). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 4;

  /** Label of the "Fermer" button. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  private leader() {
    const t = (key: 'more') => translate(strings, this.resolvedLang, key, { more: this.linkLabel });
    return html`<div class="leader" part="leader">
      ${this.heading ? heading(this.headingLevel, 4, 'heading', this.heading) : nothing}
      ${this.description ? html`<p>${this.description}</p>` : nothing}
      ${
        this.href
          ? html`<a class="more ia" part="link" href=${this.href} style=${icon('ia', 'arrow-right-line')}>${t('more')}</a>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const close = translate(strings, this.resolvedLang, 'close', { close: this.closeLabel });
    return html`${this.entry()}
      <div id="menu" class="mega" part="menu" ?hidden=${!this.open}>
        <div class="grid">
          <div class="top">
            <button
              type="button"
              class="close ia"
              part="close"
              aria-controls="menu"
              style=${icon('ia', 'close-line')}
              title=${close}
              @click=${this.hide}
            >
              ${close}
            </button>
          </div>
          ${this.heading || this.description || this.href ? this.leader() : nothing}
          <slot></slot>
        </div>
      </div>`;
  }
}

/**
 * A category of `<charte-header-mega-menu>`, as DSFR's `fr-mega-menu__category` and its list: a heading,
 * linked when `href` is set, over the category's links.
 *
 * @summary A category of a mega-menu: a heading and its links.
 *
 * @slot - The category's links (`<a href>`, `aria-current="page"` on the current one).
 *
 * @csspart heading - The category's heading.
 * @csspart list - The box holding the links.
 * @tagname charte-header-mega-menu-category
 */
export class CharteHeaderMegaMenuCategory extends CharteElement {
  static override styles = [shared, nav, megaMenuCategory];

  /** The category's name. */
  @property() label = '';

  /** Where the category's name links to. */
  @property() href?: string;

  /** The current page is this category's: its link is marked (`aria-current="page"`). */
  @property({ type: Boolean, reflect: true }) current = false;

  /** Level of the category's heading, 2 to 6 (default 5, as DSFR's example). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 5;

  protected override render() {
    const label = this.href
      ? html`<a class="link" href=${this.href} aria-current=${this.current ? 'page' : nothing}>${this.label}</a>`
      : html`<span class="link">${this.label}</span>`;
    return html`${heading(this.headingLevel, 5, 'heading', label)}
      <div class="links" part="list"><slot></slot></div>`;
  }
}
