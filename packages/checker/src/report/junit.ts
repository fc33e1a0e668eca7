/** JUnit XML, for CI servers that show test results (GitLab, Jenkins, Azure Pipelines…). */
import type { Finding, Report, TargetResult } from '../model/index.ts';
import { groupByRule, whereLabel } from './common.ts';

/**
 * The report as JUnit XML: one `<testsuite>` per target and, in it, one `<testcase>` per rule that applies to the
 * target's kind (or that reported on it). Error findings make a `<failure>`, warnings go to `<system-out>`; a
 * target that could not be checked is a single `load` test case in error.
 */
export function junitReport(report: Report): string {
  const suites = report.results.map((result) => suite(report, result));
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'charte', tests: total('tests'), failures: total('failures'), errors: total('errors'), time: seconds(report.durationMs) })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function suite(report: Report, result: TargetResult): Suite {
  const { target } = result;
  const cases: string[] = [];
  let tests = 1;
  let failures = 0;
  let errors = 0;
  if (result.status === 'failed') {
    errors = 1;
    const code = result.error?.code ?? 'unknown';
    const message = result.error?.message ?? '';
    cases.push(
      `    <testcase${attrs({ classname: target.id, name: 'load' })}>`,
      `      <error${attrs({ message, type: code })}>${text(`${code}: ${message}`)}</error>`,
      '    </testcase>',
    );
  } else {
    const byRule = groupByRule(result.findings);
    const ids = new Set([
      ...report.rules.filter((r) => r.kinds.includes(target.kind)).map((r) => r.id),
      ...byRule.keys(),
    ]);
    tests = ids.size;
    for (const id of ids) {
      const findings = byRule.get(id) ?? [];
      const errorsOf = findings.filter((f) => f.severity === 'error');
      const warningsOf = findings.filter((f) => f.severity === 'warn');
      const head = `    <testcase${attrs({ classname: target.id, name: id })}`;
      if (findings.length === 0) {
        cases.push(`${head}/>`);
        continue;
      }
      cases.push(`${head}>`);
      if (errorsOf.length > 0) {
        failures++;
        const first = errorsOf[0]!.message;
        const message = errorsOf.length === 1 ? first : `${errorsOf.length} errors; first: ${first}`;
        cases.push(`      <failure${attrs({ message, type: id })}>${text(lines(errorsOf))}</failure>`);
      }
      if (warningsOf.length > 0) cases.push(`      <system-out>${text(lines(warningsOf, 'warning: '))}</system-out>`);
      cases.push('    </testcase>');
    }
  }
  const open = `  <testsuite${attrs({ name: target.id, tests, failures, errors, skipped: 0, time: seconds(result.durationMs) })}>`;
  const properties = [
    '    <properties>',
    `      <property${attrs({ name: 'url', value: target.url })}/>`,
    `      <property${attrs({ name: 'kind', value: target.kind })}/>`,
    ...(result.title ? [`      <property${attrs({ name: 'title', value: result.title })}/>`] : []),
    '    </properties>',
  ];
  return { xml: [open, ...properties, ...cases, '  </testsuite>'].join('\n'), tests, failures, errors };
}

function lines(findings: Finding[], prefix = ''): string {
  return findings
    .map((f) => {
      const where = whereLabel(f.location);
      return `${prefix}${f.message}${where ? ` (${where})` : ''}`;
    })
    .join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** What XML 1.0 cannot hold: control characters other than tab and line breaks, U+FFFE/F, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function clean(value: string): string {
  return value.replace(NOT_XML, '').replace(LONE_SURROGATE, '');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      const escaped = text(String(value))
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
      return ` ${name}="${escaped}"`;
    })
    .join('');
}
