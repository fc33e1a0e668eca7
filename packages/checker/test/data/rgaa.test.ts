import { describe, expect, it } from 'vitest';
import {
  rgaaCriteria,
  rgaaCriterion,
  rgaaForTechnique,
  rgaaForWcag,
  rgaaThemes,
  rgaaUrl,
} from '../../src/data/rgaa.ts';

describe('RGAA 4.1.2 data', () => {
  it('has the 106 criteria in 13 themes, with unique ids', () => {
    expect(rgaaCriteria).toHaveLength(106);
    expect(rgaaThemes).toHaveLength(13);
    expect(rgaaThemes[0]).toEqual({ number: 1, title: 'Images' });
    expect(new Set(rgaaCriteria.map((c) => c.id)).size).toBe(106);
    const perTheme = rgaaThemes.map((t) => rgaaCriteria.filter((c) => c.theme === t.number).length);
    expect(perTheme).toEqual([9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12]);
  });

  it('keeps titles free of Markdown and WCAG references as bare success-criterion numbers', () => {
    expect(rgaaCriterion('1.1')?.title).toBe(
      'Chaque image porteuse d’information a-t-elle une alternative textuelle ?',
    );
    for (const c of rgaaCriteria) {
      expect(c.title).not.toMatch(/[[\]`]/);
      for (const sc of c.wcag) expect(sc).toMatch(/^\d\.\d+\.\d+$/);
    }
  });

  it('describes 3.3 as the contrast of interface components and graphics (WCAG 1.4.11)', () => {
    const criterion = rgaaCriterion('3.3');
    expect(criterion?.title).toContain('suffisamment contrastées');
    expect(criterion?.title).toContain('composants d’interface');
    expect(criterion?.wcag).toEqual(['1.4.11']);
    expect(rgaaCriterion('99.1')).toBeUndefined();
  });

  it('finds criteria by technique, case-insensitively', () => {
    expect(rgaaForTechnique('H37')).toContain('1.1');
    expect(rgaaForTechnique('h37')).toEqual(rgaaForTechnique('H37'));
    expect(rgaaForTechnique('H64')).toEqual(['2.1', '2.2']);
    expect(rgaaForTechnique('NOPE1')).toEqual([]);
  });

  it('finds criteria by WCAG success criterion', () => {
    expect(rgaaForWcag('1.4.3')).toContain('3.2');
    expect(rgaaForWcag('3.1.1')).toContain('8.3');
    expect(rgaaForWcag('1.4.11')).toEqual(['3.3']);
  });

  it('links to the official criterion page', () => {
    expect(rgaaUrl('3.3')).toBe('https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#3.3');
  });
});
