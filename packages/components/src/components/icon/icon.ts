import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type IconName, iconUrl } from '../../base/icons.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './icon.styles.ts';

/**
 * Any DSFR icon, by name, drawn in the text colour (a CSS mask over `currentColor`), as DSFR's
 * `<span class="fr-icon-… fr-icon--md" aria-hidden="true">`. Decorative by default (hidden from assistive
 * technologies); with `label`, an image with that name.
 *
 * The icon files come from `@charte/components/icons/` (see `setIconBase()` when they are served elsewhere).
 *
 * @summary Icon: any DSFR icon by name, decorative or labelled.
 *
 * @csspart icon - The icon's box.
 *
 * @cssprop --charte-icon-size - The icon's size, when none of the DSFR sizes fits.
 * @tagname charte-icon
 */
export class CharteIcon extends CharteElement {
  static override styles = [shared, styles];

  /** The DSFR icon name: `arrow-right-line`, `fr--info-fill` (or, as DSFR's class says, `info-fill`)… */
  @property({ reflect: true }) name?: IconName | string;

  /** Size: `xs` (0.75rem), `sm` (1rem), `md` (1.5rem, the default) or `lg` (2rem). */
  @property({ reflect: true }) size?: 'xs' | 'sm' | 'md' | 'lg';

  /** The icon's accessible name. Without it the icon is decorative (`aria-hidden`). */
  @property() label?: string;

  protected override render() {
    const style = this.name ? `--_icon:url("${iconUrl(this.name).replace(/"/g, '%22')}")` : undefined;
    const label = this.label?.trim();
    return html`<span
      class="icon"
      part="icon"
      role=${ifDefined(label ? 'img' : undefined)}
      aria-label=${ifDefined(label || undefined)}
      aria-hidden=${ifDefined(label ? undefined : 'true')}
      style=${ifDefined(style)}
    ></span>`;
  }
}
