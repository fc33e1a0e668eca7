/** The machine-readable report, described by schema/report.schema.json. */
import type { Report } from '../model/index.ts';
import type { ReportOptions } from './common.ts';

/**
 * The report as JSON, indented by 2 spaces, ending with a newline. Screenshots and asset previews
 * (`results[].screenshot`, `results[].preview`) are left out unless `options.includeScreenshots`: they are large
 * and only the HTML report shows them. Targets' absolute file paths stay out (the id names the file).
 */
export function jsonReport(report: Report, options: ReportOptions = {}): string {
  const out: Report = {
    ...report,
    results: report.results.map(({ screenshot, preview, target: { file: _, ...target }, ...result }) => ({
      ...result,
      target,
      ...(options.includeScreenshots && screenshot ? { screenshot } : {}),
      ...(options.includeScreenshots && preview ? { preview } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
