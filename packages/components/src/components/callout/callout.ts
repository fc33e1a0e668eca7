import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import { titleHeading } from '../../base/heading.ts';
import { iconUrl } from '../../base/icons.ts';
import type { Accent } from '../../styles/accents.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './callout.styles.ts';

/**
 * A callout ("mise en avant"), as DSFR draws it: a block on a contrasted background with a coloured band on
 * its left, an optional icon, title, text and button, to set apart information that completes the page.
 *
 * @summary DSFR callout (mise en avant): title, text, optional icon and button, accent colours.
 *
 * @slot - The text (inline content: text, links, emphasis).
 * @slot button - A button (e.g. a `<charte-button>`), shown under the text.
 *
 * @csspart callout - The callout's box.
 * @csspart icon - The icon.
 * @csspart title - The title.
 * @csspart text - The text.
 *
 * @cssprop --charte-callout-background - The background colour.
 * @cssprop --charte-callout-band-color - The colour of the left band.
 * @tagname charte-callout
 */
export class CharteCallout extends CharteElement {
  static override styles = [shared, styles];

  /** The title. */
  @property() heading?: string;

  /** The level of the title's heading, 2 to 6 (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  /** A DSFR icon shown above the title, e.g. `fr--info-line`, or `info-line` as DSFR's class `fr-icon-info-line` says. */
  @property() icon?: string;

  /** An illustrative colour family: `green-emeraude`, `blue-ecume`, `purple-glycine`… Blue France by default. */
  @property({ reflect: true }) accent?: Accent;

  protected override render() {
    return html`<div
      class=${classMap({ callout: true, 'has-icon': !!this.icon, [`accent-${this.accent}`]: !!this.accent })}
      part="callout"
    >
      ${
        this.icon
          ? html`<span
            class="icon"
            part="icon"
            aria-hidden="true"
            style=${styleMap({ '--_icon': `url("${iconUrl(this.icon)}")` })}
          ></span>`
          : nothing
      }
      ${this.heading ? titleHeading(this.headingLevel, this.heading) : nothing}
      <p class="text" part="text"><slot></slot></p>
      <slot name="button"></slot>
    </div>`;
  }
}
