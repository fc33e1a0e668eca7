import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { charters } from '../../generated/charters.ts';
import { shared } from '../../styles/shared.ts';
import { intituleLines } from '../bloc-marque/bloc-marque.ts';
import { styles } from './footer.styles.ts';

type Key =
  | 'home'
  | 'newWindow'
  | 'accessibility'
  | 'none'
  | 'partial'
  | 'full'
  | 'legal'
  | 'privacy'
  | 'licence'
  | 'licenceLink'
  | 'partners';

const strings: Strings<Key> = {
  fr: {
    home: 'Retour à l’accueil du site',
    newWindow: 'nouvelle fenêtre',
    accessibility: 'Accessibilité',
    none: 'non conforme',
    partial: 'partiellement conforme',
    full: 'totalement conforme',
    legal: 'Mentions légales',
    privacy: 'Données personnelles et gestion des cookies',
    licence: 'Sauf mention contraire, tous les contenus de ce site sont sous',
    licenceLink: 'licence etalab-2.0',
    partners: 'Nos partenaires',
  },
  en: {
    home: 'Back to the home page',
    newWindow: 'new window',
    accessibility: 'Accessibility',
    none: 'non-compliant',
    partial: 'partially compliant',
    full: 'fully compliant',
    legal: 'Legal notice',
    privacy: 'Personal data and cookies',
    licence: 'Unless otherwise stated, all content on this site is under',
    licenceLink: 'etalab-2.0 licence',
    partners: 'Our partners',
  },
};

/** The institutional links DSFR puts in every footer, in its order. */
export const INSTITUTIONAL_LINKS = [
  'info.gouv.fr',
  'service-public.gouv.fr',
  'legifrance.gouv.fr',
  'data.gouv.fr',
] as const;

const LICENCE_URL = 'https://github.com/etalab/licence-ouverte/blob/master/LO.md';

/** Compliance with the RGAA, as the accessibility mention states it. */
export type AccessibilityStatus = 'none' | 'partial' | 'full';

/**
 * The site's footer, as DSFR's: the State's bloc-marque (md, lg from the md breakpoint) linking home, an
 * optional operator's logo, a description, the institutional links (info.gouv.fr, service-public.gouv.fr,
 * legifrance.gouv.fr, data.gouv.fr, each opening a new window), partners' logos, the mandatory links
 * (accessibility compliance, legal notice, personal data and cookies) and the licence line.
 *
 * @summary The site's footer: bloc-marque, description, institutional and legal links, licence, partners.
 *
 * @slot description - The site's description (wins over the `description` attribute).
 * @slot operator - The operator's logo, usually `<a href="/" title="…"><img alt="…"></a>`.
 * @slot content-links - List items (`<li><a …></a></li>`) replacing the four institutional links.
 * @slot links - More links in the bottom list, before the mandatory ones (e.g. "Plan du site"): `<a>` elements.
 * @slot partners - The main partners' logos (`<a><img alt="…"></a>`); the partners' section shows when set.
 * @slot partners-sub - The secondary partners' logos.
 * @slot top - The footer's navigation: `<charte-footer-column>` elements, on the alt grey band above.
 *
 * @csspart footer - The `<footer>` element.
 * @csspart top - The navigation band.
 * @csspart brand - The brand area.
 * @csspart content - The description and institutional links.
 * @csspart partners - The partners' section.
 * @csspart bottom - The bottom links and licence line.
 * @tagname charte-footer
 */
export class CharteFooter extends CharteElement {
  static override styles = [shared, styles];

  /** A charter id of `@charte/tokens` for the bloc-marque's intitulé (see `<charte-bloc-marque>`). */
  @property() charter?: string;

  /** The bloc-marque's intitulé, lines separated by `|` or `<br>`. Wins over `charter`. */
  @property() intitule?: string;

  /** The home page the bloc-marque links to. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** The home link's title; default "Retour à l’accueil du site - {intitulé}". */
  @property({ attribute: 'home-title' }) homeTitle?: string;

  /** The site's description, under or beside the bloc-marque. */
  @property() description?: string;

  /** Compliance with the RGAA: "Accessibilité : non / partiellement / totalement conforme". */
  @property() accessibility: AccessibilityStatus = 'none';

  /** The accessibility statement's page. The accessibility mention shows when it is set. */
  @property({ attribute: 'accessibility-href' }) accessibilityHref?: string;

