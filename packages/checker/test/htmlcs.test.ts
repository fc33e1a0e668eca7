/** HTML_CodeSniffer through pa11y's runner: codes mapped to RGAA, and the engine run on a real page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlcsCode } from '../src/rules/htmlcs.ts';
import { check } from '../src/run/engine.ts';
import { startTestServer, type TestServer } from './run/helpers.ts';

describe('parseHtmlcsCode', () => {
  it('maps a code to its WCAG criterion, techniques and RGAA criteria', () => {
    expect(parseHtmlcsCode('WCAG2AA.Principle1.Guideline1_1.1_1_1.H37')).toMatchObject({
      ruleId: 'htmlcs/Principle1.Guideline1_1.1_1_1.H37',
      wcag: '1.1.1',
      techniques: ['H37'],
      rgaa: ['1.1'],
      rgaaBy: 'technique',
    });
    // G18 serves text and non-text contrast in RGAA; the code's criterion (1.4.3) keeps text contrast.
    expect(parseHtmlcsCode('WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail').rgaa).toEqual(['3.2']);
    // H57 (lang attribute) serves RGAA 8.3 (language present) and 8.4 (language valid).
    expect(parseHtmlcsCode('WCAG2AA.Principle3.Guideline3_1.3_1_1.H57.2')).toMatchObject({
      wcag: '3.1.1',
      rgaa: ['8.3', '8.4'],
    });
  });

  it('falls back to the success criterion when RGAA cites none of the techniques', () => {
    const parsed = parseHtmlcsCode('WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent');
    expect(parsed.wcag).toBe('4.1.2');
    expect(parsed.rgaaBy === 'technique' || parsed.rgaaBy === 'wcag').toBe(true);
    expect(parsed.rgaa.length).toBeGreaterThan(0);
    expect(parseHtmlcsCode('WCAG2AA.Principle9.Guideline9_9.9_9_9.X1')).toMatchObject({ rgaa: [], rgaaBy: 'none' });
  });
});

describe('the htmlcs engine in Chromium', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((_pathname, _req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html><head><meta charset="utf-8"><title>Sans langue</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"><p>Texte</p></main></body></html>',
        );
    });
  });
  afterAll(() => server.close());

  it('reports HTML_CodeSniffer errors with their RGAA criteria, beside axe', async () => {
    const report = await check([{ id: 'page', url: `${server.origin}/`, kind: 'page', origin: 'argument' }], {
      htmlcs: { standard: 'WCAG2AA' },
      concurrency: 1,
    });
    const findings = report.results[0]?.findings ?? [];
    const alt = findings.find((f) => f.ruleId === 'htmlcs/Principle1.Guideline1_1.1_1_1.H37');
    expect(alt?.severity).toBe('error');
    expect(alt?.rgaa).toEqual(['1.1']);
    expect(alt?.location?.selector).toContain('img');
    const lang = findings.find((f) => f.ruleId.startsWith('htmlcs/Principle3.Guideline3_1.3_1_1.H57'));
    expect(lang?.rgaa).toContain('8.3');
    // axe ran too, and the report carries the rules of the codes met, for SARIF.
    expect(findings.some((f) => f.ruleId === 'axe/image-alt')).toBe(true);
    expect(report.rules.find((r) => r.id === alt?.ruleId)?.references).toContainEqual(
      expect.objectContaining({ type: 'rgaa', id: '1.1' }),
    );
    // Warnings (manual checks) and notices are left out unless asked for.
    expect(findings.filter((f) => f.ruleId.startsWith('htmlcs/') && f.severity === 'warn')).toEqual([]);
  }, 60_000);
});
