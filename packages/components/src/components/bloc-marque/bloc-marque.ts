import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { charters } from '../../generated/charters.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './bloc-marque.styles.ts';

const strings: Strings<'home'> = {
  fr: { home: 'Accueil' },
  en: { home: 'Home' },
};

/** Splits an intitulé given by the page into its lines: on `|`, on `<br>`, or on new lines. */
export function intituleLines(value: string): string[] {
  return value
    .split(/\s*(?:\||<br\s*\/?>|\n)\s*/i)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The bloc-marque of the State: the Marianne block, the intitulé in bold capitals and the devise
 * "Liberté Égalité Fraternité", as DSFR draws it. The Marianne symbol and the devise come from
 * `@gouvfr/dsfr` at build time.
 *
 * @tagname charte-bloc-marque
 * @summary The State's bloc-marque (logo block), with its intitulé from a charter or from the page.
 *
 * @slot operator - An operator's logo, shown beside the bloc-marque (zone 2). When it is there the bloc-marque
 *   itself is not a link: DSFR puts the link on the operator's logo.
 *
 * @csspart brand - The row holding the bloc-marque and the operator's logo.
 * @csspart link - The link around the bloc-marque, when `href` is set.
 * @csspart logo - The bloc-marque itself (Marianne, intitulé, devise).
 * @csspart marianne - The Marianne block (tricolour with Marianne's profile).
 * @csspart intitule - The intitulé's text.
 * @csspart devise - The devise.
 *
 * @cssprop --charte-bloc-marque-unit - The unit u of the geometry: 0.75rem (sm), 1rem (md), 1.25rem (lg).
 *   Set it in a media query for a size that follows the viewport, as DSFR's footer does.
 */
export class CharteBlocMarque extends CharteElement {
  static override styles = [shared, styles];

  /** A charter id of `@charte/tokens` (`etat`, `gouvernement`, `culture`…): its intitulé is shown. */
  @property({ reflect: true }) charter?: string;

  /** The intitulé's lines, set by the page: separated by `|` or `<br>`. Wins over `charter`. */
  @property() intitule?: string;

  /** Size: `sm` (header), `md` (default), `lg` (footer from the md breakpoint). */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /** Mourning: the Marianne block turns black with a white outline. Also on when `<html data-fr-mourning>`. */
  @property({ type: Boolean, reflect: true }) mourning = false;

  /** Where the bloc-marque links to, usually the site's home page. */
  @property() href?: string;

  /** The site's name, used in the link's title: "Accueil - {site name} - {intitulé}". */
  @property({ attribute: 'site-name' }) siteName?: string;

  /** The link's title, when the default one does not fit. */
  @property({ attribute: 'link-title' }) linkTitle?: string;

  @state() private hasOperator = false;

  /** The intitulé's lines, from `intitule`, else from `charter`, else "République / Française". */
  get lines(): string[] {
    if (this.intitule?.trim()) return intituleLines(this.intitule);
    const charter = charters[this.charter ?? 'etat'] ?? charters.etat;
    return [...(charter?.intitule ?? ['République', 'Française'])];
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.mourning && this.ownerDocument?.documentElement?.hasAttribute('data-fr-mourning')) this.mourning = true;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('charter') && this.charter && !charters[this.charter] && !this.intitule) {
      console.warn(
        `<charte-bloc-marque>: unknown charter "${this.charter}"; known: ${Object.keys(charters).join(', ')}.`,
      );
    }
  }

  private title_(): string {
    if (this.linkTitle) return this.linkTitle;
    const parts = [translate(strings, this.resolvedLang, 'home'), this.siteName, this.lines.join(' ')];
    return parts.filter(Boolean).join(' - ');
  }

  private onSlotChange(event: Event) {
    this.hasOperator = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  protected override render() {
    const lines = this.lines;
    const logo = html`<p class="logo" part="logo"><span class="marianne" part="marianne" aria-hidden="true"></span><span class="intitule" part="intitule">${lines.map(
      (line, i) => html`${i > 0 ? html`<br />` : nothing}${line}`,
    )}</span><span class="devise" part="devise" aria-hidden="true"></span></p>`;
    const linked = this.href && !this.hasOperator;
    return html`<div class="brand" part="brand">
      ${linked ? html`<a part="link" href=${this.href!} title=${this.title_()}>${logo}</a>` : logo}
      <slot name="operator" @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }
}
