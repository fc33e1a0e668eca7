import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type CharteCloseDetail, CharteElement } from '../../base/charte-element.ts';
import { deepActiveElement, FOCUSABLE } from '../../base/focus.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';
import { slotHasContent } from '../../base/slots.ts';
import { shared } from '../../styles/shared.ts';
import { styles } from './modal.styles.ts';

const strings: Strings<'close'> = {
  fr: { close: 'Fermer' },
  en: { close: 'Close' },
};

/** The elements that take focus with Tab under `root`, in order, through slots and open shadow roots. */
function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  const visit = (node: Element) => {
    if (node instanceof HTMLSlotElement) {
      for (const assigned of node.assignedElements({ flatten: true })) visit(assigned);
      return;
    }
    if (node instanceof HTMLElement) {
      if (node.hidden || node.inert) return;
      if (
        node.matches(FOCUSABLE) &&
        node.tabIndex >= 0 &&
        node.checkVisibility?.({ visibilityProperty: true }) !== false
      )
        out.push(node);
    }
    const children = node.shadowRoot ? [...node.shadowRoot.children] : [...node.children];
    for (const child of children) visit(child);
  };
  for (const child of root.children) visit(child);
  return out;
}

/** What the modal's `charte-close` carries: always the dialog's return value. */
export interface ModalCloseDetail extends CharteCloseDetail {
  /** The dialog's return value (`<form method="dialog">`'s submitter value, or empty). */
  returnValue: string;
}

/**
 * A modal dialog as DSFR draws it, on the native `<dialog>` opened with `showModal()`: the rest of the page is
 * inert, focus stays in the dialog (Tab and Shift+Tab loop), Escape closes it and focus goes back to the element
 * that had it before. A click on the veil closes it too, unless `static-backdrop` is set.
 *
 * Openers: any button with `aria-controls="<the modal's id>"` (DSFR's own markup, `data-fr-opened` may stay),
 * or `data-charte-modal="<id>"`, or code calling `show()`.
 *
 * @summary A modal dialog (DSFR modal) with title, content, footer of actions and close button.
 *
 * @slot - The content.
 * @slot heading - The title's content, when it needs more than the `heading` text.
 * @slot footer - The footer of actions (buttons), sticky at the bottom.
 *
 * @csspart dialog - The native `<dialog>` (the veil over the page).
 * @csspart body - The modal's box.
 * @csspart header - The header holding the close button.
 * @csspart close - The close button.
 * @csspart content - The box of the title and the content.
 * @csspart title - The title.
 * @csspart footer - The footer.
 *
 * @cssprop --charte-modal-background - The box's background (default `--background-lifted-grey`).
 * @cssprop --charte-modal-veil - The veil over the page (default 9% grey at 64%).
 *
 * @event charte-open - The modal opened. Cancelable: cancelling keeps it closed.
 * @event charte-close - The modal closed (close button, Escape, veil, `close()`); `detail.returnValue`.
 * @tagname charte-modal
 */
export class CharteModal extends CharteElement {
  static override styles = [shared, styles];

  /** Whether the modal is open. Setting it opens or closes it. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The title's text. */
  @property() heading = '';

  /** The title's level, 1 to 6; 0 makes it a paragraph (DSFR's "titre sans niveau d'en-tête"). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A DSFR icon name shown before the title (e.g. `arrow-right-line`). */
  @property() icon?: string;

  /** Width: `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: 'sm' | 'md' | 'lg' = 'md';

  /** On small screens the box stands at the top instead of the bottom (DSFR's `fr-modal--top`). */
  @property({ type: Boolean, reflect: true }) top = false;

  /** A click on the veil does not close the modal (DSFR's `data-fr-concealing-backdrop="false"`). */
  @property({ type: Boolean, attribute: 'static-backdrop' }) staticBackdrop = false;

  /** The close button's text and title (default "Fermer" / "Close"). */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  @state() private hasFooter = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  private opener: HTMLElement | null = null;

  /** The dialog was opened and its closing is not handled yet. */
  private shown = false;

  /** Opens the modal; `opener` gets focus back when it closes (default: the element focused now). */
  show(opener?: HTMLElement | null) {
    if (this.open) return;
    this.opener = opener ?? (this.ownerDocument ? (deepActiveElement(this.ownerDocument) as HTMLElement | null) : null);
    this.open = true;
  }

  /** Closes the modal. */
  close(returnValue?: string) {
    if (this.dialog?.open) this.dialog.close(returnValue);
    this.closed();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.ownerDocument?.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.ownerDocument?.removeEventListener('click', this.onDocumentClick);
    // Removed while open: the dialog is gone, give the page its scroll back.
    if (this.shown) {
      this.shown = false;
      this.lockScroll(false);
    }
  }

  /** The page's `overflow` before the modal opened. */
  private savedOverflow: string | null = null;

