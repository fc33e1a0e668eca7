/**
 * `charte merge`: the JSON reports of the shards of a run become one report with the same totals as
 * a single run, and files that are not charte reports are refused with their name.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Finding, REPORT_VERSION, type Report, type RuleMeta, type TargetResult } from '../../src/model/index.ts';
import { mergeReports, mergeShardReports, readReportFile } from '../../src/run/merge.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const rule = (id: string): RuleMeta => ({
  id,
  title: { fr: id, en: id },
  help: { fr: id, en: id },
  defaultSeverity: 'error',
  kinds: ['page'],
  references: [],
});

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, severity, message: ruleId });

const result = (id: string, findings: Finding[], status: TargetResult['status'] = 'checked'): TargetResult => ({
  target: { id, url: `https://www.example.gouv.fr/${id}`, kind: 'page', origin: 'argument' },
  status,
  ...(status === 'failed' ? { error: { code: 'http-status', message: 'HTTP 500' } } : {}),
  findings,
  durationMs: 10,
  attempts: 1,
});

function report(overrides: Partial<Report> & Pick<Report, 'results'>): Report {
  return {
    version: REPORT_VERSION,
    tool: { name: 'charte', version: '0.1.0' },
    charter: 'etat',
    startedAt: '2025-03-01T10:00:00.000Z',
    durationMs: 1000,
    rules: [rule('brand/bloc-marque'), rule('rgaa/3.2')],
    summary: { targets: 0, checked: 0, failed: 0, errors: 0, warnings: 0, baselined: 0 },
    ...overrides,
  };
}

const shard1 = report({
  startedAt: '2025-03-01T10:00:05.000Z',
  durationMs: 4000,
  results: [
    result('a', [finding('brand/bloc-marque', 'error'), finding('rgaa/3.2', 'warn')]),
    result('b', [], 'failed'),
  ],
  summary: { targets: 2, checked: 1, failed: 1, errors: 1, warnings: 1, baselined: 2 },
});
const shard2 = report({
  startedAt: '2025-03-01T09:59:58.000Z',
  durationMs: 6500,
  rules: [rule('rgaa/3.2'), rule('axe/color-contrast')],
  results: [result('c', [finding('axe/color-contrast', 'error'), finding('rgaa/3.2', 'error')])],
  summary: { targets: 1, checked: 1, failed: 0, errors: 2, warnings: 0, baselined: 3 },
});

describe('mergeReports', () => {
  it('joins the shards: results in order, rules once, totals recomputed, earliest start, longest run', () => {
    const merged = mergeReports([shard1, shard2]);
    expect(merged.results.map((r) => r.target.id)).toEqual(['a', 'b', 'c']);
    expect(merged.rules.map((r) => r.id)).toEqual(['brand/bloc-marque', 'rgaa/3.2', 'axe/color-contrast']);
    expect(merged.summary).toEqual({ targets: 3, checked: 2, failed: 1, errors: 3, warnings: 1, baselined: 5 });
    expect(merged.startedAt).toBe('2025-03-01T09:59:58.000Z');
    expect(merged.durationMs).toBe(6500);
    expect(merged.version).toBe(REPORT_VERSION);
    expect(merged.charter).toBe('etat');
    expect(merged.tool).toEqual({ name: 'charte', version: '0.1.0' });
  });

  it('keeps the later result of a target found in two reports, counts it once and names it', () => {
    const retried = report({
      startedAt: '2025-03-01T10:05:00.000Z',
      results: [result('b', [finding('rgaa/3.2', 'warn')])],
      summary: { targets: 1, checked: 1, failed: 0, errors: 0, warnings: 1, baselined: 0 },
    });
    const { report: merged, duplicates } = mergeShardReports([shard1, shard2, retried]);
    expect(duplicates).toEqual(['b']);
    expect(merged.results.map((r) => [r.target.id, r.status])).toEqual([
      ['a', 'checked'],
      ['b', 'checked'],
      ['c', 'checked'],
    ]);
    expect(merged.summary).toEqual({ targets: 3, checked: 3, failed: 0, errors: 3, warnings: 2, baselined: 5 });
  });

  it('gives back a single report unchanged in substance', () => {
    const merged = mergeReports([shard1]);
    expect(merged.results).toEqual(shard1.results);
    expect(merged.summary).toEqual(shard1.summary);
  });

  it('refuses reports of another charter, naming both reports', () => {
    const other = report({ charter: 'gouvernement', results: [] });
    expect(() => mergeReports([shard1, other], { sources: ['shard-1.json', 'shard-2.json'] })).toThrow(
      'Cannot merge shard-2.json: it was checked against charter "gouvernement", shard-1.json against "etat"',
    );
    expect(() => mergeReports([shard1, other])).toThrow(/^Cannot merge report 2: .* report 1 against "etat"$/);
  });

  it('refuses a report of another format version', () => {
    const future = { ...report({ results: [] }), version: 2 } as unknown as Report;
    expect(() => mergeReports([shard1, future], { sources: ['a.json', 'b.json'] })).toThrow(
      `Cannot merge b.json: it is a report of format version 2, this charte reads version ${REPORT_VERSION}`,
    );
  });

  it('refuses an empty list', () => {
    expect(() => mergeReports([])).toThrow('No report to merge');
  });
});

describe('readReportFile', () => {
  const dir = tempDir('reports');
  const file = (name: string, content: string): string => {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  };

  it('reads a report written as JSON, and merges what it reads', async () => {
    const one = file('shard-1.json', JSON.stringify(shard1, null, 2));
    const two = file('shard-2.json', `\uFEFF${JSON.stringify(shard2)}`);
    const reports = await Promise.all([readReportFile(one), readReportFile(two)]);
    expect(reports[0]).toEqual(shard1);
    expect(mergeReports(reports).summary.targets).toBe(3);
  });

  it('names the file that is not JSON', async () => {
    const broken = file('broken.json', '{"version": 1,');
    await expect(readReportFile(broken)).rejects.toThrow(
      `"${broken}" is not a charte JSON report: it is not valid JSON`,
    );
  });

  it('names the file that is JSON but not a charte report', async () => {
    const sarif = file('results.sarif', JSON.stringify({ version: '2.1.0', runs: [] }));
    await expect(readReportFile(sarif)).rejects.toThrow(
      `"${sarif}" is not a charte JSON report: its "tool.name" is not "charte"`,
    );
    const noResults = file('no-results.json', JSON.stringify({ ...shard1, results: undefined }));
    await expect(readReportFile(noResults)).rejects.toThrow(
      `"${noResults}" is not a charte JSON report: its "results" is not an array`,
    );
    const badResult = file('bad-result.json', JSON.stringify({ ...shard1, results: [{ status: 'checked' }] }));
    await expect(readReportFile(badResult)).rejects.toThrow(
      `"${badResult}" is not a charte JSON report: its result 1 has no target with an "id" and a "url"`,
    );
  });

  it('names the file of another format version', async () => {
    const future = file('future.json', JSON.stringify({ ...shard1, version: 2 }));
    await expect(readReportFile(future)).rejects.toThrow(
      `"${future}" is a charte report of format version 2; this charte reads version ${REPORT_VERSION}`,
    );
  });

  it('names a missing file', async () => {
    const missing = path.join(dir, 'missing.json');
    await expect(readReportFile(missing)).rejects.toThrow(`Report "${missing}" does not exist`);
  });
});
