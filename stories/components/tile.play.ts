/**
 * Interaction stories of the tile: the title's link covers the whole tile (a pointer anywhere on it follows the
 * link), unless `no-enlarge`; a disabled tile cannot be reached.
 */
import { expect } from 'storybook/test';
import type { Play } from '../lib/component.ts';

const parts = (canvas: HTMLElement) => {
  const tile = canvas.querySelector<HTMLElement>('charte-tile')!;
  tile.scrollIntoView({ block: 'center' });
  const root = tile.shadowRoot!;
  return {
    tile,
    link: root.querySelector<HTMLAnchorElement>('a')!,
    description: root.querySelector<HTMLElement>('.desc')!,
    pictogram: tile.querySelector<SVGElement>('[slot="pictogram"]')!,
  };
};

/** What a pointer at the centre of `element` lands on, among the tile's own elements. */
function hit(tile: HTMLElement, element: Element): Element | null {
  const box = element.getBoundingClientRect();
  return tile.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

export const plays: Record<string, Play> = {
  'tile/default': async ({ canvasElement, step }) => {
    const { tile, link, description, pictogram } = parts(canvasElement);
    await step('Le lien est le titre de la tuile', async () => {
      expect(link.parentElement!.localName).toMatch(/^h[2-6]$/);
      expect(link).toHaveAttribute('href');
    });
    await step('Un clic n’importe où sur la tuile tombe sur ce lien : pictogramme, description', async () => {
      expect(hit(tile, pictogram)).toBe(link);
      expect(hit(tile, description)).toBe(link);
    });
  },

  'tile/no-enlarge': async ({ canvasElement, step }) => {
    const { tile, link, pictogram } = parts(canvasElement);
    await step('Seul le titre est cliquable : le pictogramme ne mène nulle part', async () => {
      expect(hit(tile, link)).toBe(link);
      expect(hit(tile, pictogram)).not.toBe(link);
    });
  },

  'tile/disabled': async ({ canvasElement, step }) => {
    const { tile, link } = parts(canvasElement);
    await step('Désactivée, la tuile n’a plus de destination et ne prend pas le focus', async () => {
      expect(link).not.toHaveAttribute('href');
      expect(link).toHaveAttribute('aria-disabled', 'true');
      link.focus();
      expect(tile.shadowRoot!.activeElement).toBeNull();
    });
  },
};
