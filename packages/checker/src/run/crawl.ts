/**
 * Crawling: from seed URLs, the links of each checked page that stay on the seed's origin and lead to
 * HTML pages become new targets, until `maxPages` pages are known. The engine calls `discover` with
 * each page's snapshot, so a page is loaded once, to be checked and to be crawled.
 */
import type { Target } from '../model/index.ts';
import type { PageSnapshot } from '../model/page.ts';
import { isHtmlLink, normaliseUrl, sameOrigin } from './urls.ts';

export interface CrawlOptions {
  /** Pages checked in all, seeds included. */
  maxPages: number;
  /** Targets already named otherwise (arguments, sitemaps): never added twice. */
  known?: Iterable<string>;
}

export interface Crawler {
  /** The seed pages, as targets (those not already known). */
  seeds: Target[];
  /** The new targets a checked page leads to. */
  discover(target: Target, snapshot: Pick<PageSnapshot, 'links' | 'finalUrl'>): Target[];
  /** Links to pages on a crawled origin that were left out because `maxPages` was reached. */
  readonly skipped: number;
}

export function createCrawler(seedUrls: string[], options: CrawlOptions): Crawler {
  const seen = new Set<string>(options.known);
  const origins = new Map<string, string>();
  const seeds: Target[] = [];
  let count = seen.size;
  let skipped = 0;
  const skippedUrls = new Set<string>();
  for (const raw of seedUrls) {
    const url = normaliseUrl(raw);
    origins.set(new URL(url).origin, url);
    if (seen.has(url)) continue;
    seen.add(url);
    count++;
    seeds.push({ id: url, url, kind: 'page', origin: `crawl ${url}` });
  }
  // Pages named otherwise (arguments, sitemaps) on a crawled origin lead on too.
  return {
    seeds,
    get skipped() {
      return skipped;
    },
    discover(target, snapshot) {
      const base = snapshot.finalUrl || target.url;
      const seed = origins.get(new URL(base).origin);
      // A page redirected to another origin is checked but not followed.
      if (!seed || !sameOrigin(base, target.url)) return [];
      const found: Target[] = [];
      for (const link of snapshot.links) {
        if (!isHtmlLink(link.href, base)) continue;
        let url: string;
        try {
          url = normaliseUrl(new URL(link.href, base).href);
        } catch {
          continue;
        }
        if (!sameOrigin(url, seed) || seen.has(url)) continue;
        if (count >= options.maxPages) {
          if (!skippedUrls.has(url)) {
            skippedUrls.add(url);
            skipped++;
          }
          continue;
        }
        seen.add(url);
        count++;
        found.push({ id: url, url, kind: 'page', origin: `crawl ${seed}` });
      }
      return found;
    },
  };
}
