/** The `charte` command as CI uses it: exit codes, report files, configuration, baselines, merge. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/pages');

/** Runs the command in-process, in a temporary folder holding the example page that breaks the charter, as bad.html. */
async function run(args: string[], files: Record<string, string> = {}) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'charte-cli-'));
  writeFileSync(path.join(cwd, 'bad.html'), readFileSync(path.join(examples, 'non-conforme.html')));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(cwd, name), content);
  return { ...(await runCli(args, cwd)), cwd };
}

describe('charte check', () => {
  it('exits 1 on error-level findings and writes the report files asked for', async () => {
    const { code, stdout, stderr, cwd } = await run([
      'check',
      'bad.html',
      '--no-axe',
      '-f',
      'text,json,sarif,junit,html',
      '-o',
      'out',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('brand/palette');
    expect(stderr).toMatch(/\[1\/1\] ✓ bad\.html: \d+ errors/);
    for (const ext of ['json', 'sarif', 'junit.xml', 'html'])
      expect(existsSync(path.join(cwd, 'out', `charte-report.${ext}`)), ext).toBe(true);
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/charte-report.json'), 'utf8'));
    expect(report.summary.errors).toBeGreaterThan(0);
  }, 60_000);

  it('exits 2 when a target cannot be checked, and still checks the others', async () => {
    const { code, stdout } = await run(['check', 'bad.html', 'absent.html', '--no-axe']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/absent\.html\s+failed/);
    expect(stdout).toMatch(/bad\.html\s+checked/);
  }, 60_000);

  it('follows the configuration: rules turned off or to warnings, with overrides by glob', async () => {
    const config = {
      rules: { 'brand/*': 'warn', 'rgaa/3.3': 'off' },
      overrides: [{ files: ['*.html'], rules: { 'brand/palette': 'off' } }],
    };
    const { code, stdout } = await run(['check', 'bad.html', '--no-axe', '-f', 'json', '-o', '.'], {
      'charte.config.json': JSON.stringify(config),
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
  }, 60_000);

  it('rejects an invalid configuration, naming the file and the field', async () => {
    await expect(
      run(['check', 'bad.html'], { 'charte.config.json': JSON.stringify({ rules: { 'brand/palette': 'loud' } }) }),
    ).rejects.toThrow(
      /charte\.config\.json: not a valid charte configuration: \/rules\/brand~1palette must be equal to one of the allowed values/,
    );
  });

  it('says where a configuration that is not JSON breaks', async () => {
    await expect(run(['check', 'bad.html'], { 'charte.config.json': '{\n  "charter": "etat",\n}\n' })).rejects.toThrow(
      /charte\.config\.json: invalid JSON at line 3, column 1: unexpected "}" \(JSON allows no comma before it\)/,
    );
  });

  it('reports only new findings against a baseline', async () => {
    const first = await run(['baseline', 'bad.html', '--no-axe', '-o', 'baseline.json']);
    expect(first.code).toBe(0);
    const baseline = readFileSync(path.join(first.cwd, 'baseline.json'), 'utf8');
    const second = await run(
      ['check', 'bad.html', '--no-axe', '--baseline', 'baseline.json', '-f', 'json', '-o', '.'],
      { 'baseline.json': baseline },
    );
    expect(second.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(second.cwd, 'charte-report.json'), 'utf8'));
    expect(report.summary.errors).toBe(0);
    expect(report.summary.baselined).toBe(JSON.parse(baseline).entries.length);
  }, 90_000);

  it('merges the JSON reports of shards', async () => {
    const a = await run(['check', 'bad.html', '--no-axe', '-f', 'json', '-o', '.', '--shard', '1/1']);
    const report = readFileSync(path.join(a.cwd, 'charte-report.json'), 'utf8');
    const merged = await run(['merge', 'a.json', 'b.json', '-o', 'all.json'], {
      'a.json': report,
      'b.json': report.replaceAll('bad.html', 'other.html'),
    });
    const all = JSON.parse(readFileSync(path.join(merged.cwd, 'all.json'), 'utf8'));
    expect(all.results.map((r: { target: { id: string } }) => r.target.id).sort()).toEqual(['bad.html', 'other.html']);
    expect(merged.code).toBe(1);
  }, 60_000);
});
