import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './pagination.styles.ts';

type Key = 'label' | 'first' | 'prev' | 'next' | 'last' | 'page';
const strings: Strings<Key> = {
  fr: {
    label: 'Pagination',
    first: 'Première page',
    prev: 'Page précédente',
    next: 'Page suivante',
    last: 'Dernière page',
    page: 'Page {page}',
  },
  en: {
    label: 'Pagination',
    first: 'First page',
    prev: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    page: 'Page {page}',
  },
};

/** One entry of the list of pages: a page number (`lg`: shown from lg only) or an ellipsis. */
export type PageEntry = { page: number; lg: boolean } | { ellipsis: true };

/**
 * The pages shown for `current` of `total`, as DSFR does: the first, the current and the last page always;
 * from lg, the three first and three last pages around a current page near an end, else the current page's
 * neighbours, with an ellipsis (from lg) over each gap.
 */
export function pageEntries(current: number, total: number): PageEntry[] {
  if (total <= 0) return [];
  const c = Math.min(Math.max(1, current), total);
  if (total <= 7) return Array.from({ length: total }, (_, i) => ({ page: i + 1, lg: false }));
  const always = new Set([1, c, total]);
  if (c === 1 || c === total) always.add(2);
  const desktop = c <= 3 || c >= total - 2 ? [1, 2, 3, total - 2, total - 1, total] : [1, c - 1, c, c + 1, total];
  const pages = [...new Set([...always, ...desktop])].sort((a, b) => a - b);
  const out: PageEntry[] = [];
  pages.forEach((page, i) => {
    if (i > 0 && page - pages[i - 1]! > 1) out.push({ ellipsis: true });
    out.push({ page, lg: !always.has(page) });
  });
  return out;
}

/**
 * The pagination as DSFR draws it, generated from the current `page`, the `total` of pages and an
 * `href-template`: links to the first, previous, next and last pages (disabled at the ends), the page numbers
 * with the current one marked `aria-current="page"`, and ellipses over the pages left out.
 *
 * @summary The pagination (DSFR pagination), generated from page, total and a link template.
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The list of links.
 * @csspart link - Each link (and the ellipsis).
 *
 * @cssprop --charte-pagination-background - The background under the pagination (default
 *   `--background-default-grey`, the page's, so that the text keeps its contrast on any page).
 * @tagname charte-pagination
 */
export class ChartePagination extends CharteElement {
  static override styles = [shared, styles];

  /** The current page, from 1. */
  @property({ type: Number, reflect: true }) page = 1;

  /** The number of pages. */
  @property({ type: Number, reflect: true }) total = 1;

  /** The links' address, `{page}` replaced by the page number (e.g. `?page={page}`). */
  @property({ attribute: 'href-template' }) hrefTemplate = '?page={page}';

  /**
   * When the labels of previous / next are shown next to their icon: `lg` (default, from the lg breakpoint as
   * DSFR's pagination), `always`, or `none` (icons only, the labels stay for assistive technologies).
   */
  @property({ reflect: true }) labels: 'lg' | 'always' | 'none' = 'lg';

  /** First and last page links are left out. */
  @property({ type: Boolean, attribute: 'no-ends' }) noEnds = false;

  /** The landmark's accessible name (default "Pagination"). */
  @property() label?: string;

  /** The text of the first-page link (default "Première page" / "First page"). */
  @property({ attribute: 'first-label' }) firstLabel?: string;

  /** The text of the previous-page link (default "Page précédente" / "Previous page"). */
  @property({ attribute: 'prev-label' }) prevLabel?: string;

  /** The text of the next-page link (default "Page suivante" / "Next page"). */
  @property({ attribute: 'next-label' }) nextLabel?: string;

  /** The text of the last-page link (default "Dernière page" / "Last page"). */
  @property({ attribute: 'last-label' }) lastLabel?: string;

  /** The title of a page's link, `{page}` replaced by its number (default "Page {page}"). */
  @property({ attribute: 'page-label' }) pageLabel?: string;

  /** The address of `page`. */
  hrefOf(page: number): string {
    return this.hrefTemplate.replaceAll('{page}', String(page));
  }

  private t(key: Key): string {
    return translate(strings, this.resolvedLang, key, {
      label: this.label,
      first: this.firstLabel,
      prev: this.prevLabel,
      next: this.nextLabel,
      last: this.lastLabel,
      page: this.pageLabel,
    });
  }

  private end(kind: 'first' | 'prev' | 'next' | 'last', target: number, disabled: boolean) {
    const label = this.t(kind);
    const labelled = kind === 'prev' || kind === 'next' ? this.labels : 'none';
    const classes = `link icon ${kind}${labelled === 'always' ? ' label' : labelled === 'lg' ? ' lg-label' : ''}`;
    return html`<li>${
      disabled
        ? html`<a class=${classes} part="link" title=${label} aria-disabled="true" role="link">${label}</a>`
        : html`<a class=${classes} part="link" title=${label} href=${this.hrefOf(target)}>${label}</a>`
    }</li>`;
  }

  protected override render() {
    const total = Math.max(0, Math.floor(this.total || 0));
    const current = Math.min(Math.max(1, Math.floor(this.page || 1)), Math.max(1, total));
    const pageTitle = this.t('page');
    return html`<nav part="nav" aria-label=${this.t('label')}>
      <ul part="list">
        ${this.noEnds ? nothing : this.end('first', 1, current <= 1)}
        ${this.end('prev', current - 1, current <= 1)}
        ${pageEntries(current, total).map((entry) => {
          if ('ellipsis' in entry) return html`<li><span class="link lg-only" part="link">…</span></li>`;
          const title = pageTitle.replaceAll('{page}', String(entry.page));
          const cls = entry.lg ? 'link lg-only' : 'link';
          return html`<li>${
            entry.page === current
              ? html`<a class=${cls} part="link" aria-current="page" title=${title}>${entry.page}</a>`
              : html`<a class=${cls} part="link" href=${this.hrefOf(entry.page)} title=${title}>${entry.page}</a>`
          }</li>`;
        })}
        ${this.end('next', current + 1, current >= total)}
        ${this.noEnds ? nothing : this.end('last', total, current >= total)}
      </ul>
    </nav>`;
  }
}
