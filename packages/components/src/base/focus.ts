/** Focus helpers shared by the components that move focus (modal, dismissible messages). */

/** What can take focus: links, form controls, media with controls, editable content, summaries, tabindex ≥ 0. */
export const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
