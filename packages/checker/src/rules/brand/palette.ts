import type { PageElement } from '../../model/page.ts';
import type { Issue, PageRule } from '../../model/rule.ts';
import { over, parseColour, toHex } from '../../vision/colour.ts';

type Use = 'text' | 'background' | 'border';

/** Each distinct opaque colour the page draws, with where it is first used and how often. */
function coloursOf(elements: PageElement[]) {
  const found = new Map<string, { use: Use; element: PageElement; count: number }>();
  const add = (value: string | null, use: Use, element: PageElement) => {
    const c = value ? parseColour(value) : null;
    if (!c || c.a === 0) return;
    const behind = parseColour(element.behind) ?? { r: 255, g: 255, b: 255, a: 1 };
    const hex = toHex(c.a < 1 ? over(c, behind) : c);
    const key = `${use}|${hex}`;
    const known = found.get(key);
    if (known) known.count++;
    else found.set(key, { use, element, count: 1 });
  };
  for (const el of elements) {
    if (el.text) add(el.color, 'text', el);
    add(el.backgroundColor, 'background', el);
    for (const b of el.borderColors) add(b, 'border', el);
  }
  return found;
}

export const palette: PageRule = {
  meta: {
    id: 'brand/palette',
    title: { fr: 'Couleurs de la palette de l’État', en: 'Colours of the State palette' },
    help: {
      fr: 'Chaque couleur de texte, de fond et de bordure visible est une couleur de la palette (écart CIEDE2000 dans la tolérance de la charte), sans mélanger couleurs du thème clair et du thème sombre.',
      en: 'Every visible text, background and border colour is a palette colour (CIEDE2000 within the charter’s tolerance), without mixing light-theme and dark-theme colours.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [{ type: 'charter', id: 'couleurs', title: 'Charte: les couleurs' }],
  },
  check(page, { charter, palette }) {
    const issues: Issue[] = [];
    const tolerance = charter.thresholds.deltaE;
    const dark = page.theme === 'dark';
    for (const [key, { use, element, count }] of coloursOf(page.elements)) {
      const hex = key.split('|')[1] as string;
      const match = palette.nearest(hex);
      const location = { selector: element.selector, snippet: element.snippet, box: element.box };
      const data = {
        colour: hex,
        use,
        nearest: match.colour.name,
        nearestValue: match.colour.value,
        deltaE: Number(match.deltaE.toFixed(2)),
        count,
      };
      if (match.deltaE > tolerance) {
        issues.push({
          message: `${use} colour ${hex} is not in the State palette: nearest ${match.colour.name} ${match.colour.value}, ΔE2000 ${match.deltaE.toFixed(1)} > ${tolerance} (${count} use${count > 1 ? 's' : ''}).`,
          location,
          data,
        });
      } else if ((dark ? palette.lightOnly : palette.darkOnly).has(match.colour.value)) {
        issues.push({
          message: `${use} colour ${hex} (${match.colour.name}) belongs to the ${dark ? 'light' : 'dark'} theme, on a ${dark ? 'dark' : 'light'} page: themes must not be mixed.`,
          location,
          data,
          severity: 'warn',
        });
      }
    }
    return issues;
  },
};
