import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { shared } from '../../styles/shared.ts';
import { itemStyles, styles } from './breadcrumb.styles.ts';

const strings: Strings<'label' | 'button'> = {
  fr: { label: 'vous êtes ici :', button: 'Voir le fil d’Ariane' },
  en: { label: 'you are here:', button: 'See the breadcrumb' },
};

/**
 * One step of a `charte-breadcrumb`: a link to `href`, or the current page (`current`, or the last item, or an
 * item without `href`), marked `aria-current="page"` and not a link. The element is the list item
 * (`role="listitem"`).
 *
 * @summary A step of the breadcrumb (DSFR breadcrumb link).
 *
 * @slot - The step's text.
 *
 * @csspart link - The link (or the current page's text).
 * @tagname charte-breadcrumb-item
 */
export class CharteBreadcrumbItem extends CharteElement {
  static override styles = [shared, itemStyles];

  /** Where the step links to. */
  @property() href?: string;

  /** This step is the current page (by default: the last step). */
  @property({ type: Boolean, reflect: true }) current = false;

  override connectedCallback() {
    super.connectedCallback();
    this.setAttribute('role', 'listitem');
  }

  /** Whether the step shows as the current page. */
  get isCurrent(): boolean {
    if (this.current || !this.href) return true;
    const siblings = this.parentElement
      ? [...this.parentElement.children].filter((el) => el.localName === this.localName)
      : [];
    return siblings.length > 0 && siblings.at(-1) === this && !siblings.some((el) => el.hasAttribute('current'));
  }

  protected override render() {
    const current = this.isCurrent;
    return html`<a part="link" href=${current ? nothing : (this.href ?? nothing)} aria-current=${current ? 'page' : nothing}
      ><slot></slot
    ></a>`;
  }
}

/**
 * The breadcrumb (fil d'Ariane) as DSFR draws it: a navigation landmark with the ordered list of the steps up
 * to the current page. Under the md breakpoint the list is collapsed behind a "Voir le fil d'Ariane" button;
 * pressing it shows the list, hides the button and moves the focus to the first link.
 *
 * @summary The breadcrumb (DSFR fil d'Ariane), collapsed behind a button on small screens.
 *
 * @slot - The steps: `charte-breadcrumb-item` elements, the current page last.
 *
 * @csspart nav - The navigation landmark.
 * @csspart button - The "Voir le fil d'Ariane" button (under md).
 * @csspart list - The ordered list.
 *
 * @cssprop --charte-breadcrumb-background - The background under the breadcrumb (default
 *   `--background-default-grey`, the page's, so that the text keeps its contrast on any page).
 *
 * @event charte-toggle - The list was shown with the button (under md); `detail.expanded` is `true`.
 * @tagname charte-breadcrumb
 */
export class CharteBreadcrumb extends CharteElement {
  static override styles = [shared, styles];

  /** The landmark's accessible name (default "vous êtes ici :" / "you are here:"). */
  @property() label?: string;

  /** The button's text (default "Voir le fil d’Ariane" / "See the breadcrumb"). */
  @property({ attribute: 'button-label' }) buttonLabel?: string;

  /** Whether the list is shown under md (after the button was pressed). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  private onSlotChange(event: Event) {
    // The last step is current by default: let the items render again.
    for (const item of (event.target as HTMLSlotElement).assignedElements())
      (item as CharteBreadcrumbItem).requestUpdate?.();
  }

  private async onExpand() {
    this.expanded = true;
    this.emit('charte-toggle', { expanded: true });
    await this.updateComplete;
    const first = this.querySelector('charte-breadcrumb-item');
    const link = first?.shadowRoot?.querySelector<HTMLElement>('a[href]');
    link?.focus();
  }

  protected override render() {
    const lang = this.resolvedLang;
    return html`<nav part="nav" aria-label=${translate(strings, lang, 'label', { label: this.label })}>
      <button
        type="button"
        class="button"
        part="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="list"
        @click=${this.onExpand}
      >${translate(strings, lang, 'button', { button: this.buttonLabel })}</button>
      <div id="list" class=${this.expanded ? 'collapse expanded' : 'collapse'}>
        <ol part="list"><slot @slotchange=${this.onSlotChange}></slot></ol>
      </div>
    </nav>`;
  }
}
