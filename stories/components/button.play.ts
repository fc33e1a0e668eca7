/**
 * Interaction stories of the button: Tab to it, Enter and Space press it (one `click` each), a disabled one is
 * skipped and does nothing, a submit button sends its form, links say when they open a new window, an
 * equisized group gives its buttons one width.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab, tabOrder } from '../lib/keyboard.ts';

/** The native control inside a `charte-button` (a `<button>`, or an `<a>` with `href`). */
const control = (host: Element) => host.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;

/** The words a link opening a new window adds to its title, in the page's language. */
const newWindow = (el: Element) =>
  el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'new window' : 'nouvelle fenêtre';

export const plays: Record<string, Play> = {
  'button/primary': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const button = control(host);
    let clicks = 0;
    host.addEventListener('click', () => clicks++);
    await step('Tab atteint le bouton, nommé par son libellé', async () => {
      expect(await tab()).toBe(button);
      expect(button).toHaveAccessibleName(host.textContent!.trim());
    });
    await step('Entrée puis Espace l’actionnent, une fois chacun', async () => {
      await userEvent.keyboard('{Enter}');
      expect(clicks).toBe(1);
      await userEvent.keyboard(' ');
      expect(clicks).toBe(2);
    });
    await step('Le pointeur aussi', async () => {
      await userEvent.click(button);
      expect(clicks).toBe(3);
    });
  },

  'button/primary-disabled': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const button = control(host);
    let clicks = 0;
    canvasElement.addEventListener('click', () => clicks++);
    await step('Désactivé, Tab ne s’y arrête pas', async () => {
      expect(button).toBeDisabled();
      expect(tabOrder(canvasElement)).not.toContain(button);
      await tab();
      expect(focused()).not.toBe(button);
    });
    await step('Un clic ne fait rien', async () => {
      await userEvent.click(host, { pointerEventsCheck: 0 });
      expect(clicks).toBe(0);
    });
  },

  'button/primary-icon-only': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const button = control(host);
    await step('Icône seule : Tab l’atteint, son nom et son infobulle viennent de label', async () => {
      expect(await tab()).toBe(button);
      expect(button).toHaveAccessibleName(host.getAttribute('label')!);
      expect(button).toHaveAttribute('title', host.getAttribute('label'));
    });
  },

  'button/primary-link': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const link = control(host);
    await step('Un lien à l’aspect de bouton : Tab l’atteint, il mène à son adresse', async () => {
      expect(await tab()).toBe(link);
      expect(link.localName).toBe('a');
      expect(link).toHaveAttribute('href', host.getAttribute('href'));
    });
  },

  'button/link-external': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const link = control(host);
    await step('Tab atteint le lien ; son titre annonce la nouvelle fenêtre', async () => {
      expect(await tab()).toBe(link);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('title', `${host.textContent!.trim()} - ${newWindow(host)}`);
      expect(link.getAttribute('rel')).toContain('noopener');
    });
  },

  'button/link-disabled': async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-button')!;
    const link = control(host);
    await step('Lien désactivé : sans adresse, annoncé désactivé, Tab ne s’y arrête pas', async () => {
      expect(link).not.toHaveAttribute('href');
      expect(link).toHaveAttribute('role', 'link');
      expect(link).toHaveAttribute('aria-disabled', 'true');
      expect(tabOrder(canvasElement)).not.toContain(link);
    });
  },

  'button/submit': async ({ canvasElement, step }) => {
    const form = canvasElement.querySelector('form')!;
    const button = control(canvasElement.querySelector('charte-button')!);
    let submitted = 0;
    // The story stays on its page: the submission is counted, not sent.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    await step('Tab puis Entrée envoient le formulaire', async () => {
      expect(await tab()).toBe(button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(submitted).toBe(1));
    });
    await step('Espace aussi', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(submitted).toBe(2));
    });
  },

  'button/group-equisized-inline': async ({ canvasElement, step }) => {
    const hosts = [...canvasElement.querySelectorAll('charte-button')];
    const boxes = () => hosts.map((host) => control(host).getBoundingClientRect());
    await step('Des libellés de longueurs différentes, des boutons de même largeur', async () => {
      expect(new Set(hosts.map((host) => host.textContent!.trim().length)).size).toBeGreaterThan(1);
      await waitFor(() => {
        const widths = boxes().map((box) => box.width);
        expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
      });
    });
    await step('Tab les parcourt dans l’ordre', async () => {
      for (const host of hosts) expect(await tab()).toBe(control(host));
    });
  },
};
