/**
 * Writes the colour tokens of `tokens/` from the installed `@gouvfr/dsfr`: the options of every family
 * (`tokens/core/color/*.json`), the option pairs of each theme (`tokens/themes/light.json`,
 * `dark.json`) and the decisions (`tokens/themes/decisions.json`).
 *
 * Run it when upgrading `@gouvfr/dsfr` (`pnpm tokens:extract`), then review the diff: the fidelity test
 * fails until the tokens equal the installed package again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalColour } from './colour.ts';
import { dsfrVersion, isColourValue, readDsfrThemes } from './dsfr.ts';
import { decisionPattern, type FamilyKind, families, optionPairPattern } from './families.ts';
import { groupAt } from './source.ts';

const tokensDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tokens');
const EXT = 'fr.charte';

type Json = Record<string, unknown>;

function shadeDescription(familyFr: string, shade: string, state: string | undefined): string {
  const [variant, index] = shade.includes('-') ? shade.split('-') : [undefined, shade];
  const role =
    variant === 'sun'
      ? `sun ${index}, strong colour for the light theme`
      : variant === 'moon'
        ? `moon ${index}, strong colour for the dark theme`
        : variant === 'main'
          ? `main ${index}, the reference colour of the family`
          : `lightness ${index}`;
  return `${familyFr}, ${role}${state ? ` (${state} state)` : ''}`;
}

function main(): void {
  const { light, dark } = readDsfrThemes();
  const byFamily = new Map(families.map((f) => [f.id, f]));

  // Options: every shade a pair uses, with its value, by family.
  const options = new Map<string, Map<string, string>>();
  const pairs: { family: string; name: string; key: string; light: string; dark: string }[] = [];
  for (const [name, value] of light) {
    const match = optionPairPattern.exec(name);
    if (!match || !isColourValue(value)) continue;
    const [, family = '', lightShade = '', darkShade = lightShade, state] = match;
    const suffix = state ? `-${state}` : '';
    const darkValue = dark.get(name);
    if (darkValue === undefined) throw new Error(`--${name} has no dark value in DSFR ${dsfrVersion}`);
    const shades = options.get(family) ?? new Map<string, string>();
    options.set(family, shades);
    for (const [shade, v] of [
      [lightShade + suffix, value],
      [darkShade + suffix, darkValue],
    ] as const) {
      const canonical = canonicalColour(v);
      const known = shades.get(shade);
      if (known !== undefined && known !== canonical) {
        throw new Error(`${family} ${shade} has two values in DSFR ${dsfrVersion}: ${known} and ${canonical}`);
      }
      shades.set(shade, canonical);
    }
    pairs.push({
      family,
      name,
      key: name.slice(family.length + 1),
      light: `{color.${family}.${lightShade}${suffix}}`,
      dark: `{color.${family}.${darkShade}${suffix}}`,
    });
  }

  const kinds: FamilyKind[] = ['primary', 'neutral', 'system', 'illustrative'];
  mkdirSync(path.join(tokensDir, 'core/color'), { recursive: true });
  for (const kind of kinds) {
    const color: Json = { $type: 'color' };
    for (const family of families.filter((f) => f.kind === kind)) {
      const shades = options.get(family.id);
      if (!shades) throw new Error(`no colour of family ${family.id} in DSFR ${dsfrVersion}`);
      const group: Json = {
        $description: `${family.fr} (${family.en}), ${kind} family.`,
        $extensions: { [EXT]: { kind, label: { fr: family.fr, en: family.en } } },
      };
      const sorted = [...shades].sort(([a], [b]) => compareShades(a, b));
      for (const [shade, value] of sorted) {
        const state = /-(hover|active)$/.exec(shade)?.[1];
        group[shade] = {
          $value: value,
          $description: shadeDescription(family.fr, shade.replace(/-(hover|active)$/, ''), state),
        };
      }
      color[family.id] = group;
    }
    write(`core/color/${kind}.json`, { color });
  }

  for (const theme of ['light', 'dark'] as const) {
    const option: Json = {
      $type: 'color',
      $description: `The ${theme} theme: the colour option each DSFR option pair (--family-light-dark) takes in it.`,
    };
    for (const pair of pairs) {
      groupAt(option, [pair.family])[pair.key] = { $value: pair[theme] };
    }
    const shadow = theme === 'light' ? light.get('shadow-color') : dark.get('shadow-color');
    if (!shadow) throw new Error(`--shadow-color missing in DSFR ${dsfrVersion}`);
    write(`themes/${theme}.json`, {
      option,
      shadow: {
        color: {
          $type: 'color',
          $value: shadow,
          $description: 'Colour of the elevation shadows.',
          $extensions: { [EXT]: { dsfrName: 'shadow-color' } },
        },
      },
    });
  }

  const decisions: Json = {};
  for (const [name, value] of light) {
    const match = decisionPattern.exec(name);
    if (!match) continue;
    const ref = /^var\(--([\w-]+)\)$/.exec(value)?.[1];
    const pair = ref ? optionPairPattern.exec(ref) : null;
    if (!ref || !pair) throw new Error(`decision --${name} does not point at an option pair: ${value}`);
    const [, context = '', usage = '', family = '', state] = match;
    const usageGroup = groupAt(decisions, [context, usage], {
      $type: 'color',
      $description: `Colour decisions of DSFR ${dsfrVersion} for ${context}: usage then family, each pointing at an option pair, so it takes its light or dark value from the theme.`,
    });
    const familyLabel = byFamily.get(family)?.fr ?? family;
    usageGroup[state ? `${family}-${state}` : family] = {
      $value: `{option.${pair[1]}.${ref.slice((pair[1] as string).length + 1)}}`,
      $description: `${context}, ${usage}, ${familyLabel}${state ? ` (${state} state)` : ''}`,
    };
  }
  write('themes/decisions.json', decisions);
}

/** Shades in a readable order: sun, main, moon, then lightness; each by index, base before states. */
function compareShades(a: string, b: string): number {
  const rank = (s: string) => {
    const base = s.replace(/-(hover|active)$/, '');
    const state = s.endsWith('-hover') ? 1 : s.endsWith('-active') ? 2 : 0;
    const variant = base.startsWith('sun') ? 0 : base.startsWith('main') ? 1 : base.startsWith('moon') ? 2 : 3;
    return [variant, Number(base.replace(/\D/g, '')), state] as const;
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

function write(relative: string, data: Json): void {
  const file = path.join(tokensDir, relative);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main();
