/**
 * Every text decision reaches 4.5:1 on the background decisions it is meant for, in both themes; the
 * pairs DSFR keeps lower by design are listed as exceptions, and the list is kept honest.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../build/colour.ts';
import { contrastExceptions } from '../build/contrast-pairs.ts';
import { dist } from './helpers.ts';

type Pair = { text: string; background: string; minRatio: number; exception?: string };
const { contrastPairs, decisions } = (await import(dist('js/index.js'))) as {
  contrastPairs: Pair[];
  decisions: Record<string, { light: string; dark: string }>;
};
const summary: string[] = [];
afterAll(() => console.log(`contrast: ${summary.join('; ')}`));

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  const ratio = (p: Pair) =>
    contrastRatio(decisions[p.text]?.[theme] as string, decisions[p.background]?.[theme] as string);

  it('gives every text decision at least 4.5:1 on the backgrounds it is meant for', () => {
    const regular = contrastPairs.filter((p) => !p.exception);
    const failing = regular
      .map((p) => ({ pair: `${p.text} on ${p.background}`, ratio: ratio(p) }))
      .filter((r) => r.ratio < 4.5)
      .map((r) => `${r.pair}: ${r.ratio.toFixed(2)}:1`);
    summary.push(`${theme} ${regular.length - failing.length}/${regular.length} pairs at 4.5:1 or more`);
    expect(failing).toEqual([]);
  });

  it('lists as exceptions only pairs that are really below 4.5:1', () => {
    const exceptions = contrastPairs.filter((p) => p.exception);
    const passing = exceptions.filter((p) => ratio(p) >= 4.5).map((p) => `${p.text} on ${p.background}`);
    summary.push(
      `${theme} exceptions: ${exceptions.map((p) => `${p.text} on ${p.background} ${ratio(p).toFixed(2)}:1`).join(', ')}`,
    );
    expect(passing).toEqual([]);
  });
});

describe('contrast pairs', () => {
  it('cover every text decision (but hover and active states) at least once', () => {
    const texts = Object.keys(decisions).filter((n) => n.startsWith('text-') && !/-(hover|active)$/.test(n));
    const covered = new Set(contrastPairs.map((p) => p.text));
    expect(texts.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('name only existing decisions, text on background', () => {
    for (const p of contrastPairs) {
      expect(decisions[p.text], p.text).toBeDefined();
      expect(decisions[p.background], p.background).toBeDefined();
      expect(p.text.startsWith('text-') && p.background.startsWith('background-')).toBe(true);
    }
  });

  it('flags exactly the decisions listed as exceptions', () => {
    const flagged = new Set(contrastPairs.filter((p) => p.exception).map((p) => p.text));
    expect([...flagged].sort()).toEqual(Object.keys(contrastExceptions).sort());
  });
});
