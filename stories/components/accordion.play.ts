/**
 * Interaction stories of the accordion: keyboard first (Tab to the button, Enter and Space), then what the
 * visitor notices (the content shown or hidden, `aria-expanded`, the other accordions of a group).
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab } from '../lib/keyboard.ts';

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
