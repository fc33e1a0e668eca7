import type { PageRule } from '../../model/rule.ts';
import { parseColour, toHex } from '../../vision/colour.ts';

export const pageBackground: PageRule = {
  meta: {
    id: 'brand/page-background',
    title: { fr: 'Fond de page blanc', en: 'White page background' },
    help: {
      fr: 'Le fond de la page est blanc (en thème sombre, le fond par défaut du thème) ; les fonds alternatifs ne couvrent que des sections pleine largeur.',
      en: 'The page background is white (in the dark theme, the theme’s default background); alternative backgrounds only cover full-width sections.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [{ type: 'charter', id: 'couleurs', title: 'Charte: les couleurs' }],
  },
  check(page, { palette }) {
    const pick = [page.background.body, page.background.html].map(parseColour).find((c) => c && c.a > 0);
    const hex = pick ? toHex(pick) : '#ffffff';
    const expected = page.theme === 'dark' ? '#161616' : '#ffffff';
    if (hex === expected) return [];
    const match = palette.nearest(hex);
    return [
      {
        message: `The page background is ${hex}${match.deltaE < 1 ? ` (${match.colour.name})` : ''}, not ${expected}.`,
        location: { selector: 'body' },
        data: { colour: hex, expected },
      },
    ];
  },
};
