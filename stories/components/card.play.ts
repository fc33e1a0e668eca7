/**
 * Interaction stories of the card: one tab stop, the title's link (or button), named by the title; a click
 * anywhere on the card follows it (DSFR's enlarged link), unless `no-enlarge`; a card with `button` is pressed
 * by Enter and Space; a disabled card is skipped; a link opening a new window says so.
 */
import { expect, userEvent } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { tab, tabOrder } from '../lib/keyboard.ts';

/** The card, its title's link or button, and what the pointer hits on its image. */
function parts(canvas: HTMLElement) {
  const card = canvas.querySelector('charte-card')!;
  const title = card.shadowRoot!.querySelector<HTMLElement>('[part="link"]')!;
  const hitOnImage = () => {
    const image = card.querySelector('img')!.getBoundingClientRect();
    return card.shadowRoot!.elementFromPoint(image.left + 10, image.top + 10);
  };
  return { card, title, hitOnImage };
}

/** Keeps the story on its page: clicks on links are recorded, not followed. Returns what was clicked. */
function recordClicks(canvas: HTMLElement): EventTarget[] {
  const clicked: EventTarget[] = [];
  canvas.addEventListener('click', (event) => {
    clicked.push(event.composedPath()[0]!);
    event.preventDefault();
  });
  return clicked;
}

/** The words a link opening a new window adds to its title, in the page's language. */
const newWindow = (el: Element) =>
  el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'new window' : 'nouvelle fenêtre';

export const plays: Record<string, Play> = {
  'card/default': async ({ canvasElement, step }) => {
    const { card, title, hitOnImage } = parts(canvasElement);
    const clicked = recordClicks(canvasElement);
    await step('Un seul arrêt de tabulation : le lien du titre, nommé par le titre', async () => {
      expect(tabOrder(canvasElement)).toEqual([title]);
      expect(await tab()).toBe(title);
      expect(title).toHaveAccessibleName(card.getAttribute('heading')!);
      expect(title.closest('h3')).not.toBeNull();
    });
    await step('Un clic sur l’image suit le lien du titre (toute la carte est cliquable)', async () => {
      const hit = hitOnImage();
      expect(hit).toBe(title);
      await userEvent.click(hit!);
      expect(clicked).toEqual([title]);
    });
  },

  'card/no-enlarge': async ({ canvasElement, step }) => {
    const { title, hitOnImage } = parts(canvasElement);
    await step('Seul le titre est cliquable : l’image ne mène nulle part', async () => {
      expect(hitOnImage()).not.toBe(title);
      expect(await tab()).toBe(title);
    });
  },

  'card/external': async ({ canvasElement, step }) => {
    const { card, title } = parts(canvasElement);
    await step('Tab atteint le lien ; son titre annonce la nouvelle fenêtre', async () => {
      expect(await tab()).toBe(title);
      expect(title).toHaveAttribute('target', '_blank');
      expect(title).toHaveAttribute('title', `${card.getAttribute('heading')} - ${newWindow(card)}`);
    });
  },

  'card/disabled': async ({ canvasElement, step }) => {
    const { title } = parts(canvasElement);
    await step(
      'Carte désactivée : le lien n’a pas d’adresse, est annoncé désactivé, Tab ne s’y arrête pas',
      async () => {
        expect(title).not.toHaveAttribute('href');
        expect(title).toHaveAttribute('aria-disabled', 'true');
        expect(tabOrder(canvasElement)).toEqual([]);
      },
    );
  },

  'card/footer-buttons': async ({ canvasElement, step }) => {
    const { title } = parts(canvasElement);
    const buttons = [...canvasElement.querySelectorAll('charte-button')].map(
      (host) => host.shadowRoot!.querySelector('button')!,
    );
    await step('Tab va du titre aux boutons de la zone d’action, dans l’ordre', async () => {
      expect(await tab()).toBe(title);
      for (const button of buttons) expect(await tab()).toBe(button);
    });
  },

  'card/button': async ({ canvasElement, step }) => {
    const { card, title, hitOnImage } = parts(canvasElement);
    const clicked = recordClicks(canvasElement);
    await step('Un seul arrêt de tabulation : le bouton du titre, nommé par le titre', async () => {
      expect(title.localName).toBe('button');
      expect(await tab()).toBe(title);
      expect(title).toHaveAccessibleName(card.getAttribute('heading')!);
    });
    await step('Entrée puis Espace l’actionnent', async () => {
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard(' ');
      expect(clicked).toEqual([title, title]);
    });
    await step('Un clic sur l’image l’actionne aussi', async () => {
      const hit = hitOnImage();
      expect(hit).toBe(title);
      await userEvent.click(hit!);
      expect(clicked).toHaveLength(3);
    });
  },

  'card/button-disabled': async ({ canvasElement, step }) => {
    const { title } = parts(canvasElement);
    const clicked = recordClicks(canvasElement);
    await step('Désactivé : Tab ne s’y arrête pas, un clic ne fait rien', async () => {
      expect(title).toBeDisabled();
      expect(tabOrder(canvasElement)).toEqual([]);
      await userEvent.click(title, { pointerEventsCheck: 0 });
      expect(clicked).toEqual([]);
    });
  },
};
