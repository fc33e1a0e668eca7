import { describe, expect, it } from 'vitest';
import { formatReport, REPORT_FORMATS, reporters } from '../../src/report/index.ts';
import { jsonReport } from '../../src/report/json.ts';
import { textReport } from '../../src/report/text.ts';
import { fixtureReport } from './fixture.ts';

describe('report formats', () => {
  it('offers the six formats of charte check', () => {
    expect(REPORT_FORMATS.sort()).toEqual(['github', 'html', 'json', 'junit', 'sarif', 'text']);
  });

  it('formats a report in each, passing the options on', () => {
    const report = fixtureReport();
    expect(formatReport('json', report)).toBe(jsonReport(report));
    expect(formatReport('json', report, { includeScreenshots: true })).toBe(
      jsonReport(report, { includeScreenshots: true }),
    );
    expect(formatReport('text', report, { lang: 'fr' })).toBe(textReport(report, { lang: 'fr' }));
    expect(formatReport('sarif', report).startsWith('{')).toBe(true);
    expect(formatReport('junit', report).startsWith('<?xml')).toBe(true);
    expect(formatReport('html', report, { lang: 'fr' })).toContain('<html lang="fr">');
    for (const format of REPORT_FORMATS) expect(reporters[format](report).endsWith('\n'), format).toBe(true);
  });
});
