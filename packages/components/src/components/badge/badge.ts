import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import type { Accent } from '../../styles/accents.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './badge.styles.ts';

export type BadgeType = 'success' | 'error' | 'info' | 'warning' | 'new';

/**
 * The DSFR badge: a status or state shown on an item, in bold capitals. System types carry their icon
 * (success, error, information, warning, new); accent colours are for the site's own categories.
 *
 * @summary Badge: a status (success, error, info, warning, new) or an accent-coloured category.
 *
 * @slot - The badge's text. Put the status in words: the colour and the icon are not read.
 *
 * @csspart badge - The visible badge.
 *
 * @cssprop --charte-badge-margin - The badge's outer margin (`0`).
 * @cssprop --charte-badge-icon-offset - How far the system type's icon is pulled out to the left (an eighth of
 *   its size); small badge groups keep the md offset (`-0.125rem`), as DSFR does.
 * @tagname charte-badge
 */
export class CharteBadge extends CharteElement {
  static override styles = [shared, styles];

  /** A system type, with its colours and icon: `success`, `error`, `info`, `warning` or `new`. */
  @property({ reflect: true }) type?: BadgeType;

  /** Size: `sm` or `md` (default). */
  @property({ reflect: true }) size: 'sm' | 'md' = 'md';

  /** Hides the system type's icon. */
  @property({ type: Boolean, reflect: true, attribute: 'no-icon' }) noIcon = false;

  /** An accent colour family (`green-menthe`, `purple-glycine`…), for badges without a system type. */
  @property({ reflect: true }) accent?: Accent;

  /** Keeps the badge on one line, the text cut with an ellipsis. */
  @property({ type: Boolean, reflect: true }) ellipsis = false;

  protected override render() {
    const icon = this.type && !this.noIcon;
    return html`<span class=${icon ? 'badge icon' : 'badge'} part="badge"
      ><span class="text"><slot></slot></span
    ></span>`;
  }
}
