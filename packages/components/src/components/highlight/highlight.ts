import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import type { Accent } from '../../styles/accents.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './highlight.styles.ts';

/**
 * A highlight ("mise en exergue"), as DSFR draws it: a paragraph set apart by a coloured band on its left.
 *
 * @summary DSFR highlight (mise en exergue): text with a left band, sizes sm/md/lg, accent colours.
 *
 * @slot - The text (inline content: text, links, emphasis).
 *
 * @csspart highlight - The box with the band.
 * @csspart text - The paragraph.
 *
 * @cssprop --charte-highlight-band-color - The colour of the left band.
 * @tagname charte-highlight
 */
export class CharteHighlight extends CharteElement {
  static override styles = [shared, styles];

  /** Size of the text: `sm` (0.875rem), `md` (default, 1rem) or `lg` (1.125rem). */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /** An illustrative colour family for the band: `green-emeraude`, `blue-ecume`… Blue France by default. */
  @property({ reflect: true }) accent?: Accent;

  protected override render() {
    return html`<div
      class=${classMap({ highlight: true, [`size-${this.size}`]: true, [`accent-${this.accent}`]: !!this.accent })}
      part="highlight"
    >
      <p class="text" part="text"><slot></slot></p>
    </div>`;
  }
}
