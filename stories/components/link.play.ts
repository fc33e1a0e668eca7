/**
 * Interaction stories of the link: Tab reaches it, Enter follows it and Space does not (as any link of the
 * browser), a disabled link is no stop, a link opening a new window says so, and Tab goes through a group's
 * links in order. Links are followed without leaving the story.
 */
import { expect, userEvent } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, linksFollowed, tab, tabStops, within } from '../lib/keyboard.ts';

/** The inner link of the story's first `charte-link`. */
const inner = (canvas: HTMLElement) => canvas.querySelector('charte-link')!.shadowRoot!.querySelector('a')!;

/** Tab reaches the link, named `name`; Space does not follow it, Enter follows it to `href`. */
function followed(name: string, href: string): Play {
  return async ({ canvasElement, step }) => {
    const link = inner(canvasElement);
    await step(`Tab atteint le lien « ${name} »`, async () => {
      expect(await tab()).toBe(link);
      expect(link).toHaveAccessibleName(name);
    });
    await step('Espace ne suit pas le lien', async () => {
      expect(await linksFollowed(canvasElement, () => userEvent.keyboard(' '))).toEqual([]);
    });
    await step(`Entrée suit le lien vers ${href}`, async () => {
      expect(focused()).toBe(link);
      expect(await linksFollowed(canvasElement, () => userEvent.keyboard('{Enter}'))).toEqual([href]);
    });
  };
}

export const plays: Record<string, Play> = {
  'link/default': followed('Libellé lien', '#lien'),
  'link/back-to-top': followed('Haut de page', '#top'),

  'link/disabled': async ({ canvasElement, step }) => {
    const link = inner(canvasElement);
    await step('Désactivé : un lien sans adresse, dit désactivé', async () => {
      expect(link).not.toHaveAttribute('href');
      expect(link).toHaveAttribute('aria-disabled', 'true');
      expect(link).toHaveRole('link');
    });
    await step('Tab ne s’y arrête pas', async () => {
      expect(await tabStops((el) => el === link)).toEqual([]);
    });
  },

  'link/external': async ({ canvasElement, step }) => {
    const link = inner(canvasElement);
    await step('Tab l’atteint ; son titre annonce la nouvelle fenêtre', async () => {
      expect(await tab()).toBe(link);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
      expect(link).toHaveAttribute('title', 'Libellé lien - nouvelle fenêtre');
    });
    await step('Entrée suit le lien', async () => {
      expect(await linksFollowed(canvasElement, () => userEvent.keyboard('{Enter}'))).toEqual([
        'https://www.systeme-de-design.gouv.fr/',
      ]);
    });
  },

  'link/group': async ({ canvasElement, step }) => {
    const group = canvasElement.querySelector('charte-link-group')!;
    await step('Tab parcourt les liens du groupe, dans l’ordre', async () => {
      const stops = await tabStops(within(group));
      expect(stops).toHaveLength(9);
      for (const [i, link] of stops.entries()) expect(link).toHaveAccessibleName(`Libellé lien ${i + 1}`);
    });
  },
};
