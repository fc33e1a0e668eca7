/** The machine-readable report, described by schema/report.schema.json. */
import type { Report } from '../model/index.ts';
import type { ReportOptions } from './common.ts';

/**
 * The report as JSON, indented by 2 spaces, ending with a newline. Screenshots (`results[].screenshot`) are left
 * out unless `options.includeScreenshots`: they are large and only the HTML report shows them.
 */
export function jsonReport(report: Report, options: ReportOptions = {}): string {
  const out: Report = options.includeScreenshots
    ? report
    : { ...report, results: report.results.map(({ screenshot: _, ...result }) => result) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
