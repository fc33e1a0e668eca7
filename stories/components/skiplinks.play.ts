/**
 * Interaction stories of the skip links: out of sight until the first Tab, shown while one of the links has the
 * focus, out of sight again once the focus leaves them.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';

/** Whether the band can be seen: opaque, and in the page rather than moved up above it. */
function inSight(band: HTMLElement): boolean {
  const box = band.getBoundingClientRect();
  const page = band.parentElement!.getBoundingClientRect();
  return getComputedStyle(band).opacity === '1' && box.height > 0 && box.bottom > page.top + 1;
}

export const plays: Record<string, Play> = {
  'skiplinks/hidden': async ({ canvasElement, step }) => {
    const band = canvasElement.querySelector<HTMLElement>('charte-skiplinks')!;
    const links = [...band.querySelectorAll<HTMLAnchorElement>('a')];

    await step('Avant toute tabulation, les liens sont hors de vue', async () => {
      expect(inSight(band)).toBe(false);
    });
    await step('Première Tab : le premier lien a le focus, le bandeau apparaît', async () => {
      await userEvent.tab();
      expect(document.activeElement).toBe(links[0]);
      await waitFor(() => expect(inSight(band)).toBe(true));
      expect(links[0]).toBeVisible();
    });
    await step('Tab : les liens suivants, le bandeau reste visible', async () => {
      for (const link of links.slice(1)) {
        await userEvent.tab();
        expect(document.activeElement).toBe(link);
        expect(inSight(band)).toBe(true);
      }
    });
    await step('Tab après le dernier lien : le bandeau se cache à nouveau', async () => {
      await userEvent.tab();
      expect(band.contains(document.activeElement)).toBe(false);
      await waitFor(() => expect(inSight(band)).toBe(false));
    });
  },

  'skiplinks/shown': async ({ canvasElement, step }) => {
    const band = canvasElement.querySelector<HTMLElement>('charte-skiplinks')!;
    const first = band.querySelector<HTMLAnchorElement>('a')!;
    const id = first.hash.slice(1);
    await step('Entrée sur un lien : le focus passe sur la zone visée', async () => {
      // The story has no page around it: the zone the first link names is added for the test.
      const zone = Object.assign(document.createElement('main'), { id });
      zone.append('Contenu de la page');
      canvasElement.append(zone);
      // Storybook's frame sends links to its parent page (`<base target="_parent">`): the navigation itself is
      // stopped, after the skip links have handled the click.
      const stay = (event: Event) => event.preventDefault();
      canvasElement.addEventListener('click', stay);
      try {
        first.focus();
        await userEvent.keyboard('{Enter}');
        await waitFor(() => expect(document.activeElement).toBe(zone));
        // The zone could not take the focus: it was given tabindex="-1", so Tab goes on from there.
        expect(zone).toHaveAttribute('tabindex', '-1');
      } finally {
        canvasElement.removeEventListener('click', stay);
        zone.remove();
      }
    });
  },
};
