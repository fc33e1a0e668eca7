/**
 * HTML_CodeSniffer's issues as charte findings: one rule per HTMLCS code (`htmlcs/<code>` without the
 * standard's prefix), mapped to RGAA criteria through the WCAG techniques the code names, or through
 * its WCAG success criterion when RGAA cites none of those techniques.
 */
import { rgaaForTechnique, rgaaForWcag, rgaaUrl } from '../data/rgaa.ts';
import type { Reference, RuleMeta } from '../model/index.ts';
import type { PageSnapshot } from '../model/page.ts';
import type { Issue } from '../model/rule.ts';

export interface HtmlcsCode {
  ruleId: string;
  /** WCAG success criterion, `1.4.3`. */
  wcag: string;
  /** WCAG techniques named by the code (`G18`, `H37`, `ARIA6`). */
  techniques: string[];
  rgaa: string[];
  /** Whether the RGAA criteria come from a technique (precise) or from the success criterion (broad). */
  rgaaBy: 'technique' | 'wcag' | 'none';
}

const TECHNIQUE_FOLDERS: Record<string, string> = {
  G: 'general',
  H: 'html',
  ARIA: 'aria',
  C: 'css',
  F: 'failures',
  SCR: 'client-side-script',
  PDF: 'pdf',
  SVR: 'server-side-script',
};

/** `WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail` → its WCAG criterion, techniques and RGAA criteria. */
export function parseHtmlcsCode(code: string): HtmlcsCode {
  const parts = code.split('.');
  const [, , , criterion = '', ...rest] = parts;
  const wcag = (/^(\d+)_(\d+)_(\d+)/.exec(criterion) ?? []).slice(1, 4).join('.');
  const techniques = [
    ...new Set(rest.flatMap((p) => p.split(',')).filter((t) => /^(G|H|ARIA|C|F|SCR|PDF|SVR)\d+$/.test(t))),
  ];
  const byWcag = wcag ? rgaaForWcag(wcag) : [];
  // A technique can serve several criteria (G18: text and non-text contrast); those of the code's own
  // success criterion come first.
  let byTechnique = [...new Set(techniques.flatMap(rgaaForTechnique))];
  const both = byTechnique.filter((id) => byWcag.includes(id));
  if (both.length) byTechnique = both;
  return {
    ruleId: `htmlcs/${parts.slice(1).join('.')}`,
    wcag,
    techniques,
    rgaa: byTechnique.length ? byTechnique : byWcag,
    rgaaBy: byTechnique.length ? 'technique' : byWcag.length ? 'wcag' : 'none',
  };
}

const techniqueUrl = (t: string) => {
  const prefix = /^[A-Z]+/.exec(t)?.[0] ?? '';
  return `https://www.w3.org/WAI/WCAG21/Techniques/${TECHNIQUE_FOLDERS[prefix] ?? 'general'}/${t}`;
};

/** The rule an HTMLCS code stands for, for reports (SARIF rules, the HTML report's help). */
export function htmlcsRule(code: string): RuleMeta {
  const parsed = parseHtmlcsCode(code);
  const label = `WCAG ${parsed.wcag || '?'}${parsed.techniques.length ? ` (${parsed.techniques.join(', ')})` : ''}`;
  const references: Reference[] = [
    ...parsed.rgaa.map((id) => ({ type: 'rgaa' as const, id, url: rgaaUrl(id) })),
    ...(parsed.wcag ? [{ type: 'wcag' as const, id: parsed.wcag }] : []),
  ];
  const techniques = parsed.techniques.map(techniqueUrl).join(' ');
  return {
    id: parsed.ruleId,
    title: { fr: `HTML_CodeSniffer : ${label}`, en: `HTML_CodeSniffer: ${label}` },
    help: {
      fr: `Contrôle ${code} de HTML_CodeSniffer (moteur de pa11y), en second avis. ${techniques}`.trim(),
      en: `HTML_CodeSniffer check ${code} (pa11y's engine), as a second opinion. ${techniques}`.trim(),
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references,
  };
}

/** The issues of each HTMLCS code on a page, by rule id; HTMLCS warnings are warnings. */
export function htmlcsIssues(page: Pick<PageSnapshot, 'htmlcs'>): Map<string, Issue[]> {
  const byRule = new Map<string, Issue[]>();
  for (const issue of page.htmlcs ?? []) {
    const parsed = parseHtmlcsCode(issue.code);
    const list = byRule.get(parsed.ruleId) ?? [];
    list.push({
      message: `${issue.type === 'warning' ? 'Needs review: ' : ''}${issue.message}`,
      location: { selector: issue.selector, snippet: issue.snippet },
      ...(parsed.rgaa.length ? { rgaa: parsed.rgaa } : {}),
      data: { code: issue.code, engine: 'htmlcs', rgaaBy: parsed.rgaaBy },
      ...(issue.type === 'warning' ? { severity: 'warn' as const } : {}),
    });
    byRule.set(parsed.ruleId, list);
  }
  return byRule;
}

/** The rules met in a run's snapshots, for the report. */
export function htmlcsRulesOf(codes: Iterable<string>): RuleMeta[] {
  const seen = new Map<string, RuleMeta>();
  for (const code of codes) {
    const id = parseHtmlcsCode(code).ruleId;
    if (!seen.has(id)) seen.set(id, htmlcsRule(code));
  }
  return [...seen.values()];
}
