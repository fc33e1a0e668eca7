/**
 * Keyboard for play functions. The `userEvent.tab()` of `storybook/test` does not enter shadow roots, so Tab is
 * played here on the flat tree (shadow roots and slots followed), as a browser moves focus.
 */
import { expect } from 'storybook/test';

/** The element that has focus, looking into shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';

/** Whether Tab stops on `el`: focusable, enabled, shown, and for a radio the checked one of its group. */
function tabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(FOCUSABLE) || el.tabIndex < 0 || el.matches(':disabled'))
    return false;
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
    const group = [...(el.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const named = group.filter((radio) => radio.name === el.name);
    return !named.some((radio) => radio.checked) && named[0] === el;
  }
  return true;
}

/** The elements Tab goes through under `root`, in the order of the flat tree (shadow roots and slots followed). */
export function tabOrder(root: Element = document.body): HTMLElement[] {
  const order: HTMLElement[] = [];
  const visit = (el: Element) => {
    if (tabbable(el)) order.push(el);
    const children =
      el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : (el.shadowRoot ?? el).children;
    for (const child of children) visit(child);
  };
  visit(root);
  return order;
}

/**
 * Presses Tab (Shift+Tab with `shift`): a `keydown` on the focused element, then, unless a listener cancelled
 * it, focus moves to the next element of the tab order that takes it (inert ones, behind a modal, do not).
 * Returns the element focused after.
 */
export async function tab(shift = false): Promise<Element | null> {
  const from = focused();
  const init = { key: 'Tab', code: 'Tab', shiftKey: shift, bubbles: true, composed: true, cancelable: true };
  const target = from ?? document.body;
  if (target.dispatchEvent(new KeyboardEvent('keydown', init))) {
    const order = tabOrder();
    if (shift) order.reverse();
    const start = from ? order.indexOf(from as HTMLElement) : -1;
    for (const next of order.slice(start + 1)) {
      next.focus();
      if (focused() === next) break;
    }
  }
  (focused() ?? document.body).dispatchEvent(new KeyboardEvent('keyup', init));
  return focused();
}

/** Presses Tab (Shift+Tab with `shift`) until `target` has focus, at most `max` times: fails if it never gets it. */
export async function tabTo(target: Element, { shift = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max && focused() !== target; i++) await tab(shift);
  expect(focused()).toBe(target);
}

/** Whether `el` is shown inside `container`: in its light DOM or its shadow root, at any depth of shadow roots. */
export const within =
  (container: Element) =>
  (el: Element): boolean => {
    for (let node: Node | null = el; node; node = (node.getRootNode() as ShadowRoot).host ?? null)
      if (container.contains(node) || container.shadowRoot?.contains(node)) return true;
    return false;
  };

/**
 * Presses Tab from where focus is until it leaves what `inside` accepts (or stays put, at the end of the page);
 * returns the elements it stopped on inside.
 */
export async function tabStops(inside: (el: Element) => boolean): Promise<Element[]> {
  const stops: Element[] = [];
  let previous: Element | null = null;
  for (let next = await tab(); next && next !== previous && inside(next); next = await tab()) {
    stops.push(next);
    previous = next;
  }
  return stops;
}

/**
 * Runs `act` and returns the addresses of the links it followed, without leaving the story: the clicks that
 * reach `canvas` are cancelled.
 */
export async function linksFollowed(canvas: HTMLElement, act: () => Promise<unknown>): Promise<string[]> {
  const followed: string[] = [];
  const follow = (event: Event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    event.preventDefault();
    followed.push(link.getAttribute('href') ?? '');
  };
  canvas.addEventListener('click', follow);
  try {
    await act();
  } finally {
    canvas.removeEventListener('click', follow);
  }
  return followed;
}
