import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type HeadingLevel, titleHeading } from '../../base/heading.ts';
import { shared } from '../../styles/shared.ts';
import { groupStyles, styles } from './accordion.styles.ts';

/** What `charte-toggle` carries. */
export interface AccordionToggleDetail {
  /** Whether the accordion is now expanded. */
  expanded: boolean;
}

/**
 * An accordion as DSFR draws it: a heading holding a native button that shows or hides the content below.
 * The button carries `aria-expanded` and `aria-controls`; Enter and Space toggle it, as any button.
 *
 * @summary A title that shows or hides its content (DSFR accordion).
 *
 * @slot - The content shown when the accordion is expanded.
 * @slot label - The title's content, when it needs more than the `label` text.
 *
 * @csspart accordion - The accordion's box (lines above and below).
 * @csspart title - The heading around the button.
 * @csspart button - The native button.
 * @csspart content - The content's box.
 *
 * @cssprop --charte-accordion-padding - The button's padding (default 0.75rem 1rem).
 * @cssprop --charte-accordion-min-height - The button's minimum height (default 3rem).
 * @cssprop --charte-accordion-background - The background under the accordion (default `--background-default-grey`,
 *   the page's, so that the text keeps its contrast on any page; `transparent` to show the page's own).
 * @cssprop --charte-accordion-color - The button's text colour (default `--text-action-high-blue-france`).
 *
 * @event toggle - The expanded state changed (by the user or by code), as `<details>` fires it; does not bubble.
 * @event charte-toggle - The accordion was expanded or collapsed by the user; `detail.expanded` tells which.
 * @tagname charte-accordion
 */
export class CharteAccordion extends CharteElement {
  static override styles = [shared, styles];

  /** The title's text. */
  @property() label = '';

  /** The level of the heading around the button, 2 to 6 (DSFR's examples use 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Whether the content is shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Expands or collapses; fires `charte-toggle` when the state changes. */
  toggle(force?: boolean) {
    const next = force ?? !this.expanded;
    if (next === this.expanded) return;
    this.expanded = next;
    this.emit<AccordionToggleDetail>('charte-toggle', { expanded: next });
  }

  /** Gives focus to the accordion's button. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('expanded') && changed.get('expanded') !== undefined) {
      this.dispatchEvent(new Event('toggle'));
    }
  }

  protected override render() {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const button = html`<button
      type="button"
      class="btn"
      part="button"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls="content"
      @click=${() => this.toggle()}
    ><slot name="label">${this.label}</slot></button>`;
    return html`<section class="accordion" part="accordion">
      ${titleHeading(level as HeadingLevel, button)}
      <div id="content" class=${this.expanded ? 'collapse expanded' : 'collapse'} part="content"><slot></slot></div>
    </section>`;
  }
}

/**
 * A group of accordions: as in DSFR, opening one closes the others, unless `independent` is set.
 *
 * @summary A group of `charte-accordion` where one at a time is expanded (DSFR accordions group).
 *
 * @slot - The `charte-accordion` elements.
 * @tagname charte-accordion-group
 */
export class CharteAccordionGroup extends CharteElement {
  static override styles = [shared, groupStyles];

  /** Accordions open and close independently of each other (DSFR's `data-fr-group="false"`). */
  @property({ type: Boolean, reflect: true }) independent = false;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('charte-toggle', this.onToggle);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('charte-toggle', this.onToggle);
  }

  /** The accordions of this group (not those of a nested group). */
  get accordions(): CharteAccordion[] {
    return [...this.children].filter((el): el is CharteAccordion => el.localName === 'charte-accordion');
  }

  private onToggle = (event: Event) => {
    const target = event.target as CharteAccordion;
    if (this.independent || target.parentElement !== this) return;
    if (!(event as CustomEvent<AccordionToggleDetail>).detail.expanded) return;
    for (const accordion of this.accordions) if (accordion !== target && accordion.expanded) accordion.toggle(false);
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
