import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/model/index.ts';
import { textReport } from '../../src/report/text.ts';
import { fixtureReport, LOCAL, MISSING, PAGE, resultOf } from './fixture.ts';

const ESC = '\u001b';

describe('text report', () => {
  it('shows each target with its status, and the error of a failed one', () => {
    const out = textReport(fixtureReport());
    expect(out).toMatch(new RegExp(`^${PAGE}  checked  3 errors, 1 warning$`, 'm'));
    expect(out).toMatch(new RegExp(`^${LOCAL}  checked  0 errors, 0 warnings$`, 'm'));
    expect(out).toMatch(new RegExp(`^${MISSING}  failed\\n  http-status  HTTP 404$`, 'm'));
  });

  it('prints one line per finding: severity, rule id, message and selector', () => {
    const lines = textReport(fixtureReport()).split('\n');
    const findings = lines.filter((l) => /^ {2}(error|warning) /.test(l));
    expect(findings).toHaveLength(4);
    expect(findings).toContain(
      '  error    rgaa/3.2           Text contrast is 2.85:1 (#8a8a8a on #ffffff), expected at least 4.5:1. (main > p.intro)',
    );
    expect(findings.filter((l) => l.startsWith('  warning  brand/palette '))).toHaveLength(1);
  });

  it('ends with the summary table and a verdict', () => {
    const lines = textReport(fixtureReport()).trimEnd().split('\n');
    const [head, values, , last] = lines.slice(-4);
    expect(head!.trim().split(/\s+/)).toEqual(['Targets', 'Checked', 'Failed', 'Errors', 'Warnings', 'Baselined']);
    expect(values!.trim().split(/\s+/)).toEqual(['3', '2', '1', '3', '1', '2']);
    expect(last).toBe('Incomplete: 3 errors, 1 warning, 1 of 3 targets not checked (2 baselined).');
  });

  it('says passed or failed according to the counts', () => {
    const report = fixtureReport();
    report.results = report.results.filter((r) => r.status === 'checked');
    report.summary = summarise(report.results);
    expect(textReport(report).trimEnd().split('\n').at(-1)).toBe('Failed: 3 errors, 1 warning, 2 targets checked.');
    resultOf(report, PAGE).findings = resultOf(report, PAGE).findings.filter((f) => f.severity === 'warn');
    report.summary = summarise(report.results);
    expect(textReport(report).trimEnd().split('\n').at(-1)).toBe('Passed: 0 errors, 1 warning, 2 targets checked.');
  });

  it('lists the rules that fired with their titles in the chosen language', () => {
    const en = textReport(fixtureReport());
    expect(en).toMatch(/^ {2}rgaa\/3\.2 +Text contrast +\(2 errors\)$/m);
    const fr = textReport(fixtureReport(), { lang: 'fr' });
    expect(fr).toMatch(/^ {2}rgaa\/3\.2 +Contraste du texte +\(2 erreurs\)$/m);
    expect(fr).toContain('  erreur         rgaa/3.2');
    expect(fr.trimEnd().split('\n').at(-1)).toBe(
      'Incomplet : 3 erreurs, 1 avertissement, 1 cible non vérifiée sur 3 (2 dans la référence).',
    );
  });

  it('uses ANSI colours only when asked', () => {
    expect(textReport(fixtureReport())).not.toContain(ESC);
    const coloured = textReport(fixtureReport(), { color: true });
    expect(coloured).toContain(`${ESC}[31merror  ${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[33mwarning${ESC}[0m`);
  });

  it('neutralises control characters coming from pages', () => {
    const report = fixtureReport();
    resultOf(report, PAGE).findings[0]!.message = `Bad ${ESC}[2J title\nsecond line`;
    const out = textReport(report);
    expect(out).not.toContain(ESC);
    expect(out).toContain('Bad  [2J title second line (header.fr-header .fr-header__brand)');
  });
});
