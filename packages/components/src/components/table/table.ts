import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { adoptTableStyles } from './table.light.ts';
import { styles } from './table.styles.ts';
import { columnOf, sortRows, type TableSortDirection } from './table-sort.ts';

export type { TableSortDirection };

const strings: Strings<'sort'> = {
  fr: { sort: 'Trier' },
  en: { sort: 'Sort' },
};

/** What `charte-sort` carries. */
export interface TableSortDetail {
  /** The header cell whose sort button was pressed. */
  header: HTMLTableCellElement;
  /** The column's index, counting from 0 (and counting `colspan`s). */
  column: number;
  /** The order asked for. */
  direction: TableSortDirection;
}

/** What `charte-selection-change` carries. */
export interface TableSelectionDetail {
  /** The body rows selected after the change, in the table's order. */
  rows: HTMLTableRowElement[];
}

const ZONES = ['footer-start', 'footer-middle', 'footer-end'] as const;
const SORT_BUTTON = 'button[data-charte-sort]';

/**
 * A data table, as DSFR draws it, around the page's own `<table>`: give it as the element's child, with its
 * `<caption>` (the table's accessible name), `<thead>`, `<th scope>` and `<tbody>`.
 *
 * Design: the `<table>` stays in the page's DOM (light DOM), so its semantics, its caption and header
 * associations, form controls in cells, frameworks that own the rows and server rendering all work as for a
 * plain table. Because a slotted table cannot be styled deeply from the shadow root, the element adds one
 * scoped stylesheet (`charte-table > table …`) to its root node — the document, or the shadow root it lives
 * in — when it connects. The shadow root holds DSFR's frame (margins, horizontal scroll, outline), the header
 * bar and the footer bar. Without script (server-rendered page before the components load), the table shows
 * with the page's own styles.
 *
 * In the table:
 * - **Selectable rows** (`selectable`): each body row's first cell holds a checkbox
 *   (`<th scope="row"><input type="checkbox" aria-label="Sélectionner …"></th>`); the element keeps the row's
 *   `aria-selected` in step with it, frames selected rows and fires `charte-selection-change`. A checkbox in
 *   the header's first cell selects or clears every row (and shows a mixed state). The header's first cell
 *   needs a name for the column (`aria-label="Sélectionner"`) when it holds no checkbox.
 * - **Sorting**: a header cell with `data-sort` (`number`, `text`, or empty to guess) gets a sort button;
 *   `aria-sort` on the cell tells the current order. Pressing the button (pointer, Enter, Space) sorts
 *   ascending, then descending; the element moves the rows of each `<tbody>` unless `manual-sort` is set or
 *   `charte-sort` is cancelled. A cell's `data-sort-value` is sorted by instead of its text.
 * - **Cells**: `data-align="center|right"`, `data-valign="top|bottom"`, `data-multiline` (on a cell, a row or
 *   the table: text wraps), `data-min-width="xs|sm|md|lg"` on a header cell (4, 5, 12.5 or 25rem); a `<p>` or
 *   `<div>` in the caption is its description.
 *
 * @summary DSFR table (tableau): caption top/bottom/hidden, sizes, bordered, no-scroll, multiline, fixed first
 *   column, selectable rows, sortable columns, header and footer bars.
 *
 * @slot - The `<table>`, with a `<caption>`.
 * @slot header - The header bar above the table: the detail text (a `<p>`, e.g. the number of selected rows),
 *   a `<charte-button-group>` of actions, other controls (a segmented control) at the end.
 * @slot footer-start - Start of the footer bar: the detail text (a `<p>`, e.g. the number of rows), the number
 *   of rows per page.
 * @slot footer-middle - Middle of the footer bar: the `<charte-pagination>`.
 * @slot footer-end - End of the footer bar: a `<charte-button-group>`.
 *
 * @csspart table - DSFR's `fr-table` frame.
 * @csspart header - The header bar.
 * @csspart container - The scrolling container.
 * @csspart footer - The footer bar.
 *
 * @event charte-sort - A sort button was pressed; `detail` has the `header` cell, the `column` and the
 *   `direction`. Cancelable: cancelling leaves the order and `aria-sort` as they were (the page sorts).
 * @event charte-selection-change - The user selected or cleared rows; `detail.rows` lists the selected rows.
 * @tagname charte-table
 */
export class CharteTable extends CharteElement {
  static override styles = [shared, styles];

  /** Where the caption is shown: `top` (default), `bottom`, or `hidden` (read by screen readers only). */
  @property({ reflect: true }) caption: 'top' | 'bottom' | 'hidden' = 'top';

  /** Cell padding: `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /** Vertical borders between cells. */
  @property({ type: Boolean, reflect: true }) bordered = false;

  /** No horizontal scroll: the table takes its content's width, cells wrap their text. */
  @property({ attribute: 'no-scroll', type: Boolean, reflect: true }) noScroll = false;

