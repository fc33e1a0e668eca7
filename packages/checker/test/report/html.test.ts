import { describe, expect, it } from 'vitest';
import { crop, htmlReport, pngSize } from '../../src/report/html.ts';
import { fixtureReport, LOCAL, MISSING, PAGE, png, RULES, resultOf, SCREENSHOT } from './fixture.ts';

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('HTML report', () => {
  it('is one accessible page in the chosen language', () => {
    const html = htmlReport(fixtureReport());
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(htmlReport(fixtureReport(), { lang: 'fr' })).toMatch(/<html lang="fr">/);
    expect(occurrences(html, '<main>')).toBe(1);
    expect(occurrences(html, '<h1>')).toBe(1);
    expect(html).toContain('<th scope="col">Status</th>');
    expect(occurrences(html, '<th scope="row">')).toBe(3);
    expect(html).not.toMatch(/<th(?! scope="(col|row)")[ >]/);
  });

  it('uses the language for its labels and the rule titles', () => {
    const fr = htmlReport(fixtureReport(), { lang: 'fr' });
    expect(fr).toContain('<h2 id="summary">Synthèse</h2>');
    expect(fr).toContain('Contraste du texte');
    expect(fr).toContain('<span class="badge error">Erreur</span>');
    expect(fr).not.toContain('Text contrast</h3>');
  });

  it('requests nothing: no script, no stylesheet link, no external source, only links', () => {
    const html = htmlReport(fixtureReport());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import/i);
    expect(html.match(/url\((?!"data:image\/png;base64,)/g)).toBeNull();
    const links = [PAGE, MISSING, ...RULES.flatMap((r) => r.references.flatMap((ref) => ref.url ?? []))];
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href.startsWith('#') || links.includes(href), href).toBe(true);
    const external = [...html.matchAll(/https?:\/\/[^"<\s)]+/g)].map((m) => m[0]);
    for (const url of external)
      expect(
        links.some((link) => url.startsWith(link) || link.startsWith(url)),
        url,
      ).toBe(true);
  });

  it('summarises the counts and links each target to its section', () => {
    const html = htmlReport(fixtureReport());
    expect(html).toContain(
      '<span class="badge error">Incomplete</span> 3 errors, 1 warning, 1 of 3 targets not checked',
    );
    expect(html).toMatch(
      /<tr><th scope="row"><a href="#t1">Accueil \| Example &amp; Co<\/a>.*?<\/th><td>.*?Checked.*?<\/td><td class="n">3<\/td><td class="n">1<\/td><\/tr>/,
    );
    expect(html).toMatch(new RegExp(`<a href="#t3">${MISSING}</a></th><td><span class="badge error">Failed</span>`));
    for (const id of ['t1', 't2', 't3']) expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-h">`);
    expect(html).toContain('<strong>Could not be checked</strong> (<code>http-status</code>): HTTP 404');
    expect(html).toContain(`File: <code>${LOCAL}</code>`);
  });

  it('shows each finding with severity in words, rule, message, selector and snippet', () => {
    const html = htmlReport(fixtureReport());
    expect(occurrences(html, '<span class="badge error">Error</span>')).toBe(3);
    expect(occurrences(html, '<span class="badge warn">Warning</span>')).toBe(1);
    expect(html).toContain('<h3><code>rgaa/3.2</code> Text contrast (2)</h3>');
    expect(html).toContain('<dt>Selector</dt><dd><code>main &gt; p.intro</code></dd>');
    expect(html).toContain('<pre><code>&lt;p class=&quot;intro&quot;&gt;Bienvenue&lt;/p&gt;</code></pre>');
  });

  it('escapes what comes from pages', () => {
    const report = fixtureReport();
    const page = resultOf(report, PAGE);
    page.title = '<script>alert("title")</script>';
    page.findings[0]!.message = 'Injected <script>alert(1)</script> & <img src=x onerror=alert(2)>';
    page.findings[0]!.location!.selector = '"><script>alert(3)</script>';
    page.error = { code: '<b>', message: '</section><script>' };
    const html = htmlReport(report);
    expect(html).not.toMatch(/<script|<img|<b>|<\/section><script/i);
    expect(html).toContain('<h2 id="t1-h">&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h2>');
    expect(html).toContain('Injected &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('aria-label="Element in the screenshot: &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
  });

  it('embeds each screenshot once per target and crops it around each boxed element', () => {
    const report = fixtureReport();
    let html = htmlReport(report);
    // the page has two findings in view; the local file has a screenshot but nothing to show in it
    expect(occurrences(html, SCREENSHOT)).toBe(1);
    expect(occurrences(html, 'role="img"')).toBe(2);
    expect(html).toContain(`#t1 .crop{background-image:url("data:image/png;base64,${SCREENSHOT}")}`);
    // box 30×8 at (10, 20), 8px margin: the crop starts at (2, 12) and the mark at (8, 8)
    expect(html).toContain(
      'style="width:46px;height:24px;background-position:-2px -12px"><span style="left:8px;top:8px;width:30px;height:8px">',
    );

    resultOf(report, LOCAL).findings.push({
      ruleId: 'brand/palette',
      severity: 'warn',
      message: 'Off-palette colour.',
      location: { selector: 'h1', box: { x: 0, y: 0, width: 10, height: 10 } },
    });
    html = htmlReport(report);
    expect(occurrences(html, SCREENSHOT)).toBe(2);
    expect(occurrences(html, 'role="img"')).toBe(3);
  });

  it('leaves out a screenshot that is not a PNG', () => {
    const report = fixtureReport();
    resultOf(report, PAGE).screenshot = '");}body{background:url(https://evil.example/x.png)}';
    const html = htmlReport(report);
    expect(html).not.toContain('evil');
    expect(html).not.toContain('role="img"');
    resultOf(report, PAGE).screenshot = Buffer.from('GIF89a, not a PNG at all, no').toString('base64');
    expect(htmlReport(report)).not.toContain('role="img"');
  });

  it('reads the size of a PNG and keeps crops inside it and within 600×300', () => {
    expect(pngSize(png(64, 48))).toEqual({ width: 64, height: 48 });
    const big = { width: 1280, height: 2000 };
    expect(crop({ x: 100, y: 100, width: 1000, height: 800 }, big)).toMatchObject({
      left: 92,
      top: 92,
      width: 600,
      height: 300,
    });
    expect(crop({ x: 1270, y: 3, width: 50, height: 5 }, big)).toMatchObject({ left: 1262, top: 0, width: 18 });
    expect(crop({ x: 10, y: 2500, width: 50, height: 5 }, big)).toBeUndefined();
    expect(crop({ x: 10, y: 10, width: 0, height: 5 }, big)).toBeUndefined();
  });
});
