/** The languages components speak. French first; English second. */
export type Lang = 'fr' | 'en';

/** A component's strings in both languages. */
export type Strings<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

const asLang = (value: string | null | undefined): Lang | undefined => {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : primary === 'fr' ? 'fr' : undefined;
};

/** The element's own `lang` attribute only (French when absent or neither French nor English). */
export const ownLang = (element: Element): Lang => asLang(element.getAttribute('lang')) ?? 'fr';

/**
 * The closest `lang` attribute from `element` up, crossing shadow roots to their hosts; then the document's.
 * Languages other than French and English resolve to French. Works without a DOM (server rendering): the
 * element's own attribute or French.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if ((node as Element).getAttribute && (node as Element).hasAttribute?.('lang')) {
      const value = (node as Element).getAttribute('lang');
      if (value) return asLang(value) ?? 'fr';
    }
    const next: Node | null = node.parentNode ?? null;
    node = next && (next as ShadowRoot).host && next.nodeType === 11 ? (next as ShadowRoot).host : next;
  }
  return 'fr';
}

/**
 * A string in the element's language; `overrides` (set by the page, per string) win.
 * @example t(strings, this.resolvedLang, 'close', { close: this.closeLabel })
 */
export function translate<K extends string>(
  strings: Strings<K>,
  lang: Lang,
  key: K,
  overrides?: Partial<Record<K, string | undefined>>,
): string {
  return overrides?.[key] || strings[lang][key];
}
