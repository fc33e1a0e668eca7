import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { iconUrl } from '../../base/icons.ts';
import { shared } from '../../styles/shared.ts';
import { panelStyles, styles, tabStyles } from './tabs.styles.ts';

let counter = 0;
const uid = (prefix: string) => `${prefix}-${++counter}`;

/** Pixels of scroll before a side's shadow shows, and of room kept beside a tab scrolled into view (DSFR's). */
const OFFSET = 16;

/** What `charte-tab-change` carries. */
export interface TabChangeDetail {
  /** The index of the selected tab. */
  index: number;
  tab: CharteTab;
  panel: CharteTabPanel | undefined;
}

/**
 * One tab of a `charte-tabs`. The element itself is the tab (`role="tab"`, roving `tabindex`,
 * `aria-selected`, `aria-controls` naming its panel): the ARIA references stay in the page's tree, next to the
 * panels. It puts itself in the tabs' list (`slot="tab"`).
 *
 * @summary A tab of `charte-tabs` (DSFR tab button).
 *
 * @slot - The tab's label.
 *
 * @csspart icon - The icon before the label.
 *
 * @cssprop --charte-tabs-tab-padding - The tab's padding (default 0.5rem 1rem).
 * @tagname charte-tab
 */
export class CharteTab extends CharteElement {
  static override styles = [shared, tabStyles];

  /** Whether this tab is the selected one. Set by `charte-tabs`; set it in the markup to choose the first one shown. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** A DSFR icon name shown before the label (e.g. `checkbox-circle-line`). */
  @property() icon?: string;

  /** The tab cannot be selected. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.id) this.id = uid('charte-tab');
    if (this.slot !== 'tab') this.slot = 'tab';
    this.setAttribute('role', 'tab');
    this.sync();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('selected') || changed.has('disabled')) this.sync();
  }

  private sync() {
    this.setAttribute('aria-selected', String(this.selected));
    this.tabIndex = this.selected ? 0 : -1;
    if (this.disabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
  }

  protected override render() {
    return html`${
      this.icon
        ? html`<span class="icon" part="icon" aria-hidden="true" style=${`--_icon: url("${iconUrl(this.icon).replaceAll('"', '%22')}")`}></span>`
        : nothing
    }<slot></slot>`;
  }
}

/**
 * One panel of a `charte-tabs`: `role="tabpanel"`, labelled by its tab, focusable (Tab from the tab list goes
 * into it, as in DSFR). Panels pair with tabs in order.
 *
 * @summary A panel of `charte-tabs` (DSFR tab panel).
 *
 * @slot - The panel's content.
 *
 * @cssprop --charte-tabs-panel-padding - The panel's padding (default 1rem, 2rem from md).
 * @tagname charte-tab-panel
 */
export class CharteTabPanel extends CharteElement {
  static override styles = [shared, panelStyles];

