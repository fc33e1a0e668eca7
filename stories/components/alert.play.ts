/**
 * Interaction stories of the alert: Tab to the close button, Enter or Space, and what the visitor notices (the
 * alert gone, focus not left on a hidden button, `charte-close` fired); an alert added after the page loaded is
 * announced.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab } from '../lib/keyboard.ts';

/** Closes the alert of the story with `key` on its close button, reached by Tab; shows it again afterwards. */
function closes(key: string): Play {
  return async ({ canvasElement, step }) => {
    const alert = canvasElement.querySelector<HTMLElement>('charte-alert')!;
    const close = alert.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    const closed: Event[] = [];
    alert.addEventListener('charte-close', (event) => closed.push(event));

    await step('Tab atteint le bouton de fermeture, nommé', async () => {
      expect(await tab()).toBe(close);
      expect(close).toHaveAccessibleName(close.title);
      expect(close.title).toMatch(/\S/);
    });
    await step(`${key} ferme l’alerte`, async () => {
      await userEvent.keyboard(key === 'Entrée' ? '{Enter}' : ' ');
      await waitFor(() => expect(alert.checkVisibility()).toBe(false));
      expect(closed).toHaveLength(1);
    });
    await step('Le focus ne reste pas sur le bouton masqué', async () => {
      const active = focused();
      expect(active === close || alert.contains(active)).toBe(false);
    });
    // The story keeps showing the alert (and axe, run after the play, checks it).
    alert.hidden = false;
  };
}

export const plays: Record<string, Play> = {
  'alert/dismissible': closes('Entrée'),
  'alert/sm-dismissible': closes('Espace'),

  'alert/info': async ({ canvasElement, step }) => {
    const alert = canvasElement.querySelector('charte-alert')!;
    await step('Ajoutée après le chargement de la page, l’alerte est annoncée (role="alert")', async () => {
      expect(alert.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    });
    await step('Sans dismissible, elle n’a pas de bouton de fermeture', async () => {
      expect(alert.shadowRoot!.querySelector('button')).toBeNull();
    });
  },
};
