/** Closing and focus management shared by the dismissible messages (alert, notice). */
import type { CharteCloseDetail } from '../../base/events.ts';
import { deepActiveElement, FOCUSABLE } from '../../base/focus.ts';

/**
 * Moves focus to a sensible place after `element` (an alert, a notice) is hidden while it holds focus: the
 * first focusable element after it in the document, else the last one before it, else the document's body.
 * Custom elements are tried too (their `focus()` may delegate to their shadow root).
 */
export function focusAfterRemoval(element: HTMLElement) {
  const doc = element.ownerDocument;
  const candidates = [...doc.body.querySelectorAll<HTMLElement>('*')].filter(
    (el) =>
      (el.matches(FOCUSABLE) || (el.localName.includes('-') && !!el.shadowRoot)) &&
      el !== element &&
      !element.contains(el),
  );
  const after = candidates.filter((el) => element.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = candidates
    .filter((el) => element.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
    .reverse();
  for (const candidate of [...after, ...before]) {
    if (!candidate.getClientRects().length) continue;
    candidate.focus();
    const active = deepActiveElement(doc);
    if (active && (active === candidate || candidate.contains(active) || candidate.shadowRoot?.contains(active)))
      return;
  }
  (doc.activeElement as HTMLElement | null)?.blur?.();
}

/**
 * Closes a dismissible message as its close button does: fires a cancelable `charte-close`, then hides it
 * unless a listener cancelled; focus held inside moves on (`focusAfterRemoval`).
 */
export function dismiss(element: HTMLElement) {
  const event = new CustomEvent<CharteCloseDetail>('charte-close', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: {},
  });
  if (!element.dispatchEvent(event)) return;
  const active = deepActiveElement(element.ownerDocument);
  const hadFocus = element.contains(active) || !!element.shadowRoot?.contains(active);
  element.hidden = true;
  if (hadFocus) focusAfterRemoval(element);
}
