/**
 * Interaction stories of the tabs: the keyboard of the WAI-ARIA tabs pattern (Tab into the list, arrows, Home,
 * End), each move selecting the tab and showing its panel.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';

const parts = (canvas: HTMLElement) => {
  const tabs = canvas.querySelector('charte-tabs')!;
  return {
    tabs,
    tab: [...tabs.querySelectorAll<HTMLElement>('charte-tab')],
    panel: [...tabs.querySelectorAll<HTMLElement>('charte-tab-panel')],
  };
};

/** Tab `index` is the selected one, has focus, and its panel is the only one shown. */
async function selected(canvas: HTMLElement, index: number) {
  const { tab, panel } = parts(canvas);
  await waitFor(() => expect(document.activeElement).toBe(tab[index]));
  tab.forEach((t, i) => {
    expect(t).toHaveAttribute('aria-selected', String(i === index));
    // Roving tabindex: only the selected tab is in the Tab order.
    expect(t.tabIndex).toBe(i === index ? 0 : -1);
  });
  panel.forEach((p, i) => {
    if (i === index) expect(p).toBeVisible();
    else expect(p).not.toBeVisible();
  });
  expect(tab[index]).toHaveAttribute('aria-controls', panel[index]!.id);
}

export const plays: Record<string, Play> = {
  'tabs/icons': async ({ canvasElement, step }) => {
    const { tabs, tab, panel } = parts(canvasElement);
    const changes: number[] = [];
    tabs.addEventListener('charte-tab-change', (event) => changes.push(event.detail.index));

    await step('Tab arrive sur l’onglet sélectionné', async () => {
      await userEvent.tab();
      await selected(canvasElement, 0);
    });
    await step('Flèche droite : l’onglet suivant est sélectionné et son panneau s’affiche', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await selected(canvasElement, 1);
    });
    await step('Fin puis Début : le dernier puis le premier onglet', async () => {
      await userEvent.keyboard('{End}');
      await selected(canvasElement, tab.length - 1);
      await userEvent.keyboard('{Home}');
      await selected(canvasElement, 0);
    });
    await step('Flèche gauche sur le premier onglet : retour au dernier', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      await selected(canvasElement, tab.length - 1);
    });
    await step('Tab entre dans le panneau affiché', async () => {
      await userEvent.tab();
      expect(document.activeElement).toBe(panel[tab.length - 1]);
      expect(panel[tab.length - 1]).toHaveAttribute('aria-labelledby', tab[tab.length - 1]!.id);
    });
    expect(changes).toEqual([1, tab.length - 1, 0, tab.length - 1]);
  },

  'tabs/two': async ({ canvasElement, step }) => {
    await step('L’onglet marqué selected est celui que Tab atteint', async () => {
      await userEvent.tab();
      await selected(canvasElement, 1);
    });
    await step('Flèche droite sur le dernier onglet : retour au premier', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await selected(canvasElement, 0);
    });
  },

  'tabs/scroll': async ({ canvasElement, step }) => {
    const { tabs, tab } = parts(canvasElement);
    const list = tabs.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
    const inView = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      const frame = list.getBoundingClientRect();
      return box.left >= frame.left - 1 && box.right <= frame.right + 1;
    };
    await step('Sur un écran étroit, les onglets dépassent : la liste défile', async () => {
      tabs.style.maxWidth = '20rem';
      await waitFor(() => expect(list.scrollWidth).toBeGreaterThan(list.clientWidth));
    });
    await step('Fin : le dernier onglet est sélectionné et amené dans le champ', async () => {
      await userEvent.tab();
      await userEvent.keyboard('{End}');
      await selected(canvasElement, tab.length - 1);
      await waitFor(() => expect(inView(tab[tab.length - 1]!)).toBe(true));
    });
    await step('Début : le premier onglet revient dans le champ', async () => {
      await userEvent.keyboard('{Home}');
      await selected(canvasElement, 0);
      await waitFor(() => expect(inView(tab[0]!)).toBe(true));
    });
  },
};
