import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './footer-column.styles.ts';

/**
 * A column of the footer's navigation (DSFR's `fr-footer__top`): a category title and its links. Put it in
 * `<charte-footer>`'s `top` slot.
 *
 * @summary A column of links in the footer's navigation.
 *
 * @slot - The links (`<a href>`).
 *
 * @csspart heading - The category title.
 * @tagname charte-footer-column
 */
export class CharteFooterColumn extends CharteElement {
  static override styles = [shared, styles];

  /** The category's title. */
  @property() heading = '';

  protected override render() {
    return html`${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : ''}
      <div class="list"><slot></slot></div>`;
  }
}
