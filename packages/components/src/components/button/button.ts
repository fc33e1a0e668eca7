import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './button.styles.ts';

const strings: Strings<'newWindow'> = {
  fr: { newWindow: 'nouvelle fenêtre' },
  en: { newWindow: 'new window' },
};

export type ButtonKind = 'primary' | 'secondary' | 'tertiary' | 'tertiary-no-outline';
export type ButtonSize = 'sm' | 'md' | 'lg';
export type ButtonIconPosition = 'left' | 'right' | 'only';

/**
 * The DSFR button: an action in the page. A native `<button>` inside; a link (`<a>`) when `href` is set
 * (DSFR allows it only when a button is impossible). Form-associated: `type="submit"` and `type="reset"`
 * submit and reset the form the element is in, and `name`/`value` are sent with the form when it submits it.
 *
 * @summary Button (primary, secondary, tertiary, tertiary without border), with an icon, as a link.
 *
 * @slot - The button's label. With `icon-position="only"` it is hidden from sight and stays the accessible
 *   name (or give `label`).
 *
 * @csspart button - The native `<button>` (or `<a>` when `href` is set): the visible button.
 *
 * @cssprop --charte-button-width - The button's width (`fit-content`); button groups set it.
 * @cssprop --charte-button-justify - How the label is placed in a wider button (`flex-start`); groups centre it.
 * @cssprop --charte-button-hover-tint - The hover background of the secondary and tertiary kinds, which DSFR
 *   takes from the surface below (`--background-default-grey-hover`).
 * @cssprop --charte-button-active-tint - Their pressed background (`--background-default-grey-active`).
 *
 * @event click - The native click, once per activation (pointer, Enter, Space); never when disabled.
 * @tagname charte-button
 */
export class CharteButton extends CharteElement {
  static override styles = [shared, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Form-associated: the element belongs to the closest form, which it submits or resets. */
  static formAssociated = true;

  /** Kind: `primary` (default), `secondary`, `tertiary` or `tertiary-no-outline`. */
  @property({ reflect: true }) kind: ButtonKind = 'primary';

  /** Size: `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: ButtonSize = 'md';

  /** A DSFR icon name (`checkbox-circle-line`, `arrow-right-line`…), drawn from the icon files. */
  @property({ reflect: true }) icon?: string;

  /** Where the icon goes: `left` (default), `right`, or `only` (the label is hidden: give it anyway). */
  @property({ reflect: true, attribute: 'icon-position' }) iconPosition: ButtonIconPosition = 'left';

  /**
   * The accessible name, when the visible label is not enough (icon-only buttons). Also shown as a tooltip
   * (`title`) on icon-only buttons, as DSFR does.
   */
  @property() label?: string;

  /** Disabled: not focusable, not clickable, greyed out. A disabled link loses its `href`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The button's type in its form: `button` (default), `submit` or `reset`. */
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';

  /** The name under which `value` is sent when this button submits its form. */
  @property({ reflect: true }) name?: string;

  /** The value sent with `name` when this button submits its form. */
  @property() value = '';

  /** Makes the button a link to this URL (an `<a>`). */
  @property() href?: string;

  /** The link's target; `_blank` adds DSFR's external icon and "nouvelle fenêtre" to the title. */
  @property() target?: string;

  /** The link's `rel`; `noopener` by default for `target="_blank"`. */
  @property() rel?: string;

  /** Makes the link download its target; the value, when given, is the file name. */
  @property() download?: string;

  /** The title of a link opening a new window, when the default ("<label> - nouvelle fenêtre") does not fit. */
  @property({ attribute: 'new-window-title' }) newWindowTitle?: string;

  /** Disabled by a disabled `<fieldset>` around it. */
  @state() private formDisabled = false;

  private internals?: ElementInternals;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.internals && typeof this.attachInternals === 'function') {
      try {
        this.internals = this.attachInternals();
      } catch {
        // Already attached (the element moved): the first ElementInternals stays valid.
      }
    }
    this.addEventListener('click', this.onHostClick, { capture: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onHostClick, { capture: true });
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** Called by the browser when a `<fieldset disabled>` around the button changes. */
  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  private get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  /** Swallows clicks while disabled (a click on the host itself, or `element.click()`). */
  private onHostClick = (event: MouseEvent) => {
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  /** A click on the inner button: submits or resets the form, as a native button would. */
  private onClick(event: MouseEvent) {
    if (this.isDisabled || this.href) return;
    const form = this.form;
    if (!form) return;
    // As a native button: the action runs once the click has reached every listener, which may cancel it.
    setTimeout(() => {
      if (event.defaultPrevented) return;
      if (this.type === 'submit') {
        if (this.name) this.internals?.setFormValue(this.value);
        try {
          form.requestSubmit();
        } finally {
          this.internals?.setFormValue(null);
        }
      } else if (this.type === 'reset') {
        form.reset();
      }
    }, 0);
  }

  private get linkTitle(): string | undefined {
    if (this.target !== '_blank') return undefined;
    if (this.newWindowTitle) return this.newWindowTitle;
    const text = this.label?.trim().replace(/\s+/g, ' ') ?? this.lightText;
    const suffix = translate(strings, this.resolvedLang, 'newWindow');
    return text ? `${text} - ${suffix}` : suffix;
  }

  protected override render() {
    const icon = this.icon ? `--_icon:url("${iconUrl(this.icon).replace(/"/g, '%22')}")` : undefined;
    const position = this.icon ? this.iconPosition : undefined;
    const classes = `btn${position ? ` icon-${position}` : ''}`;
    const title = position === 'only' ? this.label : undefined;
    if (this.href !== undefined) {
      const disabled = this.isDisabled;
      const blank = this.target === '_blank';
      return html`<a
        class=${`${classes}${blank ? ' external' : ''}`}
        part="button"
        href=${ifDefined(disabled ? undefined : this.href)}
        role=${ifDefined(disabled ? 'link' : undefined)}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        target=${ifDefined(this.target)}
        rel=${ifDefined(this.rel ?? (blank ? 'noopener' : undefined))}
        download=${ifDefined(this.download)}
        title=${ifDefined(title ?? this.linkTitle)}
        aria-label=${ifDefined(this.label)}
        style=${ifDefined(icon)}
        ><slot></slot></a
      >`;
    }
    return html`<button
      class=${classes}
      part="button"
      type="button"
      ?disabled=${this.isDisabled}
      title=${ifDefined(title)}
      aria-label=${ifDefined(this.label)}
      style=${ifDefined(icon)}
      @click=${this.onClick}
    ><slot></slot></button>`;
  }
}
