/** What the reporters share: their options, target and location helpers, counts. */
import type { Finding, Location, Report, RuleMeta, Target } from '../model/index.ts';

export type Lang = 'fr' | 'en';

/** Options of the reporters; each reads the fields that concern it. */
export interface ReportOptions {
  /** ANSI colours in the text report. */
  color?: boolean;
  /** Language of rule titles and labels (text, html, github summary); `en` by default. */
  lang?: Lang;
  /** Keep `results[].screenshot` in the JSON report. */
  includeScreenshots?: boolean;
  /** Absolute directory that local target ids are relative to; SARIF records it as `SRCROOT`. */
  cwd?: string;
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** A target named by a file path (served by the internal server) rather than by a URL. */
export function isLocal(target: Target): boolean {
  return !isHttpUrl(target.id);
}

/** The relative file path of a local target, with forward slashes and no leading `./`. */
export function filePath(target: Target): string {
  return target.id.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The rules of the report by id. */
export function rulesById(report: Report): Map<string, RuleMeta> {
  return new Map(report.rules.map((rule) => [rule.id, rule]));
}

/** Error and warning counts of a list of findings. */
export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** Where a finding is, in a few words: its selector, or its page in a document. */
export function whereLabel(location: Location | undefined): string | undefined {
  if (location?.selector) return location.selector;
  if (location?.page !== undefined) return `page ${location.page}`;
  return undefined;
}

/** Findings grouped by rule id, in the order rules first appear. */
export function groupByRule(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

/** Replaces control characters (C0, DEL, C1, so also terminal escapes) and line breaks by spaces. */
export function oneLine(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
