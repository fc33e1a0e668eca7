/**
 * Interaction stories of the tag: a selectable tag toggled from the keyboard, a dismissible tag removed with the
 * focus kept in its group, a disabled tag that cannot be used.
 *
 * The tag's button is in its shadow root, out of reach of the simulated Tab key: the stories give it the focus
 * as Tab would (`tag.focus()`, delegated to the button), then use the keys.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused } from '../lib/keyboard.ts';

type Tag = HTMLElement & { selected: boolean };

const button = (tag: Element) => tag.shadowRoot!.querySelector('button')!;

export const plays: Record<string, Play> = {
  'tag/selectable': async ({ canvasElement, step }) => {
    const tag = canvasElement.querySelector<Tag>('charte-tag')!;
    const toggles: boolean[] = [];
    tag.addEventListener('charte-tag-toggle', (event) => toggles.push(event.detail.selected));

    await step('Le tag est un bouton à bascule, non enfoncé', async () => {
      tag.focus();
      expect(focused()).toBe(button(tag));
      expect(button(tag)).toHaveAttribute('aria-pressed', 'false');
    });
    await step('Espace : le tag est sélectionné', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(button(tag)).toHaveAttribute('aria-pressed', 'true'));
      expect(tag.selected).toBe(true);
    });
    await step('Entrée : il ne l’est plus', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(button(tag)).toHaveAttribute('aria-pressed', 'false'));
      expect(tag.selected).toBe(false);
    });
    expect(toggles).toEqual([true, false]);
  },

  'tag/selectable-disabled': async ({ canvasElement, step }) => {
    const tag = canvasElement.querySelector<Tag>('charte-tag')!;
    await step('Désactivé, le tag ne prend pas le focus et ne change pas d’état', async () => {
      tag.focus();
      expect(focused()).not.toBe(button(tag));
      expect(button(tag)).toBeDisabled();
      await userEvent.click(button(tag), { pointerEventsCheck: 0 });
      expect(button(tag)).toHaveAttribute('aria-pressed', 'false');
      expect(tag.selected).toBe(false);
    });
  },

  'tag/group-selectable': async ({ canvasElement, step }) => {
    const tags = [...canvasElement.querySelectorAll<Tag>('charte-tag')];
    await step('Espace sur un tag du groupe : lui seul est sélectionné', async () => {
      tags[2]!.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(button(tags[2]!)).toHaveAttribute('aria-pressed', 'true'));
      for (const [i, tag] of tags.entries()) expect(tag.selected).toBe(i === 2);
    });
  },

  'tag/dismissible': async ({ canvasElement, step }) => {
    const tag = canvasElement.querySelector<Tag>('charte-tag')!;
    const label = tag.textContent!.trim();
    const parent = tag.parentElement!;
    let dismissed = 0;
    tag.addEventListener('charte-dismiss', () => dismissed++);

    await step('Le bouton est nommé « Retirer » suivi du libellé visible', async () => {
      tag.focus();
      expect(focused()).toBe(button(tag));
      expect(button(tag)).toHaveAccessibleName(`Retirer ${label}`);
    });
    await step('Entrée : le tag est retiré, le focus passe à ce qui le contenait', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(tag.isConnected).toBe(false));
      expect(dismissed).toBe(1);
      expect(focused()).toBe(parent);
    });
  },

  'tag/group-dismissible': async ({ canvasElement, step }) => {
    const tags = [...canvasElement.querySelectorAll<Tag>('charte-tag')];
    const [first, second] = tags;
    const last = tags.at(-1)!;
    const beforeLast = tags.at(-2)!;

    await step('Entrée sur le premier tag : il est retiré, le focus passe au suivant', async () => {
      first!.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(first!.isConnected).toBe(false));
      expect(focused()).toBe(button(second!));
    });
    await step('Espace sur le dernier tag : il est retiré, le focus passe au précédent', async () => {
      last.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(last.isConnected).toBe(false));
      expect(focused()).toBe(button(beforeLast));
    });
    expect(canvasElement.querySelectorAll('charte-tag')).toHaveLength(tags.length - 2);
  },
};
