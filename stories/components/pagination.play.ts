/**
 * Interaction stories of the pagination: Tab goes through the links in reading order; the current page and the
 * disabled ends are not stops; Enter on a link follows it. The pages shown only from the lg breakpoint are
 * stops there only (the test runs at 1280 px; the viewport toolbar gives the small screens).
 */
import { tokens } from '@charte/tokens';
import { expect, userEvent } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, linksFollowed, tabStops, within } from '../lib/keyboard.ts';

const wide = () => matchMedia(`(min-width: ${tokens['charte-breakpoint-lg']})`).matches;

/**
 * The play of a story: its landmark, its current page (no link), the Tab stops on a large and on a small screen,
 * and Enter on "Page suivante" when it is a link, which must lead to `next`.
 */
function pagination(current: number, stops: { lg: string[]; sm: string[] }, next?: number): Play {
  return async ({ canvasElement, step }) => {
    const host = canvasElement.querySelector('charte-pagination')!;
    const root = host.shadowRoot!;
    await step('Une navigation nommée « Pagination »', async () => {
      expect(root.querySelector('nav')).toHaveAccessibleName('Pagination');
    });
    await step(`La page ${current} est la page actuelle, sans lien`, async () => {
      const currentLink = root.querySelector('[aria-current="page"]')!;
      expect(currentLink).toHaveTextContent(String(current));
      expect(currentLink).not.toHaveAttribute('href');
    });
    await step(
      'Tab parcourt les liens dans l’ordre de lecture ; page actuelle et bouts désactivés exclus',
      async () => {
        const titles = (await tabStops(within(host))).map((link) => (link as HTMLAnchorElement).title);
        expect(titles).toEqual(wide() ? stops.lg : stops.sm);
      },
    );
    if (next === undefined) return;
    await step(`Entrée sur « Page suivante » mène à la page ${next}`, async () => {
      const link = root.querySelector<HTMLAnchorElement>('a.next')!;
      link.focus();
      expect(focused()).toBe(link);
      expect(await linksFollowed(canvasElement, () => userEvent.keyboard('{Enter}'))).toEqual([`?page=${next}`]);
    });
  };
}

const ends = { start: ['Première page', 'Page précédente'], end: ['Page suivante', 'Dernière page'] };

export const plays: Record<string, Play> = {
  'pagination/first-page': pagination(
    1,
    {
      lg: ['Page 2', 'Page 3', 'Page 130', 'Page 131', 'Page 132', ...ends.end],
      sm: ['Page 2', 'Page 132', ...ends.end],
    },
    2,
  ),
  'pagination/middle-page': pagination(
    50,
    {
      lg: [...ends.start, 'Page 1', 'Page 49', 'Page 51', 'Page 132', ...ends.end],
      sm: [...ends.start, 'Page 1', 'Page 132', ...ends.end],
    },
    51,
  ),
  'pagination/last-page': pagination(132, {
    lg: [...ends.start, 'Page 1', 'Page 2', 'Page 3', 'Page 130', 'Page 131'],
    sm: [...ends.start, 'Page 1', 'Page 131'],
  }),
};
