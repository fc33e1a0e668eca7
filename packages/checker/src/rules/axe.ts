/**
 * axe-core's WCAG 2.1 A and AA rules, one charte rule each (`axe/<axe id>`), every finding carrying
 * the RGAA criteria axe tags it with. Violations keep the configured severity; "needs review" results
 * are warnings, never errors.
 */
import { createRequire } from 'node:module';
import type { Reference, RuleMeta } from '../model/index.ts';
import type { PageSnapshot } from '../model/page.ts';
import type { Issue } from '../model/rule.ts';

const require = createRequire(import.meta.url);
const axe = require('axe-core') as {
  version: string;
  getRules(tags?: string[]): { ruleId: string; description: string; help: string; helpUrl: string; tags: string[] }[];
};

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const axeVersion = axe.version;

/** `RGAA-3.2.1` → `3.2` (criterion), de-duplicated. */
export function rgaaCriteria(tags: string[]): string[] {
  return [...new Set(tags.flatMap((t) => /^RGAA-(\d+\.\d+)(?:\.\d+)?$/.exec(t)?.[1] ?? []))];
}

/** `wcag143` → `1.4.3`. */
const wcagCriteria = (tags: string[]) =>
  tags.flatMap((t) => {
    const m = /^wcag(\d)(\d)(\d+)$/.exec(t);
    return m ? [`${m[1]}.${m[2]}.${m[3]}`] : [];
  });

export const axeRules: RuleMeta[] = axe.getRules(AXE_TAGS).map((r) => {
  const rgaa = rgaaCriteria(r.tags);
  const references: Reference[] = [
    ...rgaa.map((id) => ({
      type: 'rgaa' as const,
      id,
      url: `https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#${id}`,
    })),
    ...wcagCriteria(r.tags).map((id) => ({ type: 'wcag' as const, id })),
  ];
  return {
    id: `axe/${r.ruleId}`,
    title: { fr: r.help, en: r.help },
    help: { fr: `${r.description}. ${r.helpUrl}`, en: `${r.description}. ${r.helpUrl}` },
    defaultSeverity: 'error',
    kinds: ['page'],
    references,
  };
});

/** The issues of one axe rule on a page, by rule id. */
export function axeIssues(page: PageSnapshot): Map<string, Issue[]> {
  const byRule = new Map<string, Issue[]>();
  if (!page.axe) return byRule;
  for (const [results, review] of [
    [page.axe.violations, false],
    [page.axe.incomplete, true],
  ] as const) {
    for (const r of results) {
      const list = byRule.get(`axe/${r.id}`) ?? [];
      const rgaa = rgaaCriteria(r.tags);
      for (const node of r.nodes) {
        list.push({
          message: `${review ? 'Needs review: ' : ''}${r.help}.${node.message ? ` ${node.message}` : ''}`,
          location: { selector: node.selector, snippet: node.snippet },
          ...(rgaa.length ? { rgaa } : {}),
          data: { impact: r.impact, helpUrl: r.helpUrl, ...(review ? { needsReview: true } : {}) },
          ...(review ? { severity: 'warn' as const } : {}),
        } satisfies Issue);
      }
      byRule.set(`axe/${r.id}`, list);
    }
  }
  return byRule;
}
