/**
 * Interaction stories of the breadcrumb. Under the md breakpoint the list is collapsed behind "Voir le fil
 * d’Ariane": Tab to it, Enter shows the list and moves focus to its first link. From md the list is shown and
 * Tab goes through its links, the current page last and not a link. Each play checks what the viewport shows
 * (the test runs at 1280 px; the viewport toolbar gives the small screens).
 */
import { tokens } from '@charte/tokens';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab } from '../lib/keyboard.ts';

/** The breadcrumb's parts: its button, its list, and the links of its steps. */
function parts(canvas: HTMLElement) {
  const crumb = canvas.querySelector('charte-breadcrumb')!;
  const root = crumb.shadowRoot!;
  const items = [...crumb.querySelectorAll('charte-breadcrumb-item')];
  return {
    crumb,
    nav: root.querySelector('nav')!,
    button: root.querySelector('button')!,
    list: root.getElementById('list')!,
    items,
    links: items.map((item) => item.shadowRoot!.querySelector('a')!),
  };
}

const wide = () => matchMedia(`(min-width: ${tokens['charte-breakpoint-md']})`).matches;

/** Tab goes through the links of the steps, in order; the current page (the last step) is not a stop. */
async function tabsThroughLinks(links: HTMLAnchorElement[], fromFirst = false) {
  const steps = links.slice(0, -1);
  if (!fromFirst) expect(await tab()).toBe(steps[0]);
  for (const link of steps.slice(1)) expect(await tab()).toBe(link);
  const current = links.at(-1)!;
  expect(current).toHaveAttribute('aria-current', 'page');
  expect(current).not.toHaveAttribute('href');
  expect(await tab()).not.toBe(current);
}

export const plays: Record<string, Play> = {
  'breadcrumb/default': async ({ canvasElement, step }) => {
    const { crumb, nav, button, list, links } = parts(canvasElement);
    await step('Une navigation nommée « vous êtes ici : »', async () => {
      expect(nav).toHaveAccessibleName();
    });
    if (wide()) {
      await step('Écran large : le bouton est masqué, la liste se lit', async () => {
        expect(button.checkVisibility()).toBe(false);
        expect(list.checkVisibility({ visibilityProperty: true })).toBe(true);
      });
      await step('Tab parcourt les liens ; la page actuelle n’est pas un lien', async () => {
        await tabsThroughLinks(links);
      });
      return;
    }
    const toggled: boolean[] = [];
    crumb.addEventListener('charte-toggle', (event) => toggled.push((event as CustomEvent).detail.expanded));
    await step('Petit écran : Tab atteint « Voir le fil d’Ariane », liste repliée', async () => {
      expect(await tab()).toBe(button);
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(list.getBoundingClientRect().height).toBe(0);
    });
    await step('Entrée montre la liste, masque le bouton et met le focus sur le premier lien', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(focused()).toBe(links[0]));
      expect(button.checkVisibility()).toBe(false);
      expect(list.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(toggled).toEqual([true]);
    });
    await step('Tab parcourt les liens suivants', async () => {
      await tabsThroughLinks(links, true);
    });
  },

  'breadcrumb/expanded': async ({ canvasElement, step }) => {
    const { button, list, links } = parts(canvasElement);
    await step('Déplié, la liste se lit à toutes les tailles et le bouton est masqué', async () => {
      expect(button.checkVisibility()).toBe(false);
      expect(list.getBoundingClientRect().height).toBeGreaterThan(0);
    });
    await step('Tab parcourt les liens ; la page actuelle n’est pas un lien', async () => {
      await tabsThroughLinks(links);
    });
  },
};
