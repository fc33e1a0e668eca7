/** The State palette as the checks use it: every option, which theme uses it, nearest-colour search. */
import { type Charter, families, optionPairs, palette as options, themes } from '@charte/tokens';
import { deltaE2000 } from '../vision/colour.ts';

export interface PaletteColour {
  /** `blue-france-sun-113`, or `focus` for the focus ring. */
  name: string;
  value: string;
  family: string;
}

export interface Match {
  colour: PaletteColour;
  deltaE: number;
}

export interface Palette {
  colours: PaletteColour[];
  /** Values that only the dark theme uses, and only the light theme. */
  darkOnly: Set<string>;
  lightOnly: Set<string>;
  nearest(hex: string): Match;
}

/** The palette a charter allows: primary, neutral and system families, its accent families, the focus ring. */
export function paletteFor(charter: Charter): Palette {
  const allowed = new Set([
    ...families.filter((f) => f.kind !== 'illustrative').map((f) => f.id),
    ...charter.accentFamilies,
  ]);
  const colours: PaletteColour[] = options
    .filter((c) => allowed.has(c.family))
    .map((c) => ({ name: c.name, value: c.value, family: c.family }));
  const focus = themes.light['charte-focus-color'];
  if (focus) colours.push({ name: 'focus', value: focus, family: 'focus' });
  const light = new Set(Object.values(optionPairs).map((p) => p.light.toLowerCase()));
  const dark = new Set(Object.values(optionPairs).map((p) => p.dark.toLowerCase()));
  const darkOnly = new Set([...dark].filter((v) => !light.has(v)));
  const lightOnly = new Set([...light].filter((v) => !dark.has(v)));
  const cache = new Map<string, Match>();
  return {
    colours,
    darkOnly,
    lightOnly,
    nearest(hex) {
      const known = cache.get(hex);
      if (known) return known;
      let best: Match = { colour: colours[0] as PaletteColour, deltaE: Number.POSITIVE_INFINITY };
      for (const c of colours) {
        if (c.value === hex) {
          best = { colour: c, deltaE: 0 };
          break;
        }
        const d = deltaE2000(hex, c.value);
        if (d < best.deltaE) best = { colour: c, deltaE: d };
      }
      cache.set(hex, best);
      return best;
    },
  };
}