  /** The legal notice's page ("Mentions légales"), shown when set. */
  @property({ attribute: 'legal-href' }) legalHref?: string;

  /** The personal data and cookies page, shown when set. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** The partners' section title; default "Nos partenaires". */
  @property({ attribute: 'partners-title' }) partnersTitle?: string;

  @state() private has = {
    description: false,
    operator: false,
    links: false,
    partners: false,
    'partners-sub': false,
    top: false,
  };

  private t(key: Key): string {
    return translate(strings, this.resolvedLang, key, { partners: this.partnersTitle });
  }

  private intituleText(): string {
    if (this.intitule?.trim()) return intituleLines(this.intitule).join(' ');
    const charter = charters[this.charter ?? 'etat'] ?? charters.etat;
    return (charter?.intitule ?? ['République', 'Française']).join(' ');
  }

  private onSlotChange() {
    const has = { ...this.has };
    for (const name of Object.keys(has) as (keyof typeof has)[]) {
      has[name] = !!this.querySelector(`:scope > [slot="${name}"]`);
    }
    if (Object.entries(has).some(([k, v]) => this.has[k as keyof typeof has] !== v)) this.has = has;
  }

  private slotFor(name: string, fallback: unknown = nothing) {
    return html`<slot name=${name} @slotchange=${this.onSlotChange}>${fallback}</slot>`;
  }

  private newWindow(label: string): string {
    return `${label} - ${this.t('newWindow')}`;
  }

  protected override render() {
    const { has } = this;
    const home = this.homeTitle ?? `${this.t('home')} - ${this.intituleText()}`;
    const colon = this.resolvedLang === 'fr' ? ' : ' : ': ';
    const a11y = `${this.t('accessibility')}${colon}${this.t(this.accessibility in strings.fr ? this.accessibility : 'none')}`;
    const withPartners = has.partners || has['partners-sub'];
    const bottomLink = (label: string, href?: string) =>
      href ? html`<li class="bottom-item"><a class="bottom-link" href=${href}>${label}</a></li>` : nothing;
    return html`<footer part="footer">
      <div class="top" part="top" ?hidden=${!has.top}>
        <div class="container"><div class="grid">${this.slotFor('top')}</div></div>
      </div>
      <div class="container">
        <div class="body">
          <div class="brand" part="brand">
            <charte-bloc-marque
              charter=${this.charter ?? nothing}
              intitule=${this.intitule ?? nothing}
              href=${has.operator ? nothing : this.homeHref}
              link-title=${home}
            ></charte-bloc-marque>
            <div class="operator" ?hidden=${!has.operator}>${this.slotFor('operator')}</div>
          </div>
          <div class="content" part="content">
            <p class="content-desc" ?hidden=${!has.description && !this.description}>
              ${this.slotFor('description', this.description ?? nothing)}
            </p>
            <ul class="content-list">
              ${this.slotFor(
                'content-links',
                INSTITUTIONAL_LINKS.map(
                  (site) =>
                    html`<li>
                      <a
                        class="content-link"
                        href="https://${site}"
                        target="_blank"
                        rel="noopener external"
                        title=${this.newWindow(site)}
                        >${site}</a
                      >
                    </li>`,
                ),
              )}
            </ul>
          </div>
        </div>
        <div class="partners" part="partners" ?hidden=${!withPartners}>
          <h2 class="partners-title">${this.t('partners')}</h2>
          <div class="partners-logos">
            <div class="partners-main" ?hidden=${!has.partners}>${this.slotFor('partners')}</div>
            <div class="partners-sub" ?hidden=${!has['partners-sub']}>${this.slotFor('partners-sub')}</div>
          </div>
        </div>
        <div class="bottom" part="bottom">
          <ul class="bottom-list">
            <li class="bottom-item" ?hidden=${!has.links}>${this.slotFor('links')}</li>
            ${bottomLink(a11y, this.accessibilityHref)} ${bottomLink(this.t('legal'), this.legalHref)}
            ${bottomLink(this.t('privacy'), this.privacyHref)}
          </ul>
          <div class="bottom-copy">
            <p>
              ${this.t('licence')}
              <a href=${LICENCE_URL} target="_blank" rel="noopener external" title=${this.newWindow(this.t('licenceLink'))}
                >${this.t('licenceLink')}</a
              >
            </p>
          </div>
        </div>
      </div>
    </footer>`;
  }
}
