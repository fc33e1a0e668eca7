import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitReport } from '../../src/report/junit.ts';
import { fixtureReport, LOCAL, MISSING, PAGE, resultOf } from './fixture.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

const suiteOf = (doc: any, name: string) => doc.testsuite.find((s: any) => s.name === name);
const caseOf = (suite: any, name: string) => suite.testcase.find((c: any) => c.name === name);

describe('JUnit report', () => {
  it('is well-formed XML with one suite per target and the right totals', () => {
    const doc = parse(junitReport(fixtureReport()));
    expect(doc.testsuite.map((s: any) => s.name)).toEqual([PAGE, LOCAL, MISSING]);
    // 5 page rules on each checked page, one load case for the failed target
    expect(doc).toMatchObject({ tests: '11', failures: '2', errors: '1' });
    for (const suite of doc.testsuite) expect(Number(suite.tests)).toBe(suite.testcase.length);
  });

  it('has one test case per rule applying to the target, failing on errors, with warnings in system-out', () => {
    const page = suiteOf(parse(junitReport(fixtureReport())), PAGE);
    expect(page.testcase.map((c: any) => c.name)).toEqual([
      'brand/bloc-marque',
      'brand/palette',
      'rgaa/3.2',
      'rgaa/8.3',
      'axe/region',
    ]);
    expect(page).toMatchObject({ tests: '5', failures: '2', errors: '0' });
    const contrast = caseOf(page, 'rgaa/3.2');
    expect(contrast.classname).toBe(PAGE);
    expect(contrast.failure.type).toBe('rgaa/3.2');
    expect(contrast.failure.message).toMatch(/^2 errors; first: Text contrast is 2\.85:1/);
    expect(contrast.failure['#text']).toContain('(main > p.intro)');
    expect(contrast.failure['#text']).toContain('(footer a.fr-footer__link)');
    const palette = caseOf(page, 'brand/palette');
    expect(palette.failure).toBeUndefined();
    expect(palette['system-out']).toContain('warning: Colour #0063cb is not in the State palette');
    expect(caseOf(page, 'rgaa/8.3').failure).toBeUndefined();
  });

  it('leaves out rules of other kinds and passes a target without findings', () => {
    const local = suiteOf(parse(junitReport(fixtureReport())), LOCAL);
    expect(local.testcase.map((c: any) => c.name)).not.toContain('brand/pdf-fonts');
    expect(local).toMatchObject({ tests: '5', failures: '0', errors: '0' });
  });

  it('turns a target that could not be checked into one load error', () => {
    const missing = suiteOf(parse(junitReport(fixtureReport())), MISSING);
    expect(missing).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(missing.testcase).toHaveLength(1);
    expect(missing.testcase[0]).toMatchObject({ name: 'load', classname: MISSING });
    expect(missing.testcase[0].error).toMatchObject({ type: 'http-status', message: 'HTTP 404' });
  });

  it('escapes markup and drops control characters from messages and names', () => {
    const report = fixtureReport();
    const page = resultOf(report, PAGE);
    page.title = 'Tom & "Jerry" <b>';
    page.findings[0]!.message = 'Bad <tag attr="x"> & \'quote\' ]]> \u0001\u001b[31mred\u0000';
    page.findings[0]!.location!.selector = 'a[href="?a=1&b=2"]';
    const xml = junitReport(report);
    expect([...xml].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    const suite = suiteOf(parse(xml), PAGE);
    const failure = caseOf(suite, 'brand/bloc-marque').failure;
    expect(failure.message).toBe('Bad <tag attr="x"> & \'quote\' ]]> [31mred');
    expect(failure['#text']).toBe('Bad <tag attr="x"> & \'quote\' ]]> [31mred (a[href="?a=1&b=2"])');
    expect(suite.properties.property).toContainEqual({ name: 'title', value: 'Tom & "Jerry" <b>' });
  });

  it('keeps line breaks in attributes', () => {
    const report = fixtureReport();
    resultOf(report, MISSING).error!.message = 'HTTP 404\nNot Found';
    const xml = junitReport(report);
    expect(xml).toContain('message="HTTP 404&#10;Not Found"');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
