import type { PropertyValues } from 'lit';

interface Assessed {
  href?: string;
  hreflang?: string;
}

/**
 * Automatic details of a downloadable file (DSFR's `data-fr-assess-file`) when `href` or `assess` changed: a
 * `HEAD` request, then `host[key]` set to "PDF - 1,23 ko - Anglais" ("PDF - 1.23 KB - English" in English): the
 * format from the address, the weight from `Content-Length` (powers of 1000, two decimals), the language from
 * `hreflang`. Left as it is when the request fails or gives no length. Called from `updated()`, never on the
 * server.
 */
export function assess<T extends Assessed>(host: T, changed: PropertyValues, key: keyof T, lang: string): void {
  const href = host.href;
  if (href && (changed.has('href') || changed.has('assess')))
    fetch(href, { method: 'HEAD' })
      .then((r) => {
        const bytes = r.ok && Number(r.headers.get('content-length'));
        const i = Math.min(4, Math.floor(Math.log10(bytes || 1) / 3));
        const name = host.hreflang && new Intl.DisplayNames(lang, { type: 'language' }).of(host.hreflang);
        if (bytes && href === host.href)
          host[key] = [
            href.match(/\.(\w{1,9})(?:$|[?#])/)?.[1]?.toUpperCase(),
            `${(Math.round((bytes / 1000 ** i) * 100) / 100).toLocaleString(lang)} ${(lang === 'en' ? 'bytes KB MB GB TB' : 'octets ko Mo Go To').split(' ')[i]}`,
            name && name[0]!.toUpperCase() + name.slice(1),
          ]
            .filter(Boolean)
            .join(' - ') as T[keyof T];
      })
      .catch(() => {});
}
