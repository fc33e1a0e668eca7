import { describe, expect, it } from 'vitest';
import { command, escapeData, escapeProperty, githubReport } from '../../src/report/github.ts';
import { formatReport } from '../../src/report/index.ts';
import { fixtureReport, LOCAL, MISSING, PAGE, resultOf } from './fixture.ts';

describe('GitHub Actions report', () => {
  it('writes one annotation per finding and one per target that could not be checked', () => {
    const lines = githubReport(fixtureReport()).annotations.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(1);
    expect(lines).toContain(
      `::error title=rgaa/3.2::${PAGE}: Text contrast is 2.85:1 (#8a8a8a on #ffffff), expected at least 4.5:1. (main > p.intro)`,
    );
    expect(lines).toContain(`::error title=charte::${MISSING}: could not be checked (http-status): HTTP 404`);
    expect(lines.some((l) => l.includes('file='))).toBe(false);
  });

  it('names a local file with file=, by its relative path', () => {
    const report = fixtureReport();
    resultOf(report, LOCAL).findings.push({
      ruleId: 'rgaa/8.3',
      severity: 'warn',
      message: 'No lang attribute.',
      location: { selector: 'html' },
    });
    const lines = githubReport(report).annotations.trimEnd().split('\n');
    expect(lines).toContain(`::warning file=${LOCAL},title=rgaa/8.3::No lang attribute. (html)`);
  });

  it('escapes messages and properties as GitHub requires', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir, a:b%\n')).toBe('dir%2C a%3Ab%25%0A');
    const report = fixtureReport();
    report.results[1]!.target.id = 'site/a,b:c.html';
    resultOf(report, 'site/a,b:c.html').findings.push({
      ruleId: 'brand/palette',
      severity: 'error',
      message: 'Line one\nline two at 50%',
    });
    const lines = githubReport(report).annotations.trimEnd().split('\n');
    expect(lines).toContain('::error file=site/a%2Cb%3Ac.html,title=brand/palette::Line one%0Aline two at 50%25');
    for (const line of lines) expect(line).toMatch(/^::(error|warning) [^\n]*::[^\n]*$/);
  });

  it('leaves out properties that have no value', () => {
    expect(command('warning', { file: undefined, title: 'x' }, 'm')).toBe('::warning title=x::m');
  });

  it('gives a Markdown summary with the verdict and a row per target', () => {
    const report = fixtureReport();
    resultOf(report, MISSING).error!.message = 'HTTP 404 | <b>gone</b>';
    const { summary } = githubReport(report);
    const rows = summary.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| Target | Status | Errors | Warnings |');
    expect(rows.slice(2)).toEqual([
      `| [${PAGE}](${PAGE}) | ✅ checked | 3 | 1 |`,
      `| \`${LOCAL}\` | ✅ checked | 0 | 0 |`,
      `| [${MISSING}](${MISSING}) | ❌ failed (http-status: HTTP 404 \\| &lt;b&gt;gone&lt;/b&gt;) | – | – |`,
    ]);
    expect(summary).toContain('**Incomplete**: 3 errors, 1 warning, 1 of 3 targets not checked (2 baselined).');
    expect(githubReport(report, { lang: 'fr' }).summary).toContain('| Cible | État | Erreurs | Avertissements |');
  });

  it('is the annotations in the registry of formats', () => {
    const report = fixtureReport();
    expect(formatReport('github', report)).toBe(githubReport(report).annotations);
  });
});
