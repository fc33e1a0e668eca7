/**
 * Interaction stories of the summary: a navigation named by its title, Tab through its entries in the order of
 * the list (sub-entries after their entry), Enter follows an entry to its section.
 */
import { expect, userEvent } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { linksFollowed, tabStops, within } from '../lib/keyboard.ts';

/** The play of a summary titled `title` whose entries, in reading order, are numbered `entries`. */
function summary(title: string, entries: string[]): Play {
  return async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-summary')!;
    await step(`Une navigation nommée « ${title} »`, async () => {
      expect(host.shadowRoot!.querySelector('nav')).toHaveAccessibleName(title);
    });
    let stops: Element[] = [];
    await step('Tab parcourt les entrées dans l’ordre de la liste, les sous-entrées après leur entrée', async () => {
      stops = await tabStops(within(host));
      // Named as announced: the number is the list's, hidden from the link's name.
      expect(stops).toHaveLength(entries.length);
      for (const [i, link] of stops.entries()) expect(link).toHaveAccessibleName(`Libellé du lien ${entries[i]}`);
    });
    await step('Entrée mène à la section de l’entrée', async () => {
      const last = stops.at(-1) as HTMLElement;
      last.focus();
      expect(await linksFollowed(canvasElement, () => userEvent.keyboard('{Enter}'))).toEqual([
        `#anchor-${entries.at(-1)}`,
      ]);
    });
  };
}

export const plays: Record<string, Play> = {
  'summary/default': summary('Sommaire', ['1', '1.1', '1.2', '1.3', '1.3.1', '1.3.2', '2', '3', '3.1', '3.2', '4']),
  'summary/title-paragraph': summary('Dans cette page', ['2', '3', '3.1', '3.2', '4']),
};
