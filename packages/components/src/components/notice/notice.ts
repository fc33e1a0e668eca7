import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { slotHasContent } from '../../base/slots.ts';
import { closeButton } from '../../styles/close-button.ts';
import { shared } from '../../styles/shared.ts';
import { dismiss } from '../alert/dismiss.ts';
import { styles } from './notice.styles.ts';

const strings: Strings<'close' | 'newWindow'> = {
  fr: { close: 'Masquer le message', newWindow: 'nouvelle fenêtre' },
  en: { close: 'Hide message', newWindow: 'new window' },
};

const titleTags = {
  0: literal`p`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const;

/** The notice types DSFR 1.15 documents. */
export type NoticeType =
  | 'info'
  | 'warning'
  | 'alert'
  | 'weather-orange'
  | 'weather-red'
  | 'weather-purple'
  | 'witness'
  | 'kidnapping'
  | 'attack'
  | 'cyberattack';

/**
 * An important notice ("bandeau d'information importante"), as DSFR draws it: a full-width band at the top of
 * the page with an icon, a title, an optional description and link, optionally dismissible. Generic types
 * (information, warning, alert), weather alerts (orange, red, purple) and the State's alerts (call for
 * witnesses, kidnapping alert, attack alert, cyberattack).
 *
 * @summary DSFR notice (bandeau d'information importante): types, description, link, dismissible.
 *
 * @slot - Rich description (inline content), after the `description` attribute.
 *
 * @csspart notice - The band.
 * @csspart container - The centred container (DSFR's `fr-container`).
 * @csspart title - The title.
 * @csspart description - The description.
 * @csspart link - The link.
 * @csspart close - The close button.
 *
 * @cssprop --charte-notice-container-max-width - The width of the centred content (78rem).
 *
 * @event charte-close - When the close button is activated, before the notice is hidden. Cancelable.
 * @tagname charte-notice
 */
export class CharteNotice extends CharteElement {
  static override styles = [shared, closeButton, styles];

  /** The type; `info` by default. */
  @property({ reflect: true }) type: NoticeType = 'info';

  /** The title (required by DSFR). */
  @property() heading = '';

  /** The title's element: a paragraph by default (0), or a heading of level 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 0 | 2 | 3 | 4 | 5 | 6 = 0;

  /** The description. */
  @property() description?: string;

  /** The link's text. */
  @property({ attribute: 'link-label' }) linkLabel?: string;

  /** The link's URL. */
  @property({ attribute: 'link-href' }) linkHref?: string;

  /** The link's target; `_blank` adds "nouvelle fenêtre" to its title and the external-link icon. */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** A DSFR icon replacing the type's icon, e.g. `virus-fill`. */
  @property() icon?: string;

  /** No icon. */
  @property({ attribute: 'no-icon', type: Boolean, reflect: true }) noIcon = false;

  /** Shows a close button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** The close button's label, "Masquer le message" by default. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  /** The words added to the link's title when it opens a new window, "nouvelle fenêtre" by default. */
  @property({ attribute: 'new-window-label' }) newWindowLabel?: string;

  @state() private hasSlotted = false;

  protected override firstUpdated() {
    this.onSlotChange();
  }

  private onSlotChange() {
    this.hasSlotted = slotHasContent(this.renderRoot.querySelector('slot'));
  }

  /** Closes the notice as its close button does: fires `charte-close`, then hides unless cancelled. */
  close() {
    dismiss(this);
  }

  protected override render() {
    const lang = this.resolvedLang;
    const close = translate(strings, lang, 'close', { close: this.closeLabel });
    const newWindow = translate(strings, lang, 'newWindow', { newWindow: this.newWindowLabel });
    const tag = titleTags[this.headingLevel] ?? titleTags[0];
    const external = this.linkTarget === '_blank';
    const classes = { notice: true, [`type-${this.type}`]: true, 'no-icon': this.noIcon };
    const iconStyle = this.icon ? styleMap({ '--_icon': `url("${iconUrl(this.icon)}")` }) : nothing;
    return html`<div class=${classMap(classes)} part="notice">
      <div class="container" part="container">
        <div class="body">
          <div class="content">
            ${staticHtml`<${tag} class="title" part="title" style=${iconStyle}>${this.heading}</${tag}>`}
            <p class="desc" part="description" ?hidden=${!this.description && !this.hasSlotted}>${this.description}<slot
                @slotchange=${this.onSlotChange}
              ></slot></p>
            ${
              this.linkHref && this.linkLabel
                ? html`<a
                    class="link"
                    part="link"
                    href=${this.linkHref}
                    target=${this.linkTarget || nothing}
                    rel=${external ? 'noopener external' : nothing}
                    title=${external ? `${this.linkLabel} - ${newWindow}` : nothing}
                  >${this.linkLabel}</a>`
                : nothing
            }
          </div>
          ${
            this.dismissible
              ? html`<button class="close" part="close" type="button" title=${close} @click=${this.close}>
                  ${close}
                </button>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }
}
