import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CharteElement } from '../../base/charte-element.ts';
import { titleHeading } from '../../base/heading.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { slotHasContent } from '../../base/slots.ts';
import { closeButton } from '../../styles/close-button.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './alert.styles.ts';
import { dismiss } from './dismiss.ts';

const strings: Strings<'close'> = {
  fr: { close: 'Masquer le message' },
  en: { close: 'Hide message' },
};

/**
 * An alert, as DSFR draws it: a message of type information, success, error or warning, with a title and/or a
 * description, optionally dismissible.
 *
 * Following DSFR, the alert is a live region (`role="alert"`) only when it is added to the page after it
 * loaded: set `dynamic` (or leave it unset: an alert connected once the document is complete, and not
 * server-rendered, is treated as dynamic). An alert present from the start is not announced.
 *
 * @summary DSFR alert (alerte): info, success, error, warning; md or sm; dismissible.
 *
 * @slot - Rich description (inline content: text, links…), used after the `description` attribute.
 *
 * @csspart alert - The alert's box.
 * @csspart title - The title.
 * @csspart description - The description.
 * @csspart close - The close button.
 *
 * @cssprop --charte-alert-color - The colour of the left band and of the border (DSFR's plain colour of the type).
 *
 * @event charte-close - When the close button is activated, before the alert is hidden. Cancelable: call
 *   `preventDefault()` to keep the alert shown.
 * @tagname charte-alert
 */
export class CharteAlert extends CharteElement {
  static override styles = [shared, closeButton, styles];

  /** The type: `info`, `success`, `error`, `warning`; none for DSFR's default grey alert. */
  @property({ reflect: true }) type?: 'info' | 'success' | 'error' | 'warning';

  /** Size: `md` (default) or `sm` (usually a title or a description only). */
  @property({ reflect: true }) size: 'sm' | 'md' = 'md';

  /** The title. */
  @property() heading?: string;

  /** The level of the title's heading, 2 to 6 (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  /** The description (plain text); rich content goes in the default slot. */
  @property() description?: string;

  /** A DSFR icon replacing the type's icon, e.g. `lock-fill`. */
  @property() icon?: string;

  /** Shows a close button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** The close button's label, "Masquer le message" by default. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  /**
   * Added after the page loaded: the alert is a live region (`role="alert"`), announced by screen readers.
   * Unset: decided when the element is connected (see above).
   */
  @property({ type: Boolean, reflect: true }) dynamic?: boolean;

  @state() private hasSlotted = false;

  override connectedCallback() {
    super.connectedCallback();
    if (this.dynamic === undefined && typeof document !== 'undefined') {
      // Server-rendered alerts arrive with their shadow root: they belong to the page from the start.
      this.dynamic = document.readyState === 'complete' && !this.hasUpdated && !this.shadowRoot?.firstChild;
    }
  }

  protected override firstUpdated() {
    this.onSlotChange();
  }

  private onSlotChange() {
    this.hasSlotted = slotHasContent(this.renderRoot.querySelector('slot'));
  }

  /** Closes the alert as its close button does: fires `charte-close`, then hides unless cancelled. */
  close() {
    dismiss(this);
  }

  protected override render() {
    const label = translate(strings, this.resolvedLang, 'close', { close: this.closeLabel });
    const classes = {
      alert: true,
      [`type-${this.type}`]: !!this.type,
      sm: this.size === 'sm',
      'custom-icon': !!this.icon,
    };
    return html`<div
      class=${classMap(classes)}
      part="alert"
      role=${this.dynamic ? 'alert' : nothing}
      style=${this.icon ? styleMap({ '--_icon': `url("${iconUrl(this.icon)}")` }) : nothing}
    >
      ${this.heading ? titleHeading(this.headingLevel, this.heading) : nothing}
      <p class="desc" part="description" ?hidden=${!this.description && !this.hasSlotted}>${this.description}<slot
          @slotchange=${this.onSlotChange}
        ></slot></p>
      ${
        this.dismissible
          ? html`<button class="close" part="close" type="button" title=${label} @click=${this.close}>
              ${label}
            </button>`
          : nothing
      }
    </div>`;
  }
}
