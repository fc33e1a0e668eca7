import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/rules/doc.ts';
import { allRules } from '../src/rules/index.ts';

describe('rules', () => {
  it('have unique ids, French and English titles and help, and references', () => {
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
    for (const r of allRules) {
      expect(r.id, r.id).toMatch(/^(brand|page|rgaa|axe|pdf|svg|asset)\/[\w.-]+$/);
      expect(r.title.fr && r.title.en && r.help.fr && r.help.en, r.id).toBeTruthy();
    }
    expect(
      allRules.filter((r) => r.id.startsWith('axe/') && r.references.some((x) => x.type === 'rgaa')).length,
    ).toBeGreaterThan(30);
  });

  it('are documented in docs/rules.md as generated (run `pnpm rules:doc` after changing one)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesMarkdown());
  });
});
