/**
 * Interaction stories of the notice: closed from the keyboard with its "Masquer le message" button.
 *
 * The button is in the notice's shadow root, out of reach of the simulated Tab key: the stories give it the focus
 * as Tab would, then use the keys.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused } from '../lib/keyboard.ts';

/** Closes the notice with `key` on its close button: hidden, the event fired once, the focus out of it. */
function closesWith(key: string): Play {
  return async ({ canvasElement, step }) => {
    const notice = canvasElement.querySelector<HTMLElement>('charte-notice')!;
    const close = notice.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    let closes = 0;
    notice.addEventListener('charte-close', () => closes++);

    await step('Le bouton de fermeture est nommé « Masquer le message »', async () => {
      expect(notice).toBeVisible();
      expect(close).toHaveAccessibleName('Masquer le message');
      close.focus();
      expect(focused()).toBe(close);
    });
    await step(`${key === ' ' ? 'Espace' : 'Entrée'} : le bandeau disparaît`, async () => {
      await userEvent.keyboard(key === ' ' ? ' ' : '{Enter}');
      await waitFor(() => expect(notice).not.toBeVisible());
      expect(notice.getClientRects()).toHaveLength(0);
      expect(closes).toBe(1);
      // Nothing follows the notice in the story: the focus must not stay on the hidden button.
      expect(notice.shadowRoot!.contains(focused())).toBe(false);
    });
  };
}

export const plays: Record<string, Play> = {
  'notice/dismissible': closesWith('Enter'),
  'notice/max': closesWith(' '),
  'notice/alert': async ({ canvasElement, step }) => {
    const notice = canvasElement.querySelector<HTMLElement>('charte-notice')!;
    const close = notice.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    await step('Fermeture refusée par la page (charte-close annulé) : le bandeau reste', async () => {
      notice.addEventListener('charte-close', (event) => event.preventDefault(), { once: true });
      close.focus();
      await userEvent.keyboard('{Enter}');
      expect(notice).toBeVisible();
      expect(focused()).toBe(close);
    });
  },
};
