/** Whether `slot` shows something: an element, or text that is not only whitespace (slots within followed). */
export function slotHasContent(slot: HTMLSlotElement | null | undefined): boolean {
  return !!slot
    ?.assignedNodes({ flatten: true })
    .some((node) => node.nodeType === 1 || (node.nodeType === 3 && !!node.textContent?.trim()));
}
