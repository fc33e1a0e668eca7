import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { HeaderDisclosure } from './header-disclosure.ts';
import { common, icon, nav } from './header-shared.styles.ts';
import { styles } from './translate.styles.ts';

const strings: Strings<'label'> = {
  fr: { label: 'Sélectionner une langue' },
  en: { label: 'Select a language' },
};

/** The current language, from the link marked `aria-current`: its code and its name. */
interface Current {
  code: string;
  name: string;
}

/**
 * The language selector, as DSFR's `fr-translate`: a button showing the current language's code (and its
 * name under lg) opens the list of the site's languages. Each language is the page's own link, with `lang`
 * and `hreflang`, `aria-current="true"` on the current one (hidden from the list under lg, where the button
 * names it). The button is a disclosure (`aria-expanded`, `aria-controls`): click, Enter or Space toggle the
 * list; Escape closes it and gives focus back to the button; a click outside closes it.
 *
 * Put it in `<charte-header>`'s `tools` slot (`slot="tools"`) or anywhere in the page. Load it where it is
 * used: `import '@charte/components/components/header/define-translate.js'`.
 *
 * @summary The language selector: the current language's code, opening the list of languages.
 *
 * @slot - The languages: `<a href hreflang lang>` links, e.g. "FR - Français", `aria-current="true"` on the
 *   current one.
 *
 * @csspart button - The button opening the list.
 * @csspart menu - The dropdown.
 * @csspart list - The box holding the links.
 *
 * @cssprop --charte-translate-rows - Languages per column from lg (default 8, as DSFR).
 *
 * @event charte-translate-open - The list opened.
 * @event charte-translate-close - The list closed.
 * @tagname charte-translate
 */
export class CharteTranslate extends HeaderDisclosure {
  static override styles = [shared, common, nav, styles];
  protected static override events = 'charte-translate';

  /** The button's title; default "Sélectionner une langue". */
  @property() label?: string;

  /** Without the button's 1px grey border (DSFR's `fr-btn--tertiary-no-outline`). */
  @property({ type: Boolean, reflect: true, attribute: 'no-outline' }) noOutline = false;

  @state() private current: Current = { code: '', name: '' };

  /** Follows `aria-current` moving between links that stay in place (a router updating them). */
  private observer?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.onSlotChange());
    this.observer.observe(this, { subtree: true, attributes: true, attributeFilter: ['aria-current', 'hreflang'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /**
   * The current language, from the light DOM (after hydration, as the server saw no children): the link's
   * `hreflang` or `lang` as the code, its text after "FR - " as the name.
   */
  private onSlotChange() {
    const link = this.querySelector('a[aria-current]:not([aria-current="false"])');
    const text = (link?.textContent ?? '').trim().replace(/\s+/g, ' ');
    const code = (link?.getAttribute('hreflang') || link?.getAttribute('lang') || '').toUpperCase();
    const name = text.replace(new RegExp(`^${code}\\s*-\\s*`, 'i'), '');
    if (code !== this.current.code || name !== this.current.name) this.current = { code, name };
  }

  protected override render() {
    // Nothing (not an empty string) until the children are known: text hydrated empty cannot take a value.
    const { code, name } = this.current;
    return html`<button
        type="button"
        class="tb ib ia"
        part="button"
        style="${icon('ib', 'translate-2')};${icon('ia', 'arrow-down-s-line')}"
        title=${translate(strings, this.resolvedLang, 'label', { label: this.label })}
        aria-expanded=${this.open}
        aria-controls="menu"
        @click=${this.toggle}
      >
        ${code || nothing}<span class="name">${name && name !== code ? `\u00a0- ${name}` : nothing}</span>
      </button>
      <div id="menu" class="menu" part="menu" ?hidden=${!this.open}>
        <div class="list" part="list"><slot @slotchange=${this.onSlotChange}></slot></div>
      </div>`;
  }
}
