import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './skiplinks.styles.ts';

const strings: Strings<'label'> = {
  fr: { label: 'Accès rapide' },
  en: { label: 'Skip links' },
};

/** A skip link given by property or attribute. */
export interface Skiplink {
  /** The target, a fragment: `#content`. */
  href: string;
  /** The link's text. */
  label: string;
}

/**
 * Skip links, as DSFR's: the first thing of the page, out of sight until one of its links takes focus (the
 * first Tab), then shown at the top of the page. Following a link moves focus to its target (given a
 * `tabindex="-1"` when it cannot take focus), so that the next Tab continues from there.
 *
 * Links are the element's `<a href="#…">` children (they stay the page's elements), or the `links`
 * property (attribute: JSON, `[{"href": "#content", "label": "Contenu"}]`) when there are no children.
 * Either way they are read as a list: each child link is given a slot (`slot="link-1"`…) inside an item of it.
 *
 * @summary Skip links ("Accès rapide"), shown on focus.
 *
 * @slot - The links: `<a href="#target">` elements (each is moved to its own `link-N` slot, in an item of the
 *   list).
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The list of links.
 *
 * @cssprop --charte-skiplinks-z-index - Stacking of the band when shown (default auto).
 * @tagname charte-skiplinks
 */
export class CharteSkiplinks extends CharteElement {
  static override styles = [shared, styles];

  /** The links, when not given as children. Attribute: JSON array of `{ href, label }`. */
  @property({ type: Array }) links: Skiplink[] = [];

  /** The navigation landmark's name; default "Accès rapide". */
  @property() label?: string;

  /** Always shown (documentation, tests), not only while one of its links has focus. */
  @property({ type: Boolean, reflect: true }) visible = false;

  private childWatch?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    // Links added or removed later get their item (or lose it).
    if (typeof MutationObserver !== 'undefined') {
      this.childWatch ??= new MutationObserver(() => this.requestUpdate());
      this.childWatch.observe(this, { childList: true });
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.childWatch?.disconnect();
  }

  /** The child links, each given the slot of its item. */
  private childLinks(): HTMLAnchorElement[] {
    const links = this.lightChildren.filter((el): el is HTMLAnchorElement => el.localName === 'a');
    links.forEach((link, i) => {
      if (link.slot !== `link-${i + 1}`) link.slot = `link-${i + 1}`;
    });
    return links;
  }

  /** Moves focus to the link's target, so that keyboard navigation continues from there. */
  private readonly onClick = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => (node as Element).localName === 'a') as
      | HTMLAnchorElement
      | undefined;
    const hash = link?.getAttribute('href');
    if (!hash?.startsWith('#') || hash.length < 2) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = decodeURIComponent(hash.slice(1));
    const target = root.getElementById?.(id) ?? document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus();
  };

  protected override render() {
    const label = translate(strings, this.resolvedLang, 'label', { label: this.label });
    const children = this.childLinks();
    // The default slot holds the child links until they have their items (server-rendered markup, before
    // hydration), and anything else given.
    return html`<nav part="nav" aria-label=${label}>
      <div class="list"><slot></slot></div>
      ${
        children.length || this.links.length
          ? html`<ul part="list">
              ${children.map((_, i) => html`<li><slot name=${`link-${i + 1}`}></slot></li>`)}
              ${this.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
            </ul>`
          : ''
      }
    </nav>`;
  }
}
