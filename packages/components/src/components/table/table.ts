import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import { adoptTableStyles } from './table.light.ts';
import { styles } from './table.styles.ts';

/**
 * A data table, as DSFR draws it, around the page's own `<table>`: give it as the element's child, with its
 * `<caption>` (the table's accessible name), `<thead>`, `<th scope>` and `<tbody>`.
 *
 * Design: the `<table>` stays in the page's DOM (light DOM), so its semantics, its caption and header
 * associations, form controls in cells, frameworks that own the rows and server rendering all work as for a
 * plain table. Because a slotted table cannot be styled deeply from the shadow root, the element adds one
 * scoped stylesheet (`charte-table > table …`) to its root node — the document, or the shadow root it lives
 * in — when it connects. The shadow root holds DSFR's frame (margins, horizontal scroll). Without script
 * (server-rendered page before the components load), the table shows with the page's own styles.
 *
 * @summary DSFR table (tableau): caption top/bottom/hidden, bordered, no-scroll, sizes sm/md/lg.
 *
 * @slot - The `<table>`, with a `<caption>`.
 *
 * @csspart table - DSFR's `fr-table` frame.
 * @csspart container - The scrolling container.
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

  override connectedCallback() {
    super.connectedCallback();
    adoptTableStyles(this.getRootNode());
  }

  protected override render() {
    return html`<div class="table" part="table">
      <div class="wrapper">
        <div class="container" part="container">
          <div class="content"><slot></slot></div>
        </div>
      </div>
    </div>`;
  }
}
