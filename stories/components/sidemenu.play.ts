/**
 * Interaction stories of the side menu: a section opened and closed from the keyboard, the section holding the
 * current page open from the start, disabled entries out of reach.
 *
 * The entries' links and buttons are in shadow roots, out of reach of the simulated Tab key: the stories give
 * the focus as Tab would (`item.focus()`), then use the keys.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused } from '../lib/keyboard.ts';

type Item = HTMLElement & { expanded: boolean; disabled: boolean };

/** The first-level entries, each with its button (sections) or link. */
const entries = (canvas: HTMLElement) =>
  [...canvas.querySelectorAll<Item>('charte-sidemenu > charte-sidemenu-item')].map((item) => ({
    item,
    button: item.shadowRoot!.querySelector('button'),
    link: item.shadowRoot!.querySelector('a'),
    children: [...item.querySelectorAll<Item>(':scope > charte-sidemenu-item')],
  }));

/** The link or button a user sees and uses for `item`. */
const control = (item: Element) => item.shadowRoot!.querySelector<HTMLElement>('a, button')!;

/** Whether the sub-entries of a section can be seen (and reached). */
const shown = (child: Item) => {
  const box = control(child).getBoundingClientRect();
  return box.height > 0 && getComputedStyle(control(child)).visibility === 'visible';
};

export const plays: Record<string, Play> = {
  'sidemenu/default': async ({ canvasElement, step }) => {
    const [closed, active] = entries(canvasElement);
    const toggles: boolean[] = [];
    closed!.item.addEventListener('charte-toggle', (event) => toggles.push(event.detail.expanded));

    await step('La section qui contient la page en cours est ouverte et marquée', async () => {
      expect(active!.button).toHaveAttribute('aria-expanded', 'true');
      expect(active!.button).toHaveAttribute('aria-current', 'true');
      const current = canvasElement.querySelector('charte-sidemenu-item[current]')!;
      expect(control(current)).toHaveAttribute('aria-current', 'page');
      expect(shown(active!.children[0]!)).toBe(true);
    });
    await step('Les autres sections sont fermées : leurs sous-entrées ne se voient pas', async () => {
      expect(closed!.button).toHaveAttribute('aria-expanded', 'false');
      for (const child of closed!.children) expect(shown(child)).toBe(false);
    });
    await step('Entrée sur le bouton de la section : elle s’ouvre', async () => {
      closed!.item.focus();
      expect(focused()).toBe(closed!.button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(closed!.button).toHaveAttribute('aria-expanded', 'true'));
      await waitFor(() => expect(closed!.children.every(shown)).toBe(true));
      expect(focused()).toBe(closed!.button);
    });
    await step('Espace : elle se referme', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(closed!.button).toHaveAttribute('aria-expanded', 'false'));
      await waitFor(() => expect(closed!.children.some(shown)).toBe(false));
    });
    expect(toggles).toEqual([true, false]);
  },

  'sidemenu/open': async ({ canvasElement, step }) => {
    const [open] = entries(canvasElement);
    await step('Un lien ouvert n’a pas de bouton : ses sous-entrées se voient toujours', async () => {
      expect(open!.button).toBeNull();
      expect(open!.link).toHaveAttribute('href');
      expect(open!.children.every(shown)).toBe(true);
    });
  },

  'sidemenu/disabled': async ({ canvasElement, step }) => {
    const disabled = entries(canvasElement).filter(({ item }) => item.disabled);
    await step('Les entrées désactivées ne prennent pas le focus', async () => {
      expect(disabled.length).toBeGreaterThan(0);
      for (const { item } of disabled) {
        item.focus();
        expect(focused()).not.toBe(control(item));
      }
    });
    await step('Une section désactivée ne s’ouvre pas', async () => {
      const section = disabled.find(({ button }) => button)!;
      await userEvent.click(section.button!, { pointerEventsCheck: 0 });
      expect(section.button).toHaveAttribute('aria-expanded', 'false');
      expect(section.children.some(shown)).toBe(false);
    });
  },
};
