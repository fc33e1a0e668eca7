import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json.ts';
import { fixtureReport, PAGE, resultOf, SCREENSHOT } from './fixture.ts';

interface Validate {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
interface Ajv {
  addFormat(name: string, test: (value: string) => boolean): Ajv;
  compile(schema: object): Validate;
}
type AjvClass = new (options: object) => Ajv;

/** Ajv 2020 from this package, or else from @charte/tokens, which has it as a dev dependency. */
function loadAjv(): AjvClass {
  for (const from of ['../../package.json', '../../../tokens/package.json']) {
    try {
      return createRequire(new URL(from, import.meta.url))('ajv/dist/2020.js').Ajv2020;
    } catch {}
  }
  throw new Error('ajv 8 is not installed in the workspace');
}

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
const Ajv2020 = loadAjv();
const validate = new Ajv2020({ allErrors: true, strict: true })
  .addFormat('date-time', (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s))
  .addFormat('uri', (s) => URL.canParse(s))
  .compile(schema);

function errorsOf(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('JSON report', () => {
  it('is the report, indented by 2 spaces, without screenshots by default', () => {
    const report = fixtureReport();
    const out = jsonReport(report);
    expect(out).toMatch(/^\{\n {2}"version": 1,\n/);
    expect(out).not.toContain(SCREENSHOT);
    const parsed = JSON.parse(out);
    expect(parsed.results.every((r: object) => !('screenshot' in r))).toBe(true);
    for (const r of report.results) delete r.screenshot;
    expect(parsed).toEqual(report);
  });

  it('keeps screenshots when asked', () => {
    const parsed = JSON.parse(jsonReport(fixtureReport(), { includeScreenshots: true }));
    expect(parsed.results[0].screenshot).toBe(SCREENSHOT);
  });

  it('does not change the report it is given', () => {
    const report = fixtureReport();
    jsonReport(report);
    expect(resultOf(report, PAGE).screenshot).toBe(SCREENSHOT);
  });

  it('validates against schema/report.schema.json, with and without screenshots', () => {
    expect(errorsOf(JSON.parse(jsonReport(fixtureReport())))).toEqual([]);
    expect(errorsOf(JSON.parse(jsonReport(fixtureReport(), { includeScreenshots: true })))).toEqual([]);
  });

  it('has a schema that rejects what is not a version 1 report', () => {
    const valid = () => JSON.parse(jsonReport(fixtureReport()));
    const cases: [string, (r: any) => void][] = [
      ['another version', (r) => (r.version = 2)],
      ['an unknown property', (r) => (r.results[0].findings[0].extra = true)],
      ['a finding at level off', (r) => (r.results[0].findings[0].severity = 'off')],
      ['a missing summary count', (r) => delete r.summary.baselined],
      ['an unknown target kind', (r) => (r.results[1].target.kind = 'video')],
      ['a reference of an unknown type', (r) => (r.rules[0].references[0].type = 'iso')],
      ['a rule without English title', (r) => delete r.rules[0].title.en],
      ['a box without height', (r) => delete r.results[0].findings[0].location.box.height],
      ['a start that is not a date', (r) => (r.startedAt = 'yesterday')],
    ];
    for (const [name, change] of cases) {
      const report = valid();
      change(report);
      expect(errorsOf(report), name).not.toEqual([]);
    }
  });
});
