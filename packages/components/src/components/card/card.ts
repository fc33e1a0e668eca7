import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import { filledSlots } from '../../base/filled-slots.ts';
import { titleHeading } from '../../base/heading.ts';
import { enlargeLink } from '../../styles/enlarge-link.ts';
import { shared } from '../../styles/shared.ts';
import { assess } from '../link/assess.ts';
import { styles } from './card.styles.ts';
import { detailTemplate, enlargeClasses, titleLink } from './enlarge-link.ts';

/**
 * A card, as DSFR draws it: an image, a title that is a link (by default the whole card is clickable:
 * DSFR's "enlarge link"), a description, details at the start and at the end, badges or tags, and an
 * action zone. Vertical by default, horizontal from the md breakpoint with `horizontal`.
 *
 * The link stays a real `<a>` in the heading (one link, one tab stop, announced with the heading's text);
 * a pseudo-element of the link covers the card so that a click anywhere on it follows the link. With `button`,
 * the title is a `<button>` instead (DSFR's "enlarge button"), for a card that acts rather than navigates.
 *
 * @summary DSFR card (carte): image, title link over the whole card, description, details, badges, actions.
 *
 * @slot image - The card's image, usually an `<img>` (give it an `alt`, empty when decorative). Shown above
 *   the content (at the left when horizontal), cropped to the ratio set by `ratio` (16:9 by default).
 * @slot badges - Badges (`<charte-badge>`, one element each) shown over the image (DSFR's taxonomy in the header).
 * @slot start - Badges or tags (one element each) shown above the title, with `detail`.
 * @slot description - Rich description (links, emphasis): used instead of the `description` attribute.
 * @slot end - Content added at the end of the content, after `end-detail`.
 * @slot footer - The action zone: buttons or links. Do not use it together with the enlarged link.
 *
 * @csspart card - The card's box.
 * @csspart body - The body (content and footer).
 * @csspart content - The content (title, description, details).
 * @csspart title - The heading.
 * @csspart link - The title's link (its button with `button`).
 * @csspart description - The description.
 * @csspart detail - The details (start and end).
 * @csspart header - The header holding the image and the header badges.
 * @csspart image - The image's frame.
 * @csspart footer - The action zone.
 *
 * @cssprop --charte-card-background - The card's background colour.
 * @cssprop --charte-card-border-color - The colour of the card's 1px border.
 * @cssprop --charte-card-title-color - The colour of the title's link.
 *
 * @event click - With `button`: the title's button was pressed (a click anywhere on the card, Enter or Space
 *   on the button); the native click, from the card's shadow root. Never while `disabled`.
 * @tagname charte-card
 */
export class CharteCard extends CharteElement {
  static override styles = [shared, enlargeLink, styles];

  /** The title's text. */
  @property() heading = '';

  /** The level of the title's heading, 2 to 6 (`h3` by default, as in DSFR's examples). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  /** Where the title's link goes. Without it (and without `disabled`) the title is plain text. */
  @property() href?: string;

  /** The link's target: `_blank` adds DSFR's external-link icon and "nouvelle fenêtre" to the link's title. */
  @property() target?: string;

  /** The link's `rel` (`noopener external` by default when `target="_blank"`). */
  @property() rel?: string;

  /**
   * The title is a `<button>` (DSFR's `fr-enlarge-button`): the whole card is clickable through it, and fires
   * `click`. `href`, `target` and `rel` are then unused.
   */
  @property({ type: Boolean, reflect: true }) button = false;

  /** A disabled card: the link has no `href` (the button is disabled) and is announced as disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The description under the title. */
  @property() description?: string;

  /** The language of the linked document (`hreflang`), for a download in another language than the page's. */
  @property() hreflang?: string;

  /** Detail above the title (in DSFR's `fr-card__start`), e.g. a date or a category. */
  @property() detail?: string;

  /** DSFR icon of the start detail, e.g. `fr--warning-fill`, or `warning-fill` as DSFR's class `fr-icon-warning-fill` says. */
  @property({ attribute: 'detail-icon' }) detailIcon?: string;

  /** Detail at the bottom of the content (in DSFR's `fr-card__end`). */
  @property({ attribute: 'end-detail' }) endDetail?: string;

