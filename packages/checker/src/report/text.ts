/** The terminal report: findings grouped by target, the rules that fired, a summary table and a verdict. */
import type { FindingSeverity, Report } from '../model/index.ts';
import { countFindings, groupByRule, oneLine, type ReportOptions, rulesById, whereLabel } from './common.ts';
import { count, verdict, words } from './i18n.ts';

const ANSI = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

/**
 * Formats a report for a terminal: per target its status (and error when it failed) and one line per finding,
 * `severity ruleId message (selector)`; then the rules that fired with their titles in `options.lang`, a summary
 * table and a final verdict. ANSI colours only with `options.color`; control characters from pages are replaced.
 */
export function textReport(report: Report, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const w = words(lang);
  const paint = (style: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
  const sevLabel = (s: FindingSeverity) => (s === 'error' ? w.error : w.warning).toLowerCase();
  const sevWidth = Math.max(sevLabel('error').length, sevLabel('warn').length);
  const rules = rulesById(report);
  const lines: string[] = [];

  for (const result of report.results) {
    const { errors, warnings } = countFindings(result.findings);
    const status = result.status === 'checked' ? paint('green', w.checked) : paint('red', w.failed);
    const counts =
      result.status === 'checked' ? `  ${count(lang, errors, 'error')}, ${count(lang, warnings, 'warning')}` : '';
    lines.push(`${paint('bold', oneLine(result.target.id))}  ${status}${counts}`);
    if (result.error) lines.push(`  ${paint('red', oneLine(result.error.code))}  ${oneLine(result.error.message)}`);
    const idWidth = Math.max(0, ...result.findings.map((f) => f.ruleId.length));
    for (const finding of result.findings) {
      const sev = sevLabel(finding.severity).padEnd(sevWidth);
      const where = whereLabel(finding.location);
      lines.push(
        [
          '',
          paint(finding.severity === 'error' ? 'red' : 'yellow', sev),
          finding.ruleId.padEnd(idWidth),
          oneLine(finding.message) + (where ? ` ${paint('dim', `(${oneLine(where)})`)}` : ''),
        ]
          .join('  ')
          .trimEnd(),
      );
    }
    lines.push('');
  }

  const fired = groupByRule(report.results.flatMap((r) => r.findings));
  if (fired.size > 0) {
    lines.push(paint('bold', w.rules));
    const idWidth = Math.max(...[...fired.keys()].map((id) => id.length));
    const titleOf = (id: string) => rules.get(id)?.title[lang] ?? '';
    const titleWidth = Math.max(...[...fired.keys()].map((id) => titleOf(id).length));
    for (const [id, findings] of fired) {
      const { errors, warnings } = countFindings(findings);
      const title = titleOf(id).padEnd(titleWidth);
      const tally = [errors && count(lang, errors, 'error'), warnings && count(lang, warnings, 'warning')].filter(
        Boolean,
      );
      lines.push(`  ${id.padEnd(idWidth)}  ${title}  ${paint('dim', `(${tally.join(', ')})`)}`);
    }
    lines.push('');
  }

  const s = report.summary;
  const head = [w.targets, w.checkedCount, w.failedCount, w.errors, w.warnings, w.baselined];
  const values = [s.targets, s.checked, s.failed, s.errors, s.warnings, s.baselined].map(String);
  const widths = head.map((h, i) => Math.max(h.length, values[i]!.length));
  lines.push(head.map((h, i) => h.padStart(widths[i]!)).join('  '));
  lines.push(values.map((v, i) => v.padStart(widths[i]!)).join('  '));
  lines.push('');
  const { outcome, text } = verdict(s, lang);
  lines.push(paint('bold', paint(outcome === 0 ? 'green' : 'red', text)));
  return `${lines.join('\n')}\n`;
}
