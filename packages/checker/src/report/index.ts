/** The formats of `charte check --format`. */
import type { Report } from '../model/index.ts';
import type { ReportOptions } from './common.ts';
import { githubReport } from './github.ts';
import { htmlReport } from './html.ts';
import { jsonReport } from './json.ts';
import { junitReport } from './junit.ts';
import { sarifReport } from './sarif.ts';
import { textReport } from './text.ts';

export type { Lang, ReportOptions } from './common.ts';
export { type GithubOutput, githubReport } from './github.ts';
export { htmlReport } from './html.ts';
export { jsonReport } from './json.ts';
export { junitReport } from './junit.ts';
export { findingFingerprint, sarifReport } from './sarif.ts';
export { textReport } from './text.ts';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'junit' | 'html' | 'github';
export type Reporter = (report: Report, options?: ReportOptions) => string;

/** Every format by name; `github` gives its annotations (use `githubReport` for the job summary too). */
export const reporters: Record<ReportFormat, Reporter> = {
  text: textReport,
  json: jsonReport,
  sarif: sarifReport,
  junit: (report) => junitReport(report),
  html: htmlReport,
  github: (report, options) => githubReport(report, options).annotations,
};

/** The names of the formats, for option parsing and help. */
export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[];

/** The report in a format, as a string ready to print or write. */
export function formatReport(format: ReportFormat, report: Report, options: ReportOptions = {}): string {
  return reporters[format](report, options);
}