  /** DSFR icon of the end detail. */
  @property({ attribute: 'end-detail-icon' }) endDetailIcon?: string;

  /** Size: `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /**
   * Horizontal from the md breakpoint: the image takes 40% of the width (`horizontal`), 50% (`horizontal="half"`)
   * or a third (`horizontal="tier"`).
   */
  @property({ reflect: true }) horizontal?: '' | 'half' | 'tier' | null;

  /** The image's aspect ratio: `16x9` (default), `32x9`, `3x2`, `4x3`, `1x1`, `3x4`, `2x3`. */
  @property({ reflect: true }) ratio: '16x9' | '32x9' | '3x2' | '4x3' | '1x1' | '3x4' | '2x3' = '16x9';

  /** The link is not extended to the whole card: only the title is clickable (needed with a footer). */
  @property({ attribute: 'no-enlarge', type: Boolean, reflect: true }) noEnlarge = false;

  /** No arrow icon after the title (DSFR's `fr-card--no-icon`). */
  @property({ attribute: 'no-arrow', type: Boolean, reflect: true }) noArrow = false;

  /** Download card: a download icon, a grey header for the file's preview, horizontal from md. */
  @property({ type: Boolean, reflect: true }) download = false;

  /**
   * Download card: fills `end-detail` from the file (DSFR's `data-fr-assess-file`): its format, its weight from a
   * `HEAD` request ("PDF - 1,23 ko", "PDF - 1.23 KB" in English) and its language (`hreflang`). When the request
   * fails, `end-detail` is kept.
   */
  @property({ type: Boolean }) assess = false;

  /** Accented variant on a contrasted grey background. */
  @property({ type: Boolean, reflect: true }) grey = false;

  /** No border. */
  @property({ attribute: 'no-border', type: Boolean, reflect: true }) noBorder = false;

  /** No background (transparent). */
  @property({ attribute: 'no-background', type: Boolean, reflect: true }) noBackground = false;

  /** Raised with a drop shadow, without border. */
  @property({ type: Boolean, reflect: true }) shadow = false;

  /** The words added to the link's title when it opens a new window; "nouvelle fenêtre" by default. */
  @property({ attribute: 'new-window-label' }) newWindowLabel?: string;

  private readonly slots = filledSlots(this);

  protected override updated(changed: PropertyValues) {
    if (this.assess && this.download) assess(this, changed, 'endDetail', this.resolvedLang);
  }

  protected override render() {
    const classes = {
      card: true,
      ...enlargeClasses(this),
      horizontal: this.horizontal != null,
      [`horizontal-${this.horizontal}`]: !!this.horizontal,
      [`size-${this.size}`]: true,
    };
    const s = this.slots.filled;
    const hasStart = !!this.detail || s.start;
    const hasEnd = !!this.endDetail || s.end;
    const hasDescription = !!this.description || s.description;
    const onSlotChange = this.slots.update;
    return html`<div class=${classMap(classes)} part="card">
      <div class="body" part="body">
        <div class="content" part="content">
          ${titleHeading(this.headingLevel, titleLink(this, this.resolvedLang))}
          <p class="desc" part="description" ?hidden=${!hasDescription}>${this.description}<slot
              name="description"
              @slotchange=${onSlotChange}
            ></slot></p>
          <div class="start" ?hidden=${!hasStart}>
            <div class="start-items" ?hidden=${!s.start}><slot name="start" @slotchange=${onSlotChange}></slot></div>${detailTemplate(this.detail, this.detailIcon)}
          </div>
          <div class="end" ?hidden=${!hasEnd}>
            ${detailTemplate(this.endDetail, this.endDetailIcon)}<slot name="end" @slotchange=${onSlotChange}></slot>
          </div>
        </div>
        <div class="footer" part="footer" ?hidden=${!s.footer}>
          <slot name="footer" @slotchange=${onSlotChange}></slot>
        </div>
      </div>
      <div class="header" part="header" ?hidden=${s.image === false && s.badges === false}>
        <div class="img" part="image"><slot name="image" @slotchange=${onSlotChange}></slot></div>
        <div class="badges"><slot name="badges" @slotchange=${onSlotChange}></slot></div>
      </div>
    </div>`;
  }
}