  /** Cells wrap their text (they stay on one line by default, and the table scrolls). */
  @property({ type: Boolean, reflect: true }) multiline = false;

  /**
   * The first column stays in view when the table scrolls sideways: always (the attribute without a value),
   * or from a breakpoint on: `md` (48em), `lg` (62em); `sm` behaves as `md`, as in DSFR 1.15.
   */
  @property({ attribute: 'fixed-column', reflect: true }) fixedColumn?: '' | 'sm' | 'md' | 'lg';

  /**
   * Rows are selected with the checkbox in their first cell (fixed, unless `fixed-column` names a
   * breakpoint); a checkbox in the header's first cell selects them all.
   */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** Sort buttons update `aria-sort` and fire `charte-sort` but leave the rows in place: the page sorts them. */
  @property({ attribute: 'manual-sort', type: Boolean, reflect: true }) manualSort = false;

  /** The sort buttons' name ("Trier", in English "Sort"). */
  @property({ attribute: 'sort-label' }) sortLabel?: string;

  /** The caption's height + 1rem once measured, the room above the table (`0px` without a visible caption). */
  private offset?: string;

  /** Footer zones with nothing slotted (none known before the first render: all shown, as on the server). */
  @state() private empty: ReadonlySet<string> = new Set();

  private mutations?: MutationObserver;
  private sizes?: ResizeObserver;
  private measuredCaption?: Element | null;
  private readonly measuredRows = new Set<HTMLTableRowElement>();

  /** The page's table. */
  get table(): HTMLTableElement | null {
    return this.querySelector(':scope > table');
  }

  /** The selected body rows (whose checkbox is checked), in the table's order. */
  get selectedRows(): HTMLTableRowElement[] {
    return this.bodyRows.filter((row) => this.checkboxOf(row)?.checked);
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptTableStyles(this.getRootNode());
    this.addEventListener('change', this.onChange);
    this.addEventListener('click', this.onClick);
    if (typeof ResizeObserver !== 'undefined') this.sizes ??= new ResizeObserver((entries) => this.onResize(entries));
    this.mutations ??= new MutationObserver(() => this.refresh());
    this.mutations.observe(this, { childList: true, subtree: true });
    this.refresh();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('change', this.onChange);
    this.removeEventListener('click', this.onClick);
    this.mutations?.disconnect();
    this.sizes?.disconnect();
    this.measuredCaption = undefined;
    this.measuredRows.clear();
  }

  protected override firstUpdated() {
    // From now on the caption is out of the scrolling area (measured so, its size does not change when the
    // room above the table is set from it, in the same frame).
    this.wrapper?.style.setProperty('--_caption-position', 'absolute');
    this.applyOffset();
    // After this update, not inside it: the slots exist now.
    queueMicrotask(() => this.findEmptyZones());
  }

  private get wrapper() {
    return this.renderRoot.querySelector<HTMLElement>('.wrapper');
  }

