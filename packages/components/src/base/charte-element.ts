// biome-ignore-all lint/complexity/noThisInStatic: `define()` registers the subclass it is called on.
import { LitElement } from 'lit';
import { type Lang, resolveLang } from './i18n.ts';

/** The version written into every registration, so that two copies of the package can be told apart. */
export const VERSION = '0.1.0';

const registry = (): CustomElementRegistry | undefined =>
  (globalThis as { customElements?: CustomElementRegistry }).customElements;

/**
 * Base class of every charte element.
 *
 * - `define()` registers the tag once: a second call (the same module loaded twice, or two copies of the
 *   same version) does nothing; another version already registered is kept, with a warning.
 * - `lang` resolves from the closest `[lang]`, crossing shadow roots, French by default.
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

  /** The language the element speaks: the closest `lang` attribute up the tree, across shadow roots. */
  protected get resolvedLang(): Lang {
    return resolveLang(this);
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