  /** As DSFR does, the page behind an open modal does not scroll. */
  private lockScroll(lock: boolean) {
    const root = this.ownerDocument?.documentElement;
    if (!root) return;
    if (lock && this.savedOverflow === null) {
      this.savedOverflow = root.style.overflow;
      root.style.overflow = 'hidden';
    } else if (!lock && this.savedOverflow !== null) {
      root.style.overflow = this.savedOverflow;
      this.savedOverflow = null;
    }
  }

  /** Opens on a click on a button naming this modal (`aria-controls` or `data-charte-modal`). */
  private onDocumentClick = (event: MouseEvent) => {
    if (!this.id || this.open) return;
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      const target = node.getAttribute('data-charte-modal') ?? node.getAttribute('aria-controls');
      if (target !== null) {
        if (
          target.split(/\s+/).includes(this.id) &&
          (node.localName === 'button' ||
            node.getAttribute('role') === 'button' ||
            node.hasAttribute('data-charte-modal'))
        ) {
          event.preventDefault();
          this.show(node);
          if (node.hasAttribute('data-fr-opened')) node.setAttribute('data-fr-opened', 'true');
        }
        return;
      }
    }
  };

  protected override updated(changed: PropertyValues<this>) {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      if (!this.emit('charte-open', undefined, { cancelable: true })) {
        this.open = false;
        return;
      }
      if (!this.opener && this.ownerDocument) this.opener = deepActiveElement(this.ownerDocument) as HTMLElement | null;
      if (this.isConnected) {
        dialog.showModal();
        this.shown = true;
        this.lockScroll(true);
      }
    } else if (!this.open && dialog.open) {
      dialog.close();
      this.closed();
    }
  }

  /** After the dialog closed, whichever way: state, openers, event, focus back. Runs once per opening. */
  private closed() {
    if (!this.shown) {
      this.open = false;
      return;
    }
    this.shown = false;
    this.lockScroll(false);
    const opener = this.opener;
    this.opener = null;
    this.open = false;
    for (const button of this.openers()) button.setAttribute('data-fr-opened', 'false');
    this.emit<ModalCloseDetail>('charte-close', { returnValue: this.dialog?.returnValue ?? '' });
    if (opener?.isConnected) opener.focus();
  }

  private openers(): HTMLElement[] {
    if (!this.id || !this.ownerDocument) return [];
    return [...this.ownerDocument.querySelectorAll<HTMLElement>('[data-fr-opened="true"][aria-controls]')].filter(
      (el) => el.getAttribute('aria-controls')!.split(/\s+/).includes(this.id),
    );
  }

  /**
   * The dialog's close event, which the browser fires in a later task: when the modal was opened again in
   * between, it belongs to the closing already handled, not to this opening.
   */
  private onClose() {
    if (!this.dialog?.open) this.closed();
  }

  private onCancel(event: Event) {
    // Escape: close ourselves, so that the state and the focus are handled in one place.
    event.preventDefault();
    this.close();
  }

  private onDialogClick(event: MouseEvent) {
    if (!this.staticBackdrop && event.target === this.dialog) this.close();
  }

  /** Keeps Tab and Shift+Tab inside the dialog: from the last element to the first, and back. */
  private onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab' || !this.dialog) return;
    const items = tabbables(this.dialog);
    if (!items.length) return;
    const active = deepActiveElement(this.ownerDocument);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const inside = items.includes(active as HTMLElement);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  private onFooterChange(event: Event) {
    this.hasFooter = slotHasContent(event.target as HTMLSlotElement);
  }

  private renderTitle() {
    const icon = this.icon
      ? html`<span class="icon" part="icon" aria-hidden="true" style=${`--_icon: url("${iconUrl(this.icon).replaceAll('"', '%22')}")`}></span> `
      : nothing;
    const content = html`${icon}<slot name="heading">${this.heading}</slot>`;
    switch (Math.round(this.headingLevel)) {
      case 0:
        return html`<p id="title" class="title" part="title">${content}</p>`;
      case 1:
        return html`<h1 id="title" class="title" part="title">${content}</h1>`;
      case 3:
        return html`<h3 id="title" class="title" part="title">${content}</h3>`;
      case 4:
        return html`<h4 id="title" class="title" part="title">${content}</h4>`;
      case 5:
        return html`<h5 id="title" class="title" part="title">${content}</h5>`;
      case 6:
        return html`<h6 id="title" class="title" part="title">${content}</h6>`;
      default:
        return html`<h2 id="title" class="title" part="title">${content}</h2>`;
    }
  }

  protected override render() {
    const close = translate(strings, this.resolvedLang, 'close', { close: this.closeLabel });
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onClose}
      @cancel=${this.onCancel}
      @click=${this.onDialogClick}
      @keydown=${this.onKeydown}
    >
      <div class="container">
        <div class="row">
          <div class="col">
            <div class="body" part="body">
              <div class="header" part="header">
                <button type="button" class="close" part="close" title=${close} @click=${() => this.close()}>${close}</button>
              </div>
              <div class="content" part="content">${this.renderTitle()}<slot></slot></div>
              <div class="footer" part="footer" ?hidden=${!this.hasFooter}>
                <slot name="footer" @slotchange=${this.onFooterChange}></slot>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>`;
  }
}