  /** Written to the frame directly (not rendered): measuring happens while the browser lays the page out. */
  private applyOffset() {
    const wrapper = this.wrapper;
    if (!wrapper || this.offset === undefined) return;
    wrapper.style.setProperty('--_offset', this.offset);
    wrapper.classList.add('measured');
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.get('caption') && this.measuredCaption) this.measureCaption(this.measuredCaption);
    if (changed.has('selectable')) this.syncSelection();
    const label = translate(strings, this.resolvedLang, 'sort', { sort: this.sortLabel });
    for (const button of this.querySelectorAll<HTMLButtonElement>(`:scope > table > thead th > ${SORT_BUTTON}`))
      if (button.textContent !== label) button.textContent = label;
  }

  /** Catches up with the page's table: caption, sort buttons, selection. */
  private refresh() {
    const table = this.table;
    const caption = table?.caption ?? null;
    if (caption !== this.measuredCaption) {
      if (this.measuredCaption) this.sizes?.unobserve(this.measuredCaption);
      this.measuredCaption = caption;
      if (caption) this.sizes?.observe(caption);
      else {
        this.offset = '0px';
        this.applyOffset();
      }
    }
    for (const th of table?.tHead?.querySelectorAll<HTMLTableCellElement>(':scope > tr > th[data-sort]') ?? []) {
      if (th.querySelector(`:scope > ${SORT_BUTTON}`)) continue;
      const button = th.ownerDocument.createElement('button');
      button.type = 'button';
      button.setAttribute('data-charte-sort', '');
      button.textContent = translate(strings, this.resolvedLang, 'sort', { sort: this.sortLabel });
      th.append(button);
    }
    this.syncSelection();
  }

  private onResize(entries: ResizeObserverEntry[]) {
    for (const { target } of entries) {
      if (target === this.measuredCaption) this.measureCaption(target);
      else (target as HTMLElement).style.setProperty('--_row-height', `${target.getBoundingClientRect().height + 2}px`);
    }
  }

  private measureCaption(caption: Element) {
    const height = caption.getBoundingClientRect().height;
    this.offset = this.caption === 'hidden' || !height ? '0px' : `calc(${height}px + 1rem)`;
    this.applyOffset();
  }

  private findEmptyZones() {
    const empty = new Set<string>();
    for (const name of ZONES) {
      const slot = this.renderRoot.querySelector<HTMLSlotElement>(`slot[name='${name}']`);
      if (slot && !slot.assignedNodes().length) empty.add(name);
    }
    if ([...empty].join() !== [...this.empty].join()) this.empty = empty;
  }

  private get bodyRows(): HTMLTableRowElement[] {
    return [...(this.table?.tBodies ?? [])].flatMap((body) => [...body.rows]);
  }

  /** The checkbox that selects `row`: the first one in its first cell. */
  private checkboxOf(row: HTMLTableRowElement): HTMLInputElement | null {
    return row.cells[0]?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;
  }

  /** The header's "select all" checkbox, if the page wrote one. */
  private get allCheckbox(): HTMLInputElement | null {
    for (const row of this.table?.tHead?.rows ?? []) {
      const checkbox = this.checkboxOf(row);
      if (checkbox) return checkbox;
    }
    return null;
  }

  /** Rows' `aria-selected` from their checkboxes; the "select all" checkbox from the rows. */
  private syncSelection() {
    if (!this.selectable) return;
    let total = 0;
    let checked = 0;
    for (const row of this.bodyRows) {
      const checkbox = this.checkboxOf(row);
      if (!checkbox) continue;
      total++;
      if (checkbox.checked) checked++;
      if (row.getAttribute('aria-selected') !== String(checkbox.checked))
        row.setAttribute('aria-selected', String(checkbox.checked));
      if (!this.measuredRows.has(row)) {
        this.measuredRows.add(row);
        this.sizes?.observe(row);
      }
    }
    for (const row of this.measuredRows) {
      if (row.closest('charte-table') === this) continue;
      this.sizes?.unobserve(row);
      this.measuredRows.delete(row);
    }
    const all = this.allCheckbox;
    if (all) {
      all.checked = total > 0 && checked === total;
      all.indeterminate = checked > 0 && checked < total;
    }
  }

  private onChange = (event: Event) => {
    const checkbox = event.target as HTMLInputElement;
    const row = checkbox.closest?.('tr');
    if (!this.selectable || !row || row.closest('charte-table') !== this || checkbox !== this.checkboxOf(row)) return;
    if (checkbox === this.allCheckbox) {
      for (const body of this.bodyRows) {
        const box = this.checkboxOf(body);
        if (box && !box.disabled) box.checked = checkbox.checked;
      }
    } else if (row.parentElement?.localName !== 'tbody') return;
    this.syncSelection();
    this.emit<TableSelectionDetail>('charte-selection-change', { rows: this.selectedRows });
  };

  private onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest?.(SORT_BUTTON);
    const header = button?.parentElement as HTMLTableCellElement | null | undefined;
    if (!header?.matches('thead > tr > th[data-sort]') || header.closest('charte-table') !== this) return;
    this.sort(header, header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
  };

  /**
   * Sorts by the column of `header` (a header cell of the table) in `direction`, as its sort button does:
   * fires `charte-sort`, then (unless cancelled) sets `aria-sort` and, unless `manual-sort`, moves the rows.
   */
  sort(header: HTMLTableCellElement, direction: TableSortDirection) {
    const table = this.table;
    if (!table) return;
    const column = columnOf(header);
    if (!this.emit<TableSortDetail>('charte-sort', { header, column, direction }, { cancelable: true })) return;
    for (const other of table.tHead?.querySelectorAll('th[aria-sort]') ?? [])
      if (other !== header) other.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    if (!this.manualSort) sortRows(table, column, direction, header.dataset.sort, this.resolvedLang);
  }

  protected override render() {
    const zone = (name: (typeof ZONES)[number], cls: string) =>
      html`<div class=${this.empty.has(name) ? `${cls} empty` : cls}>
        <slot name=${name} @slotchange=${this.findEmptyZones}></slot>
      </div>`;
    return html`<div class="table" part="table">
      <div class="header" part="header"><slot name="header"></slot></div>
      <div class="wrapper">
        <div class="container" part="container">
          <div class="content"><slot></slot></div>
        </div>
      </div>
      <div class=${this.empty.size === ZONES.length ? 'footer empty' : 'footer'} part="footer">
        ${zone('footer-start', 'start')}${zone('footer-middle', 'middle')}${zone('footer-end', 'end')}
      </div>
    </div>`;
  }
}
