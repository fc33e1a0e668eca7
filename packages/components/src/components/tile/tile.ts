import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import { filledSlots } from '../../base/filled-slots.ts';
import { titleHeading } from '../../base/heading.ts';
import { enlargeLink } from '../../styles/enlarge-link.ts';
import { shared } from '../../styles/shared.ts';
import { detailTemplate, enlargeClasses, titleLink } from '../card/enlarge-link.ts';
import { styles } from './tile.styles.ts';

/**
 * A tile, as DSFR draws it: a pictogram, a title that is a link (by default the whole tile is clickable), a
 * description and a detail, with a coloured line at the bottom. Vertical by default; horizontal, optionally
 * turning vertical from the md or lg breakpoint; download variant.
 *
 * @summary DSFR tile (tuile): pictogram, title link over the whole tile, description, detail, variants.
 *
 * @slot pictogram - The pictogram: an inline `<svg aria-hidden="true">` (DSFR artwork) or an `<img alt="">`.
 * @slot start - Badges or tags shown above the title.
 * @slot description - Rich description, used instead of the `description` attribute.
 *
 * @csspart tile - The tile's box.
 * @csspart title - The heading.
 * @csspart link - The title's link.
 * @csspart description - The description.
 * @csspart detail - The detail.
 * @csspart pictogram - The pictogram's frame.
 *
 * @cssprop --charte-tile-background - The tile's background colour.
 * @cssprop --charte-tile-border-color - The colour of the tile's 1px border.
 * @tagname charte-tile
 */
export class CharteTile extends CharteElement {
  static override styles = [shared, enlargeLink, styles];

  /** The title's text. */
  @property() heading = '';

  /** The level of the title's heading, 2 to 6 (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  /** Where the title's link goes. Without it (and without `disabled`) the title is plain text. */
  @property() href?: string;

  /** The link's target: `_blank` adds the external-link icon and "nouvelle fenêtre" to the link's title. */
  @property() target?: string;

  /** The link's `rel` (`noopener external` by default when `target="_blank"`). */
  @property() rel?: string;

  /** A disabled tile: the link has no `href` and is announced as disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The description. */
  @property() description?: string;

  /** The detail, under the description (for a download tile: format, weight, language). */
  @property() detail?: string;

  /** DSFR icon of the detail. */
  @property({ attribute: 'detail-icon' }) detailIcon?: string;

  /** Size: `sm` or `md` (default). */
  @property({ reflect: true }) size: 'sm' | 'md' = 'md';

  /** Horizontal layout: pictogram at the left. */
  @property({ type: Boolean, reflect: true }) horizontal = false;

  /** With `horizontal` or `download`: back to vertical from this breakpoint (`md` or `lg`). */
  @property({ attribute: 'vertical-at', reflect: true }) verticalAt?: 'md' | 'lg';

  /** The link is not extended to the whole tile: only the title is clickable. */
  @property({ attribute: 'no-enlarge', type: Boolean, reflect: true }) noEnlarge = false;

  /** No arrow icon (DSFR's `fr-tile--no-icon`). */
  @property({ attribute: 'no-arrow', type: Boolean, reflect: true }) noArrow = false;

  /** Download tile: a download icon, horizontal layout, the link gets the `download` attribute. */
  @property({ type: Boolean, reflect: true }) download = false;

  /** Accented variant on a contrasted grey background. */
  @property({ type: Boolean, reflect: true }) grey = false;

  /** No border. */
  @property({ attribute: 'no-border', type: Boolean, reflect: true }) noBorder = false;

  /** No background. */
  @property({ attribute: 'no-background', type: Boolean, reflect: true }) noBackground = false;

  /** Raised with a drop shadow, without border. */
  @property({ type: Boolean, reflect: true }) shadow = false;

  /** The words added to the link's title when it opens a new window; "nouvelle fenêtre" by default. */
  @property({ attribute: 'new-window-label' }) newWindowLabel?: string;

  private readonly slots = filledSlots(this);

  protected override render() {
    const classes = {
      tile: true,
      ...enlargeClasses(this),
      sm: this.size === 'sm',
      horizontal: this.horizontal || this.download,
      [`vertical-${this.verticalAt}`]: !!this.verticalAt,
    };
    const s = this.slots.filled;
    const onSlotChange = this.slots.update;
    return html`<div class=${classMap(classes)} part="tile">
      <div class="body">
        <div class="content">
          ${titleHeading(this.headingLevel, titleLink(this, this.resolvedLang))}
          <p class="desc" part="description" ?hidden=${!this.description && !s.description}>${this.description}<slot
              name="description"
              @slotchange=${onSlotChange}
            ></slot></p>
          ${detailTemplate(this.detail, this.detailIcon)}
          <div class="start" ?hidden=${!s.start}><slot name="start" @slotchange=${onSlotChange}></slot></div>
        </div>
      </div>
      <div class="header" ?hidden=${s.pictogram === false}>
        <div class="pictogram" part="pictogram"><slot name="pictogram" @slotchange=${onSlotChange}></slot></div>
      </div>
    </div>`;
  }
}
