import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { itemStyles, styles } from './summary.styles.ts';

const strings: Strings<'heading'> = {
  fr: { heading: 'Sommaire' },
  en: { heading: 'Contents' },
};

/**
 * An entry of a `charte-summary`: a link to an anchor of the page, numbered from its place ("1.", "1.2."…),
 * holding its sub-entries as children. The element is the list item (`role="listitem"`); its level and
 * number are found from its place.
 *
 * @summary An entry of the summary (DSFR summary link), with its sub-entries.
 *
 * @slot - The sub-entries: `charte-summary-item` elements.
 *
 * @csspart link - The link.
 * @csspart number - The entry's number (hidden from assistive technologies: the list says it).
 * @csspart list - The list of sub-entries.
 * @tagname charte-summary-item
 */
export class CharteSummaryItem extends CharteElement {
  static override styles = [shared, ...itemStyles];

  /** Where the entry links to, usually an anchor (`#section-1`). */
  @property() href = '';

  /** The link's text. */
  @property() label = '';

  /** The entry's number, as "1.2". */
  @state() private number = '';

  @state() private hasChildren = false;

  override connectedCallback() {
    super.connectedCallback();
    this.setAttribute('role', 'listitem');
    let level = 1;
    for (let el = this.parentElement; el?.localName === this.localName; el = el.parentElement) level++;
    this.setAttribute('level', String(level));
  }

  protected override firstUpdated() {
    // After hydration: the number depends on the element's place, unknown when rendered on the server.
    const parts: number[] = [];
    let el: Element | null = this;
    while (el && el.localName === this.localName) {
      const siblings = [...(el.parentElement?.children ?? [])].filter((s) => s.localName === this.localName);
      parts.unshift(siblings.indexOf(el) + 1);
      el = el.parentElement;
    }
    this.number = parts.join('.');
  }

  private onSlotChange(event: Event) {
    this.hasChildren = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  protected override render() {
    return html`<a class="link" part="link" href=${this.href || nothing}
        >${this.number ? html`<span class="number" part="number" aria-hidden="true">${this.number}.\u00a0\u00a0</span>` : nothing}${this.label}</a
      ><ol part="list" ?hidden=${!this.hasChildren}><slot @slotchange=${this.onSlotChange}></slot></ol>`;
  }
}

/**
 * The summary (sommaire) of a page as DSFR draws it: a title and the numbered list of links to the page's
 * sections, on several levels.
 *
 * @summary The summary of a page (DSFR sommaire): title and numbered, nested links.
 *
 * @slot - The entries: `charte-summary-item` elements.
 *
 * @csspart nav - The navigation landmark (the grey box).
 * @csspart title - The title.
 * @csspart list - The list of entries.
 *
 * @cssprop --charte-summary-background - The box's background (default `--background-contrast-grey`).
 * @cssprop --charte-summary-padding - The box's padding (default 1.5rem, 2rem from md).
 * @tagname charte-summary
 */
export class CharteSummary extends CharteElement {
  static override styles = [shared, ...styles];

  /** The title (default "Sommaire" / "Contents"). */
  @property() heading?: string;

  /** The title's level, 2 to 6; 0 makes it a paragraph. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private renderTitle(text: string) {
    switch (Math.round(this.headingLevel)) {
      case 0:
        return html`<p class="title" id="title" part="title">${text}</p>`;
      case 3:
        return html`<h3 class="title" id="title" part="title">${text}</h3>`;
      case 4:
        return html`<h4 class="title" id="title" part="title">${text}</h4>`;
      case 5:
        return html`<h5 class="title" id="title" part="title">${text}</h5>`;
      case 6:
        return html`<h6 class="title" id="title" part="title">${text}</h6>`;
      default:
        return html`<h2 class="title" id="title" part="title">${text}</h2>`;
    }
  }

  protected override render() {
    const heading = translate(strings, this.resolvedLang, 'heading', { heading: this.heading });
    return html`<nav part="nav" aria-labelledby="title">
      ${this.renderTitle(heading)}
      <ol part="list"><slot></slot></ol>
    </nav>`;
  }
}
