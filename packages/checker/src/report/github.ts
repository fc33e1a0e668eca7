/** GitHub Actions: workflow-command annotations and a Markdown job summary. */
import type { Report } from '../model/index.ts';
import { countFindings, filePath, isLocal, type ReportOptions, whereLabel } from './common.ts';
import { count, verdict, words } from './i18n.ts';

/** What `githubReport` gives: lines for the log, and Markdown for `$GITHUB_STEP_SUMMARY`. */
export interface GithubOutput {
  annotations: string;
  summary: string;
}

/**
 * One `::error` or `::warning` workflow command per finding (`title` is the rule id, `file` the relative path of
 * a local file), one `::error title=charte` per target that could not be checked; and a Markdown summary with
 * the verdict and a table of targets, for the caller to append to `$GITHUB_STEP_SUMMARY`.
 */
export function githubReport(report: Report, options: ReportOptions = {}): GithubOutput {
  const lines: string[] = [];
  for (const { target, findings, error } of report.results) {
    const file = isLocal(target) ? filePath(target) : undefined;
    const prefix = file ? '' : `${target.id}: `;
    if (error) {
      lines.push(
        command('error', { file, title: 'charte' }, `${prefix}could not be checked (${error.code}): ${error.message}`),
      );
    }
    for (const finding of findings) {
      const where = whereLabel(finding.location);
      const message = `${prefix}${finding.message}${where ? ` (${where})` : ''}`;
      lines.push(command(finding.severity === 'error' ? 'error' : 'warning', { file, title: finding.ruleId }, message));
    }
  }
  return { annotations: lines.length ? `${lines.join('\n')}\n` : '', summary: markdownSummary(report, options) };
}

/** `::level key=value,…::message`, with GitHub's escaping of data and property values. */
export function command(level: 'error' | 'warning', properties: Record<string, string | undefined>, message: string) {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** `%`, CR and LF of a workflow command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** What `escapeData` escapes, plus `:` and `,` of a workflow command's property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function markdownSummary(report: Report, options: ReportOptions): string {
  const lang = options.lang ?? 'en';
  const w = words(lang);
  const { outcome, label, detail } = verdict(report.summary, lang);
  const rows = report.results.map((result) => {
    const { errors, warnings } = countFindings(result.findings);
    const status =
      result.status === 'checked'
        ? `✅ ${w.checked}`
        : `❌ ${w.failed}${result.error ? ` (${result.error.code}: ${result.error.message})` : ''}`;
    const checked = result.status === 'checked';
    const name = isLocal(result.target) ? `\`${result.target.id.replace(/[`|\r\n]/g, '')}\`` : link(result.target.id);
    return `| ${name} | ${cell(status)} | ${checked ? errors : '–'} | ${checked ? warnings : '–'} |`;
  });
  return [
    `## ${w.report}`,
    '',
    `${outcome === 0 ? '✅' : '❌'} **${label}**${w.colon}${cell(detail)}`,
    '',
    `| ${w.target} | ${w.status} | ${w.errors} | ${w.warnings} |`,
    '| --- | --- | ---: | ---: |',
    ...rows,
    '',
    `${count(lang, report.summary.targets, 'target')} · ${report.tool.name} ${report.tool.version} · ${w.charter.toLowerCase()} \`${report.charter}\``,
    '',
  ].join('\n');
}

/** A Markdown link to a URL, safe in a table cell. */
function link(url: string): string {
  const href = url.replace(/[()<>|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${cell(url)}](${href})`;
}

/** Text for a Markdown table cell: one line, no pipe, no HTML, no emphasis or link syntax. */
function cell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|*_`[\]]/g, (c) => `\\${c}`);
}
