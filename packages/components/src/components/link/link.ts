import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { shared } from '../../styles/shared.ts';
import { assess } from './assess.ts';
import { styles } from './link.styles.ts';

const strings: Strings<'newWindow' | 'top'> = {
  fr: { newWindow: 'nouvelle fenêtre', top: 'Haut de page' },
  en: { newWindow: 'new window', top: 'Back to top' },
};

/**
 * The DSFR link: navigation to another page, another place in the page, or a file. Underlined, in the
 * action blue; with an icon, opening a new window (external icon and "nouvelle fenêtre" in the title), as a
 * download with the file's details, or as the "back to top" link.
 *
 * @summary Link: sizes, icon, external, download, back to top.
 *
 * @slot - The link's text. For `back-to-top`, "Haut de page" / "Back to top" when empty.
 *
 * @csspart link - The `<a>`.
 * @csspart detail - The download's details (type, weight, language).
 *
 * @cssprop --charte-link-vertical-align - The link's alignment on its line (`baseline`); small link groups set
 *   `top`.
 * @tagname charte-link
 */
export class CharteLink extends CharteElement {
  static override styles = [shared, styles];

  /** The destination. */
  @property() href?: string;

  /** Size: `xs`, `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: 'xs' | 'sm' | 'md' | 'lg' = 'md';

  /** A DSFR icon name (`arrow-right-line`…). */
  @property({ reflect: true }) icon?: string;

  /** Where the icon goes: `left` (default) or `right`. */
  @property({ reflect: true, attribute: 'icon-position' }) iconPosition: 'left' | 'right' = 'left';

  /** The target; `_blank` shows DSFR's external icon and adds "nouvelle fenêtre" to the title. */
  @property() target?: string;

  /** The `rel`; `noopener` by default with `target="_blank"`. */
  @property() rel?: string;

  /** The title; for `target="_blank"` the default is "<text> - nouvelle fenêtre". */
  @property({ attribute: 'link-title' }) linkTitle?: string;

  /** A download link (DSFR's download variant): the value, when given, is the file name. */
  @property() download?: string;

  /** The file's details under a download link: "PDF – 1,81 Mo". */
  @property() detail?: string;

  /**
   * Download: fills the details from the file (DSFR's `data-fr-assess-file`): its format, its weight from a
   * `HEAD` request ("PDF - 1,23 ko", "PDF - 1.23 KB" in English) and its language (`hreflang`). When the request
   * fails, `detail` is kept.
   */
  @property({ type: Boolean }) assess = false;

  /** The file's language (`hreflang`), for a download in another language. */
  @property() hreflang?: string;

  /** Disabled: the link loses its `href`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The "back to top" link: `href="#top"`, arrow-up icon on the left, "Haut de page". */
  @property({ type: Boolean, reflect: true, attribute: 'back-to-top' }) backToTop = false;

  private get title_(): string | undefined {
    if (this.linkTitle) return this.linkTitle;
    if (this.target !== '_blank') return undefined;
    const text = this.lightText;
    const suffix = translate(strings, this.resolvedLang, 'newWindow');
    return text ? `${text} - ${suffix}` : undefined;
  }

  private onSlotChange() {
    if (this.target === '_blank') this.requestUpdate();
  }

  protected override updated(changed: PropertyValues) {
    if (this.assess && this.download !== undefined) assess(this, changed, 'detail', this.resolvedLang);
  }

  protected override render() {
    const download = this.download !== undefined;
    const icon = download ? undefined : (this.icon ?? (this.backToTop ? 'arrow-up-fill' : undefined));
    const position = icon ? (this.backToTop ? 'left' : this.iconPosition) : undefined;
    const href = this.href ?? (this.backToTop ? '#top' : undefined);
    const classes = [
      'link',
      position ? `icon-${position}` : '',
      this.target === '_blank' && !download ? 'external' : '',
      download ? 'download' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const style = icon ? `--_icon:url("${iconUrl(icon).replace(/"/g, '%22')}")` : undefined;
    return html`<a
      class=${classes}
      part="link"
      href=${ifDefined(this.disabled ? undefined : href)}
      role=${ifDefined(this.disabled ? 'link' : undefined)}
      aria-disabled=${ifDefined(this.disabled ? 'true' : undefined)}
      target=${ifDefined(this.target)}
      rel=${ifDefined(this.rel ?? (this.target === '_blank' ? 'noopener' : undefined))}
      title=${ifDefined(this.title_)}
      download=${ifDefined(this.download)}
      hreflang=${ifDefined(this.hreflang)}
      style=${ifDefined(style)}
      ><slot @slotchange=${this.onSlotChange}>${this.backToTop ? translate(strings, this.resolvedLang, 'top') : nothing}</slot>${
        download && this.detail ? html` <span class="detail" part="detail">${this.detail}</span>` : nothing
      }</a
    >`;
  }
}
