import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import type { Accent } from '../../styles/accents.ts';
import { shared } from '../../styles/shared.ts';

/** An accent colour family of tags. */
export type TagAccent = Accent;

import { styles } from './tag.styles.ts';

const strings: Strings<'dismiss'> = {
  fr: { dismiss: 'Retirer {label}' },
  en: { dismiss: 'Remove {label}' },
};

export interface TagToggleDetail {
  selected: boolean;
}

/**
 * The DSFR tag: a keyword that classifies content. Static by default; a link with `href`; a button with
 * `clickable`; a toggle button with `selectable` (`aria-pressed`); a removable filter with `dismissible`.
 *
 * @summary Tag: static, link, clickable, selectable or dismissible keyword.
 *
 * @slot - The tag's label.
 *
 * @csspart tag - The visible tag (`<span>`, `<a>` or `<button>`).
 *
 * @cssprop --charte-tag-margin - The tag's outer margin (`0`); tag groups set it.
 * @cssprop --charte-tag-dismiss-gap - The space before the close icon of a small dismissible tag (`0.125rem`);
 *   small tag groups set `0.25rem`, as DSFR does.
 * @cssprop --charte-tag-vertical-align - The tag's alignment on its line (`baseline`); tag groups set `top`.
 *
 * @event charte-tag-toggle - A selectable tag was pressed: `detail.selected` is its new state. Cancelable: the
 *   state does not change when cancelled.
 * @event charte-dismiss - A dismissible tag was activated. Cancelable: when not cancelled, the tag removes
 *   itself and the focus moves to the next tag of its group (else the previous one, else the group).
 * @event click - The native click of clickable, selectable and dismissible tags.
 * @tagname charte-tag
 */
export class CharteTag extends CharteElement {
  static override styles = [shared, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Size: `sm` or `md` (default). */
  @property({ reflect: true }) size: 'sm' | 'md' = 'md';

  /** A DSFR icon name shown before the label (static, link and clickable tags). */
  @property({ reflect: true }) icon?: string;

  /** Makes the tag a link to this URL. */
  @property() href?: string;

  /** Makes the tag a button (without `href`), for an action. */
  @property({ type: Boolean, reflect: true }) clickable = false;

  /** Makes the tag a toggle button (`aria-pressed`). */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** The state of a selectable tag. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** Makes the tag a button that removes it (a filter being applied). */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Disabled: a link loses its `href`, a button is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** An accent colour family for link and clickable tags (`green-menthe`, `purple-glycine`…). */
  @property({ reflect: true }) accent?: TagAccent;

  /** The accessible name of a dismissible tag; default "Retirer <label>" / "Remove <label>". */
  @property({ attribute: 'dismiss-label' }) dismissLabel?: string;

  private get kind(): 'link' | 'button' | 'static' {
    if (this.href !== undefined && !this.selectable && !this.dismissible) return 'link';
    if (this.clickable || this.selectable || this.dismissible) return 'button';
    return 'static';
  }

  private onSlotChange() {
    if (this.dismissible) this.requestUpdate();
  }

  private onClick() {
    if (this.disabled) return;
    if (this.selectable) {
      const selected = !this.selected;
      if (this.emit<TagToggleDetail>('charte-tag-toggle', { selected }, { cancelable: true })) this.selected = selected;
    } else if (this.dismissible) {
      if (this.emit('charte-dismiss', undefined, { cancelable: true })) this.dismiss();
    }
  }

  /** Removes the tag, moving the focus to the next tag of the group, else the previous, else the group. */
  dismiss() {
    const hadFocus = this.matches(':focus-within');
    const tags = (el: Element | null, forward: boolean): HTMLElement | null => {
      let node = el;
      while (node) {
        node = forward ? node.nextElementSibling : node.previousElementSibling;
        if (node?.localName === 'charte-tag' && !(node as CharteTag).disabled) return node as HTMLElement;
      }
      return null;
    };
    const next = tags(this, true) ?? tags(this, false);
    const parent = this.parentElement;
    this.remove();
    if (!hadFocus) return;
    if (next) next.focus();
    else if (parent) {
      if (!parent.hasAttribute('tabindex')) parent.setAttribute('tabindex', '-1');
      parent.focus();
    }
  }

  protected override render() {
    const kind = this.kind;
    const icon = this.icon && !this.dismissible && !this.selectable;
    const style = icon ? `--_icon:url("${iconUrl(this.icon!).replace(/"/g, '%22')}")` : undefined;
    const classes = ['tag', icon ? 'icon' : '', this.dismissible ? 'dismiss' : ''].filter(Boolean).join(' ');
    const content = html`<slot @slotchange=${this.onSlotChange}></slot>`;
    if (kind === 'link') {
      return html`<a
        class=${classes}
        part="tag"
        href=${ifDefined(this.disabled ? undefined : this.href)}
        role=${ifDefined(this.disabled ? 'link' : undefined)}
        aria-disabled=${ifDefined(this.disabled ? 'true' : undefined)}
        style=${ifDefined(style)}
        >${content}</a
      >`;
    }
    if (kind === 'button') {
      const label = this.dismissible
        ? translate(strings, this.resolvedLang, 'dismiss', { dismiss: this.dismissLabel }).replace(
            '{label}',
            this.lightText,
          )
        : undefined;
      return html`<button
        class=${classes}
        part="tag"
        type="button"
        ?disabled=${this.disabled}
        aria-pressed=${this.selectable ? String(this.selected) : nothing}
        aria-label=${ifDefined(label)}
        style=${ifDefined(style)}
        @click=${this.onClick}
      >${content}</button>`;
    }
    return html`<span class=${classes} part="tag" style=${ifDefined(style)}>${content}</span>`;
  }
}
