import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import type { Accent } from '../../styles/accents.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './quote.styles.ts';

const strings: Strings<'newWindow'> = {
  fr: { newWindow: 'nouvelle fenêtre' },
  en: { newWindow: 'new window' },
};

/**
 * A quote ("citation"), as DSFR draws it: a `<figure>` holding the `<blockquote>` and a `<figcaption>` with
 * the author and the source's details (the work in `<cite>`, details separated by dots, a link), optionally
 * with the author's picture.
 *
 * @summary DSFR quote (citation): text, author, source details, picture, sizes, accent colours.
 *
 * @slot - The quoted text (inline content), quotation marks included: « … ».
 * @slot image - The author's picture, an `<img>` with an empty `alt` (illustrative). Switches to DSFR's
 *   column layout (picture at the left from the md breakpoint).
 * @slot details - More source details, each a `<li slot="details">`, after the `details` attribute's ones.
 *
 * @csspart figure - The `<figure>`.
 * @csspart blockquote - The `<blockquote>`.
 * @csspart text - The quoted text's paragraph.
 * @csspart caption - The `<figcaption>`.
 * @csspart author - The author.
 * @csspart source - The list of the source's details.
 * @csspart image - The picture's frame.
 *
 * @cssprop --charte-quote-icon-color - The colour of the quotation-mark icon.
 * @tagname charte-quote
 */
export class CharteQuote extends CharteElement {
  static override styles = [shared, styles];

  /** The author. */
  @property() author?: string;

  /** The work quoted (shown in `<cite>`, first of the details). */
  @property() source?: string;

  /** Other details of the source, separated by `|`: `Détail 1|Détail 2`. */
  @property() details?: string;

  /** The URL of the quote's source, given to the `<blockquote cite>` attribute. */
  @property() cite?: string;

  /** A link added as the last detail: its text. */
  @property({ attribute: 'link-label' }) linkLabel?: string;

  /** A link added as the last detail: its URL (opens in a new window, as in DSFR's example). */
  @property({ attribute: 'link-href' }) linkHref?: string;

  /** Size of the quoted text: `xl` (default, 1.25rem bold) or `lg` (1.125rem). */
  @property({ reflect: true }) size: 'lg' | 'xl' = 'xl';

  /** An illustrative colour family for the quotation-mark icon. */
  @property({ reflect: true }) accent?: Accent;

  /** The words added to the link's title, "nouvelle fenêtre" by default. */
  @property({ attribute: 'new-window-label' }) newWindowLabel?: string;

  @state() private hasImage = false;
  @state() private hasSlottedDetails = false;

  protected override firstUpdated() {
    this.onSlotChange();
  }

  private onSlotChange() {
    const assigned = (name: string) =>
      (this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements().length ?? 0) > 0;
    this.hasImage = assigned('image');
    this.hasSlottedDetails = assigned('details');
  }

  protected override render() {
    const items = (this.details ?? '')
      .split('|')
      .map((item) => item.trim())
      .filter(Boolean);
    const label = translate(strings, this.resolvedLang, 'newWindow', { newWindow: this.newWindowLabel });
    const hasLink = !!(this.linkHref && this.linkLabel);
    const hasSource = !!this.source || items.length > 0 || hasLink || this.hasSlottedDetails;
    const classes = {
      quote: true,
      column: this.hasImage,
      lg: this.size === 'lg',
      [`accent-${this.accent}`]: !!this.accent,
      'more-details': this.hasSlottedDetails,
    };
    return html`<figure class=${classMap(classes)} part="figure">
      <blockquote part="blockquote" cite=${this.cite || nothing}>
        <p class="text" part="text"><slot></slot></p>
      </blockquote>
      <figcaption part="caption">
        ${this.author ? html`<p class="author" part="author">${this.author}</p>` : nothing}
        <ul class="source" part="source" ?hidden=${!hasSource}>
          ${this.source ? html`<li><cite>${this.source}</cite></li>` : nothing}
          ${items.map((item) => html`<li>${item}</li>`)}
          ${
            hasLink
              ? html`<li><a
                  href=${this.linkHref!}
                  target="_blank"
                  rel="noopener external"
                  title=${`${this.linkLabel} - ${label}`}
                >${this.linkLabel}</a></li>`
              : nothing
          }
          <slot name="details" @slotchange=${this.onSlotChange}></slot>
        </ul>
        <div class="image" part="image" ?hidden=${!this.hasImage}>
          <slot name="image" @slotchange=${this.onSlotChange}></slot>
        </div>
      </figcaption>
    </figure>`;
  }
}
