/**
 * Every colour custom property DSFR defines resolves, in our CSS and in our JS, to the identical
 * colour, in the light theme and in the dark theme.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalColour } from '../build/colour.ts';
import { dsfrVersion, isColourValue, readDsfrThemes, resolveVar } from '../build/dsfr.ts';
import { dist, ourThemes } from './helpers.ts';

const dsfr = readDsfrThemes();
const ours = ourThemes();
const counts: string[] = [];

afterAll(() => {
  console.log(`fidelity with DSFR ${dsfrVersion}: ${counts.join('; ')}`);
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  const colourNames = [...dsfr[theme].keys()].filter((name) => {
    try {
      return isColourValue(resolveVar(dsfr[theme], name));
    } catch {
      return false;
    }
  });

  it('defines every DSFR colour custom property with the identical value in CSS', () => {
    const differences: string[] = [];
    let identical = 0;
    for (const name of colourNames) {
      const expected = canonicalColour(resolveVar(dsfr[theme], name));
      let actual: string;
      try {
        actual = canonicalColour(resolveVar(ours[theme], name));
      } catch (error) {
        differences.push(`--${name}: ${(error as Error).message}`);
        continue;
      }
      if (actual === expected) identical++;
      else differences.push(`--${name}: DSFR ${expected}, ours ${actual}`);
    }
    counts.push(`${theme} CSS ${identical}/${colourNames.length} identical`);
    expect(differences).toEqual([]);
    expect(colourNames.length).toBeGreaterThan(900);
  });

  it('gives the same resolved values in the ESM output', async () => {
    const { themes } = await import(dist('js/index.js'));
    const differences = colourNames.filter(
      (name) =>
        themes[theme][name] === undefined ||
        canonicalColour(themes[theme][name]) !== canonicalColour(resolveVar(dsfr[theme], name)),
    );
    counts.push(`${theme} JS ${colourNames.length - differences.length}/${colourNames.length} identical`);
    expect(differences).toEqual([]);
  });

  it('keeps DSFR references: decisions point at the same option pair as in DSFR', () => {
    const differences = [...dsfr.light]
      .filter(([, value]) => value.startsWith('var(--') && colourNames.includes(value.slice(6, -1)))
      .filter(([name, value]) => ours.light.get(name) !== value)
      .map(([name, value]) => `--${name}: DSFR ${value}, ours ${ours.light.get(name)}`);
    expect(differences).toEqual([]);
  });

  it('adds no colour custom property under a DSFR-like name that DSFR does not have', () => {
    const extra = [...ours[theme].keys()].filter(
      (name) => !name.startsWith('charte-') && !dsfr[theme].has(name) && isColourValue(resolveVar(ours[theme], name)),
    );
    expect(extra).toEqual([]);
  });
});

describe('dark theme selectors', () => {
  it('applies the same dark values for data-fr-scheme="system" when the system prefers dark', async () => {
    const { readFileSync } = await import('node:fs');
    const postcss = (await import('postcss')).default;
    const root = postcss.parse(readFileSync(dist('css/dark.css'), 'utf8'));
    const blocks: Record<string, Record<string, string>> = {};
    root.walkRules((rule) => {
      const parent = rule.parent?.type === 'atrule' ? `@media ${(rule.parent as { params: string }).params} ` : '';
      const key = parent + rule.selector;
      blocks[key] = {};
      rule.walkDecls((d) => {
        (blocks[key] as Record<string, string>)[d.prop] = d.value;
      });
    });
    const dark = blocks[':root[data-fr-theme="dark"]'];
    const system = blocks['@media (prefers-color-scheme: dark) :root[data-fr-scheme="system"]'];
    expect(dark).toBeDefined();
    expect(Object.keys(dark ?? {}).length).toBeGreaterThan(300);
    expect(system).toEqual(dark);
  });
});
