/**
 * Interaction stories of the modal: opened from its button, focus kept inside, closed by the close button and by
 * Escape, focus given back to the button.
 *
 * Escape on a native `<dialog>` is a close request the browser makes from a real key press only: a simulated
 * key event does not make it. The stories make the same close request with `dialog.requestClose()`, which runs
 * the same `cancel` and `close` steps as Escape.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab } from '../lib/keyboard.ts';

type Modal = HTMLElement & { open: boolean; updateComplete: Promise<boolean> };

const parts = (canvas: HTMLElement) => {
  const modal = canvas.querySelector<Modal>('charte-modal')!;
  const root = modal.shadowRoot!;
  return {
    modal,
    dialog: root.querySelector('dialog')!,
    close: root.querySelector<HTMLButtonElement>('.close')!,
    title: () => root.getElementById(root.querySelector('dialog')!.getAttribute('aria-labelledby')!),
  };
};

export const plays: Record<string, Play> = {
  'modal/closed': async ({ canvasElement, step }) => {
    const { modal, dialog, close, title } = parts(canvasElement);
    const opener = canvasElement.querySelector<HTMLElement>(`charte-button[data-charte-modal="${modal.id}"]`)!;
    const openerButton = opener.shadowRoot!.querySelector('button')!;
    const events: string[] = [];
    modal.addEventListener('charte-open', () => events.push('open'));
    modal.addEventListener('charte-close', () => events.push('close'));

    await step('Fermée, la modale ne se voit pas', async () => {
      expect(dialog.open).toBe(false);
      expect(dialog).not.toBeVisible();
    });
    await step('Tab puis Entrée sur le bouton : la modale s’ouvre, le focus va sur « Fermer »', async () => {
      expect(await tab()).toBe(openerButton);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
      expect(modal.open).toBe(true);
      expect(dialog).toHaveAccessibleName(title()!.textContent!.trim());
      await waitFor(() => expect(focused()).toBe(close));
    });
    await step('Tab : le focus ne sort pas de la modale', async () => {
      await tab();
      expect(dialog.contains(focused())).toBe(true);
    });
    await step('Échap : la modale se ferme, le focus revient sur le bouton', async () => {
      dialog.requestClose();
      await waitFor(() => expect(dialog.open).toBe(false));
      await modal.updateComplete;
      expect(modal.open).toBe(false);
      expect(focused()).toBe(openerButton);
    });
    await step('Espace sur le bouton, puis Entrée sur « Fermer » : même retour du focus', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(focused()).toBe(close));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(dialog.open).toBe(false));
      expect(focused()).toBe(openerButton);
    });
    expect(events).toEqual(['open', 'close', 'open', 'close']);
  },

  'modal/footer': async ({ canvasElement, step }) => {
    const { dialog, close } = parts(canvasElement);
    const actions = [...canvasElement.querySelectorAll('charte-modal [slot="footer"] charte-button')].map(
      (host) => host.shadowRoot!.querySelector('button')!,
    );
    const last = actions.at(-1)!;
    await waitFor(() => expect(dialog.open).toBe(true));

    await step('Tab depuis la dernière action : retour au bouton « Fermer »', async () => {
      last.focus();
      await userEvent.keyboard('{Tab}');
      expect(focused()).toBe(close);
    });
    await step('Maj + Tab depuis « Fermer » : la dernière action', async () => {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(focused()).toBe(last);
    });
  },
};
