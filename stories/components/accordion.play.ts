/**
 * Interaction stories of the accordion: keyboard first (Tab to the button, Enter and Space), then what the
 * visitor notices (the content shown or hidden, `aria-expanded`, the other accordions of a group).
 *
 * This file also holds the keyboard helpers of the component play functions (`focused`, `tab`): the
 * `userEvent.tab()` of `storybook/test` does not enter shadow roots, so Tab is played here on the flat tree.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';

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

/** The accordion's native button and the content it controls. */
function parts(accordion: Element) {
  const root = accordion.shadowRoot!;
  const button = root.querySelector('button')!;
  const content = root.getElementById(button.getAttribute('aria-controls')!)!;
  return { button, content };
}

/** Whether the content can be seen (collapsed, it is `visibility: hidden`, after its transition). */
const shown = (content: Element) => content.checkVisibility({ visibilityProperty: true });

export const plays: Record<string, Play> = {
  'accordion/default': async ({ canvasElement, step }) => {
    const accordion = canvasElement.querySelector('charte-accordion')!;
    const { button, content } = parts(accordion);
    const toggles: boolean[] = [];
    accordion.addEventListener('charte-toggle', (event) => toggles.push((event as CustomEvent).detail.expanded));

    await step('Tab atteint le bouton, replié', async () => {
      expect(await tab()).toBe(button);
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(shown(content)).toBe(false);
    });
    await step('Entrée déplie le contenu', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
      await waitFor(() => expect(shown(content)).toBe(true));
      expect(accordion).toHaveAttribute('expanded');
    });
    await step('Espace le replie', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
      await waitFor(() => expect(shown(content)).toBe(false));
      expect(focused()).toBe(button);
    });
    expect(toggles).toEqual([true, false]);
  },

  'accordion/expanded': async ({ canvasElement, step }) => {
    const { button, content } = parts(canvasElement.querySelector('charte-accordion')!);
    await step('Déplié au départ, son contenu se lit', async () => {
      expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(shown(content)).toBe(true);
    });
    await step('Tab puis Entrée le replient', async () => {
      expect(await tab()).toBe(button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
      await waitFor(() => expect(shown(content)).toBe(false));
    });
  },

  'accordion/heading-level': async ({ canvasElement, step }) => {
    const { button, content } = parts(canvasElement.querySelector('charte-accordion')!);
    await step('Le bouton est dans un titre de niveau 2', async () => {
      expect(button.closest('h2')).not.toBeNull();
    });
    await step('Tab puis Espace le déplient', async () => {
      expect(await tab()).toBe(button);
      await userEvent.keyboard(' ');
      await waitFor(() => expect(shown(content)).toBe(true));
    });
  },

  'accordion/group': async ({ canvasElement, step }) => {
    const [first, second, third] = [...canvasElement.querySelectorAll('charte-accordion')].map(parts);
    await step('Tab puis Entrée ouvrent le premier, et referment celui qui était ouvert', async () => {
      expect(second!.button).toHaveAttribute('aria-expanded', 'true');
      expect(await tab()).toBe(first!.button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(first!.button).toHaveAttribute('aria-expanded', 'true'));
      await waitFor(() => expect(second!.button).toHaveAttribute('aria-expanded', 'false'));
      await waitFor(() => expect(shown(second!.content)).toBe(false));
    });
    await step('Tab passe aux accordéons suivants ; Espace ouvre le troisième et referme le premier', async () => {
      expect(await tab()).toBe(second!.button);
      expect(await tab()).toBe(third!.button);
      await userEvent.keyboard(' ');
      await waitFor(() => expect(third!.button).toHaveAttribute('aria-expanded', 'true'));
      await waitFor(() => expect(first!.button).toHaveAttribute('aria-expanded', 'false'));
      expect(second!.button).toHaveAttribute('aria-expanded', 'false');
    });
  },

  'accordion/group-independent': async ({ canvasElement, step }) => {
    const [first, second, third] = [...canvasElement.querySelectorAll('charte-accordion')].map(parts);
    await step('Ouvrir le troisième laisse les deux autres ouverts', async () => {
      await tab();
      await tab();
      expect(await tab()).toBe(third!.button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(third!.button).toHaveAttribute('aria-expanded', 'true'));
      expect(first!.button).toHaveAttribute('aria-expanded', 'true');
      expect(second!.button).toHaveAttribute('aria-expanded', 'true');
      await waitFor(() => expect([first, second, third].every((accordion) => shown(accordion!.content))).toBe(true));
    });
  },
};
