import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/model/index.ts';
import { findingFingerprint, sarifReport } from '../../src/report/sarif.ts';
import { fixtureReport, LOCAL, MISSING, PAGE, RULES, resultOf } from './fixture.ts';

function run(report = fixtureReport(), cwd?: string): Sarif.Run {
  const log: Sarif.Log = JSON.parse(sarifReport(report, cwd ? { cwd } : {}));
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

const fingerprints = (r: Sarif.Run) => r.results!.map((x) => x.partialFingerprints!['charte/v1']);

describe('SARIF report', () => {
  it('is a SARIF 2.1.0 log of one run by charte', () => {
    const log = JSON.parse(sarifReport(fixtureReport()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'charte', version: '0.1.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
  });

  it('describes every rule, with levels, references and tags', () => {
    const rules = run().tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('brand/bloc-marque')!.defaultConfiguration!.level).toBe('error');
    expect(byId.get('brand/palette')!.defaultConfiguration!.level).toBe('warning');
    expect(byId.get('axe/region')!.defaultConfiguration!.level).toBe('none');
    const contrast = byId.get('rgaa/3.2')!;
    expect(contrast.shortDescription!.text).toBe('Text contrast');
    expect(contrast.fullDescription!.text).toBe('Text has enough contrast with its background.');
    expect(contrast.help!.markdown).toContain(
      '[RGAA 3.2 Contraste](https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#3.2)',
    );
    expect(contrast.help!.markdown).toContain('[WCAG 1.4.3 Contrast (Minimum)](https://www.w3.org/WAI/WCAG22/');
    expect(contrast.help!.text).toContain('- RGAA 3.2 Contraste: https://accessibilite.numerique.gouv.fr/');
    expect(contrast.properties!.tags).toEqual(expect.arrayContaining(['accessibility', 'rgaa-3.2', 'wcag-1.4.3']));
    expect(byId.get('brand/bloc-marque')!.properties!.tags).toContain('brand');
    expect(byId.get('brand/bloc-marque')!.properties!.tags).not.toContain('accessibility');
  });

  it('gives one result per finding, pointing at its rule, level and place', () => {
    const r = run();
    expect(r.results).toHaveLength(4);
    for (const result of r.results!) expect(r.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(r.results!.map((x) => x.level)).toEqual(['error', 'error', 'error', 'warning']);
    const contrast = r.results![1]!;
    expect(contrast.message.text).toContain('Text contrast is 2.85:1');
    expect(contrast.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(PAGE);
    expect(contrast.locations![0]!.physicalLocation!.region!.startLine).toBe(1);
    expect(contrast.locations![0]!.logicalLocations).toEqual([
      { fullyQualifiedName: 'main > p.intro', kind: 'element' },
    ]);
  });

  it('names a local file by its relative path, under SRCROOT when the working directory is given', () => {
    const report = fixtureReport();
    resultOf(report, LOCAL).findings.push({ ruleId: 'rgaa/8.3', severity: 'warn', message: 'No lang attribute.' });
    const plain = run(report).results!.at(-1)!.locations![0]!;
    expect(plain.physicalLocation!.artifactLocation).toEqual({ uri: 'site/index.html' });
    expect(plain.logicalLocations).toBeUndefined();
    const rooted = run(report, '/home/ci/my site');
    expect(rooted.results!.at(-1)!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'site/index.html',
      uriBaseId: 'SRCROOT',
    });
    expect(rooted.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///home/ci/my%20site/' } });
  });

  it('keeps fingerprints when messages and data change, and tells places apart', () => {
    const before = fingerprints(run());
    for (const f of before) expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(before).size).toBe(before.length);

    const report = fixtureReport();
    for (const f of resultOf(report, PAGE).findings) {
      f.message = `${f.message} Reworded.`;
      f.data = { ratio: 1 };
    }
    expect(fingerprints(run(report))).toEqual(before);

    resultOf(report, PAGE).findings[1]!.location!.selector = 'main > p.lead';
    const moved = fingerprints(run(report));
    expect(moved[1]).not.toBe(before[1]);
    expect(moved.filter((f, i) => f === before[i])).toHaveLength(3);
  });

  it('tells apart findings of one rule at the same place, and keeps the first one stable', () => {
    const report = fixtureReport();
    const page = resultOf(report, PAGE);
    const first = findingFingerprint(page.target, page.findings[0]!);
    page.findings.push({ ...page.findings[0]!, message: 'Another one.' });
    const all = fingerprints(run(report));
    expect(all[0]).toBe(first);
    expect(all.at(-1)).not.toBe(first);
  });

  it('reports targets that could not be checked as failed execution', () => {
    const [invocation] = run().invocations!;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toHaveLength(1);
    const notification = invocation!.toolExecutionNotifications![0]!;
    expect(notification.level).toBe('error');
    expect(notification.message.text).toContain('http-status');
    expect(notification.message.text).toContain('HTTP 404');
    expect(notification.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(MISSING);

    const report = fixtureReport();
    report.results = report.results.filter((r) => r.status === 'checked');
    report.summary = summarise(report.results);
    const ok = run(report).invocations![0]!;
    expect(ok.executionSuccessful).toBe(true);
    expect(ok.toolExecutionNotifications).toEqual([]);
  });

  it('adds a descriptor for a finding whose rule is not listed', () => {
    const report = fixtureReport();
    resultOf(report, PAGE).findings.push({ ruleId: 'axe/image-alt', severity: 'error', message: 'Image has no alt.' });
    const r = run(report);
    const last = r.results!.at(-1)!;
    expect(r.tool.driver.rules![last.ruleIndex!]!.id).toBe('axe/image-alt');
    expect(r.tool.driver.rules).toHaveLength(RULES.length + 1);
  });
});
