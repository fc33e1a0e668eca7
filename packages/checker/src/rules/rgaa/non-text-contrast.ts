import type { PageRule } from '../../model/rule.ts';
import { contrast, over, parseColour, toHex } from '../../vision/colour.ts';

/**
 * RGAA 3.3 (WCAG 1.4.11), which axe does not test: the colour that shows an interface component's
 * boundary (its background, else its border) reaches 3:1 against what is behind it.
 */
export const nonTextContrast: PageRule = {
  meta: {
    id: 'rgaa/3.3',
    title: {
      fr: 'Contraste des composants d’interface (3:1)',
      en: 'Contrast of user-interface components (3:1)',
    },
    help: {
      fr: 'La couleur qui délimite un composant d’interface (son fond, sinon sa bordure) a un contraste d’au moins 3:1 avec l’arrière-plan adjacent.',
      en: 'The colour that delimits a user-interface component (its background, else its border) has a contrast of at least 3:1 with the adjacent background.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [
      { type: 'rgaa', id: '3.3', url: 'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#3.3' },
      { type: 'wcag', id: '1.4.11', url: 'https://www.w3.org/TR/WCAG21/#non-text-contrast' },
    ],
  },
  check(page) {
    return page.elements
      .filter(
        (el) =>
          el.interactive &&
          !el.backgroundImage &&
          // A text label identifies a button or a link by itself; fields and icon-only controls need their edge.
          (['input', 'select', 'textarea'].includes(el.tag) || (['button', 'a'].includes(el.tag) && !el.text)),
      )
      .flatMap((el) => {
        const behindRgba = parseColour(el.behind) ?? { r: 255, g: 255, b: 255, a: 1 };
        const behind = toHex(behindRgba);
        const opaque = (value: string) => {
          const c = parseColour(value);
          return c && c.a > 0 ? toHex(c.a < 1 ? over(c, behindRgba) : c) : null;
        };
        // Every colour that can show the boundary; one reaching 3:1 is enough.
        const edges = [
          ['background', opaque(el.backgroundColor)],
          ...el.borderColors.map((c) => ['border', opaque(c)]),
          ...el.shadowColours.map((c) => ['shadow', opaque(c)]),
        ].filter((e): e is [string, string] => Boolean(e[1]) && e[1] !== behind);
        if (!edges.length) return [];
        const rated = edges.map(([what, colour]) => ({ what, colour, ratio: contrast(colour, behind) }));
        if (rated.some((e) => e.ratio >= 3)) return [];
        const best = rated.sort((x, y) => y.ratio - x.ratio)[0] as (typeof rated)[number];
        const { what, colour: edge, ratio } = best;
        return [
          {
            message: `The ${what} ${edge} of this ${el.tag} has a contrast of ${ratio.toFixed(2)}:1 with the background ${behind}, under 3:1.`,
            location: { selector: el.selector, snippet: el.snippet, box: el.box },
            rgaa: ['3.3'],
            data: { colour: edge, background: behind, ratio: Number(ratio.toFixed(2)) },
          },
        ];
      });
  },
};