  override connectedCallback() {
    super.connectedCallback();
    if (!this.id) this.id = uid('charte-tab-panel');
    this.setAttribute('role', 'tabpanel');
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/**
 * Tabs as DSFR draws them, following the WAI-ARIA tabs pattern with automatic activation: Left and Right arrows
 * move to and select the previous or next tab (looping), Home and End the first and last; only the selected
 * tab is in the Tab order (roving tabindex) and Tab goes on into its panel. A click selects too.
 *
 * Markup: `charte-tab` elements (the tabs, in order) and `charte-tab-panel` elements (their panels, in the same
 * order) as children. The first tab with `selected` is shown, else the first one.
 *
 * When the tabs are wider than the list, the list scrolls sideways: a shadow on a side tells that tabs are hidden
 * there, and the selected tab is scrolled into view.
 *
 * @summary Tabs (DSFR tab): a list of tabs, each showing its panel.
 *
 * @slot - The `charte-tab-panel` elements.
 * @slot tab - The `charte-tab` elements (they go there by themselves).
 *
 * @csspart tabs - The frame around the list and the panels.
 * @csspart list - The tab list (`role="tablist"`).
 *
 * @cssprop --charte-tabs-background - The background under the tabs (default `--background-default-grey`, the
 *   page's, so that the text keeps its contrast on any page).
 * @cssprop --charte-tabs-shadow-color - The colour of the scroll shadows (default DSFR's black, `#161616`).
 *
 * @event charte-tab-change - The user selected another tab; `detail` has its `index`, `tab` and `panel`.
 * @tagname charte-tabs
 */
export class CharteTabs extends CharteElement {
  static override styles = [shared, styles];

  /** The tab list's accessible name (DSFR: "nom du système d'onglets"). */
  @property() label?: string;

  /** The index of the selected tab. */
  @property({ type: Number, attribute: 'selected-index', reflect: true }) selectedIndex = -1;

  /** Under md, the tabs take the viewport's width (DSFR's `fr-tabs--viewport-width`). */
  @property({ type: Boolean, reflect: true, attribute: 'viewport-width' }) viewportWidth = false;

  private resizeObserver?: ResizeObserver;

  /** The tab last scrolled into view. */
  private shown?: CharteTab;

  private get list(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.list');
  }

  /** The tabs, in order. */
  get tabs(): CharteTab[] {
    return [...this.children].filter((el): el is CharteTab => el.localName === 'charte-tab');
  }

  /** The panels, in order. */
  get panels(): CharteTabPanel[] {
    return [...this.children].filter((el): el is CharteTabPanel => el.localName === 'charte-tab-panel');
  }

  /** Selects the tab at `index` (its panel is shown); does not move the focus. */
  select(index: number) {
    this.selectedIndex = index;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('click', this.onClick);
    if (this.hasUpdated) this.observe();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.removeEventListener('click', this.onClick);
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated() {
    this.observe();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('selectedIndex')) this.sync();
  }

  /** Watches the list's size, to show or hide the scroll shadows. */
  private observe() {
    const list = this.list;
    if (!list || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver(() => this.shade());
    this.resizeObserver.observe(list);
  }

  /**
   * Shows a shadow on each side of the list where tabs are scrolled out of view (not within 16px of the end),
   * none when everything fits.
   */
  private shade = () => {
    const list = this.list;
    if (!list) return;
    const range = list.scrollWidth - list.clientWidth;
    const scrolled = Math.abs(list.scrollLeft);
    const overflow = range > OFFSET;
    const start = overflow && scrolled > OFFSET;
    const end = overflow && scrolled < range - OFFSET;
    const rtl = getComputedStyle(list).direction === 'rtl';
    list.classList.toggle('shadow', overflow);
    list.classList.toggle('shadow-left', rtl ? end : start);
    list.classList.toggle('shadow-right', rtl ? start : end);
    list.style.setProperty('--_height', `${list.offsetHeight}px`);
  };

  /** Scrolls the list so that `tab` is in view, 16px from the list's edge. */
  private reveal(tab: CharteTab) {
    const list = this.list;
    if (!list) return;
    const t = tab.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    if (t.left < l.left) list.scrollLeft += t.left - l.left - OFFSET;
    else if (t.right > l.right) list.scrollLeft += t.right - l.right + OFFSET;
  }

  /** Pairs tabs and panels and shows the selected one. */
  private sync() {
    const tabs = this.tabs;
    const panels = this.panels;
    if (!tabs.length) return;
    let index = this.selectedIndex;
    if (index < 0 || index >= tabs.length || tabs[index]!.disabled) {
      const marked = tabs.findIndex((tab) => tab.hasAttribute('selected') && !tab.disabled);
      index =
        marked >= 0
          ? marked
          : Math.max(
              0,
              tabs.findIndex((tab) => !tab.disabled),
            );
    }
    if (index !== this.selectedIndex) {
      this.selectedIndex = index;
      return;
    }
    tabs.forEach((tab, i) => {
      const panel = panels[i];
      tab.selected = i === index;
      if (panel) {
        if (!panel.id) panel.id = uid('charte-tab-panel');
        if (!tab.id) tab.id = uid('charte-tab');
        tab.setAttribute('aria-controls', panel.id);
        panel.setAttribute('aria-labelledby', tab.id);
        panel.hidden = i !== index;
      }
    });
    for (const panel of panels.slice(tabs.length)) panel.hidden = true;
    const tab = tabs[index]!;
    if (tab !== this.shown) {
      this.shown = tab;
      this.reveal(tab);
    }
  }

  private onSlotChange() {
    this.sync();
    this.shade();
  }

  private tabOf(event: Event): CharteTab | undefined {
    return event
      .composedPath()
      .find(
        (node): node is CharteTab =>
          (node as Element).localName === 'charte-tab' && (node as Element).parentElement === this,
      );
  }

  private choose(index: number, focus: boolean) {
    const tabs = this.tabs;
    const tab = tabs[index];
    if (!tab || tab.disabled) return;
    const changed = index !== this.selectedIndex;
    this.selectedIndex = index;
    this.sync();
    if (focus) tab.focus();
    if (changed) this.emit<TabChangeDetail>('charte-tab-change', { index, tab, panel: this.panels[index] });
  }

  private onClick = (event: MouseEvent) => {
    const tab = this.tabOf(event);
    if (tab) this.choose(this.tabs.indexOf(tab), true);
  };

  private onKeydown = (event: KeyboardEvent) => {
    const tab = this.tabOf(event);
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = this.tabs;
    const enabled = tabs.map((t, i) => (t.disabled ? -1 : i)).filter((i) => i >= 0);
    const at = enabled.indexOf(tabs.indexOf(tab));
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = enabled[(at + 1) % enabled.length];
    else if (event.key === 'ArrowLeft') next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') next = tabs.indexOf(tab);
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next, true);
  };

  protected override render() {
    return html`<div class="tabs" part="tabs">
      <div class="list" part="list" role="tablist" aria-label=${this.label || nothing} @scroll=${this.shade}>
        <slot name="tab" @slotchange=${this.onSlotChange}></slot>
      </div>
      <slot @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }
}
