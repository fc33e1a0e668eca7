// biome-ignore-all lint/complexity/noThisInStatic: `define()` registers the subclass it is called on.
import { LitElement } from 'lit';
import { type Lang, ownLang, resolveLang } from './i18n.ts';

export type { CharteCloseDetail } from './events.ts';

/** The version written into every registration, so that two copies of the package can be told apart. */
export const VERSION = '0.1.0';

const registry = (): CustomElementRegistry | undefined =>
  (globalThis as { customElements?: CustomElementRegistry }).customElements;

/**
 * Base class of every charte element.
 *
 * - `define()` registers the tag once: a second call (the same module loaded twice, or two copies of the
 *   same version) does nothing; another version already registered is kept, with a warning.
 * - `lang` resolves from the closest `[lang]`, crossing shadow roots, French by default. Server-rendered
 *   markup is hydrated in the element's own `lang` (all the server saw); when the page's language differs,
 *   the element renders again in it.
 * - After hydration, slots holding content fire `slotchange` (the browser fired it before any listener).
 * - `emit()` dispatches typed, composed events.
 *
 * No DOM is touched at module level or in constructors, so components render on the server
 * (`@lit-labs/ssr`).
 */
export class CharteElement extends LitElement {
  /** The package version that defined this class. */
  static readonly version = VERSION;

  /**
   * Registers `tag` for this class. Safe to call more than once.
   * @returns the constructor registered for `tag`.
   */
  static define(tag: string): CustomElementConstructor | undefined {
    const customElements = registry();
    if (!customElements) return undefined;
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing !== this && existing.version !== VERSION) {
        console.warn(
          `<${tag}> is already defined by @charte/components ${existing.version ?? '(unknown version)'}; version ${VERSION} is not registered.`,
        );
      }
      return existing;
    }
    customElements.define(tag, this);
    return this;
  }

  /** Whether the first render adopts server-rendered markup (declarative shadow DOM). */
  private hydrating = false;

  constructor() {
    super();
    this.addController({
      hostUpdated: () => {
        if (!this.hydrating) return;
        this.hydrating = false;
        // The server saw neither the page's language nor the element's children: render with them now.
        this.requestUpdate();
        // Slotted content was assigned while the page was parsed, before any listener: tell them now.
        for (const slot of this.renderRoot.querySelectorAll('slot'))
          if (slot.assignedNodes().length) slot.dispatchEvent(new Event('slotchange', { bubbles: true }));
      },
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.hydrating = Boolean(this.shadowRoot);
    return super.createRenderRoot();
  }

  /**
   * The language the element speaks: the closest `lang` attribute up the tree, across shadow roots. While
   * hydrating server-rendered markup, the element's own `lang` only, as the server saw it.
   */
  protected get resolvedLang(): Lang {
    return this.hydrating ? ownLang(this) : resolveLang(this);
  }

  /**
   * The element's text (its light DOM's, whitespace folded), for names and titles built from it. Empty while
   * hydrating, as on the server: the value hydrated must be the one the server rendered.
   */
  protected get lightText(): string {
    return this.hydrating ? '' : (this.textContent ?? '').trim().replace(/\s+/g, ' ');
  }

  /**
   * The element's child elements, for a render that places them. None while hydrating, as on the server: the
   * structure hydrated must be the one the server rendered.
   */
  protected get lightChildren(): Element[] {
    return this.hydrating || !this.children ? [] : [...this.children];
  }

  /** Dispatches a bubbling, composed, cancelable event; returns false when a listener cancelled it. */
  protected emit<T>(type: string, detail?: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, {
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
        detail: detail as T,
      }),
    );
  }
}
