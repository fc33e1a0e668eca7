/**
 * The page checks end to end in real Chromium: the example pages, one that passes and one that fails each brand rule,
 * and targets that cannot be checked ending as explicit errors while the others are checked.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesDir, prepareExamplePages } from '../../../examples/pages/prepare.mjs';
import { exitCode, type Report, type Target } from '../src/model/index.ts';
import { check } from '../src/run/engine.ts';
import { type StaticServer, startStaticServer } from '../src/run/static-server.ts';

const SIMPLE =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Simple</title></head><body><main><p>Bonjour</p></main></body></html>';

let server: StaticServer;
let misbehaving: Server;
let misbehavingOrigin: string;

const page = (id: string, url: string): Target => ({ id, url, kind: 'page', origin: 'argument' });
const fixture = (name: string) => page(name, server.urlFor(path.join(pagesDir, name)));
const rulesOf = (report: Report, id: string) =>
  new Set(
    report.results
      .find((r) => r.target.id === id)
      ?.findings.filter((f) => f.severity === 'error')
      .map((f) => f.ruleId),
  );

beforeAll(async () => {
  server = await startStaticServer(prepareExamplePages());
  // Pages that misbehave: one never finishes, one redirects forever, one is not HTML, one fails.
  misbehaving = createServer((req, res) => {
    if (req.url === '/hang') return res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body>…');
    if (req.url?.startsWith('/loop')) return res.writeHead(302, { location: `/loop${Math.random()}` }).end();
    if (req.url === '/data.json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    if (req.url === '/error') return res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Erreur</h1>');
    if (req.url?.startsWith('/ok')) return res.writeHead(200, { 'content-type': 'text/html' }).end(SIMPLE);
    if (req.url?.startsWith('/huge')) {
      // /huge-N: N empty divs, built by the page so the response stays small.
      const n = Number(req.url.slice('/huge-'.length));
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html lang="fr"><title>Grande</title><body><main></main><script>const m = document.querySelector('main'); for (let i = 0; i < ${n}; i++) m.appendChild(document.createElement('p')).textContent = 'x';</script></body></html>`,
        );
    }
    if (req.url?.startsWith('/logo-')) {
      // A bloc-marque given as one image, in a link with or without a title.
      const height = Number(req.url.split('-')[1]);
      const title = req.url.endsWith('-titled') ? ' title="Accueil - Site - République française"' : '';
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Logo</title></head><body><header><a href="/"${title}><img alt="République française" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/%3E" width="${Math.round(height * 1.2)}" height="${height}"></a></header><main><p>Texte</p></main></body></html>`,
        );
    }
    if (req.url === '/broken')
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<html lang=fr><title>Cassée</title><body><div><p>Texte <b>gras <i>mal</b> fermé</i><table><tr><td>cellule<div></table></span></div></div></div><footer><a href="/">x</a',
        );
    if (req.url === '/latin1-declared-utf8')
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          Buffer.from(
            '<!doctype html><html lang="fr"><title>Ministère</title><body><main><p>Ministère de l’Intérieur, été</p></main></body></html>'.replace(
              '’',
              "'",
            ),
            'latin1',
          ),
        );
    if (req.url === '/latin1-meta')
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          Buffer.from(
            '<!doctype html><html lang="fr"><head><meta charset="iso-8859-1"><title>Ministère</title></head><body><main><p>Ministère, été</p></main></body></html>',
            'latin1',
          ),
        );
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Introuvable</h1>');
  });
  misbehaving.listen(0, '127.0.0.1');
  await once(misbehaving, 'listening');
  misbehavingOrigin = `http://127.0.0.1:${(misbehaving.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server?.close();
  misbehaving?.closeAllConnections();
  misbehaving?.close();
});

describe('brand rules on fixture pages', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check([fixture('index.html'), fixture('non-conforme.html')], { concurrency: 2 });
  }, 120_000);

  it('finds nothing at error level on a page built as DSFR designs it', () => {
    const good = report.results.find((r) => r.target.id === 'index.html');
    expect(good?.status).toBe('checked');
    expect(good?.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('reports each broken brand rule on the page that breaks it', () => {
    const bad = rulesOf(report, 'non-conforme.html');
    for (const id of [
      'brand/bloc-marque',
      'brand/palette',
      'brand/page-background',
      'brand/typeface',
      'brand/footer',
      'rgaa/3.3',
    ]) {
      expect(bad, id).toContain(id);
    }
  });

  it('gives the off-palette colour with its nearest palette colour and ΔE', () => {
    const pink = report.results
      .find((r) => r.target.id === 'non-conforme.html')
      ?.findings.find((f) => f.ruleId === 'brand/palette' && f.data?.colour === '#ff00ff');
    expect(pink?.message).toMatch(/#ff00ff is not in the State palette: nearest [\w-]+ #[0-9a-f]{6}, ΔE2000 \d+\.\d/);
    expect(pink?.location?.selector).toContain('p');
  });

  it('reports the wrong intitulé and the second emitter', () => {
    const messages =
      report.results.find((r) => r.target.id === 'non-conforme.html')?.findings.map((f) => f.message) ?? [];
    expect(
      messages.some((m) =>
        m.includes('"Ministère / de l’Intérieur" where charter "etat" sets "République / Française"'),
      ),
    ).toBe(true);
    expect(messages.some((m) => m.startsWith('More than one emitter'))).toBe(true);
    expect(messages.some((m) => m.startsWith('No bloc-marque in the header'))).toBe(true);
  });

  it('warns, not errs, on a heading in Bleu France and an overlong title', () => {
    const findings = report.results.find((r) => r.target.id === 'non-conforme.html')?.findings ?? [];
    expect(findings.find((f) => f.ruleId === 'brand/heading-colour')?.severity).toBe('warn');
    expect(findings.find((f) => f.ruleId === 'brand/title')?.severity).toBe('warn');
  });

  it('carries RGAA criteria on accessibility findings, and keeps needs-review at warning', () => {
    const all = report.results.flatMap((r) => r.findings);
    expect(all.find((f) => f.ruleId === 'rgaa/3.3')?.rgaa).toEqual(['3.3']);
    for (const f of all.filter((f) => f.data?.needsReview)) expect(f.severity).toBe('warn');
  });
});

describe('targets that cannot be checked', () => {
  it('each end as an explicit error, the others are checked, and the exit code is 2', async () => {
    const targets = [
      page('404', `${misbehavingOrigin}/missing`),
      page('500', `${misbehavingOrigin}/error`),
      page('hang', `${misbehavingOrigin}/hang`),
      page('loop', `${misbehavingOrigin}/loop`),
      page('json', `${misbehavingOrigin}/data.json`),
      fixture('index.html'),
    ];
    const report = await check(targets, { timeouts: { navigation: 3000 }, axe: false });
    const byId = Object.fromEntries(report.results.map((r) => [r.target.id, r]));
    expect(byId['404']?.error).toMatchObject({ code: 'http-status', message: expect.stringContaining('404') });
    expect(byId['500']?.error).toMatchObject({ code: 'http-status', message: expect.stringContaining('500') });
    expect(byId.hang?.error?.code).toBe('timeout');
    expect(byId.loop?.error?.code).toBe('redirects');
    expect(byId.json?.error?.code).toBe('not-html');
    expect(byId['index.html']?.status).toBe('checked');
    expect(report.results).toHaveLength(targets.length);
    expect(report.summary).toMatchObject({ targets: 6, checked: 1, failed: 5 });
    expect(exitCode(report.summary)).toBe(2);
  }, 120_000);
});

describe('bad input', () => {
  const at = (id: string, pathname: string) => page(id, `${misbehavingOrigin}${pathname}`);

  it('a renderer crash is retried once; a page that always crashes ends as a crash, the others are checked', async () => {
    let crashesLeft = 1;
    const crashPage = async (p: import('playwright-core').Page) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Page.crash').catch(() => {});
    };
    const report = await check([at('always', '/ok?always'), at('once', '/ok?once'), at('fine', '/ok')], {
      axe: false,
      concurrency: 2,
      setup: (t) => {
        if (t.id === 'always') return { before: crashPage };
        if (t.id === 'once' && crashesLeft > 0) {
          crashesLeft--;
          return { before: crashPage };
        }
        return undefined;
      },
    });
    const byId = Object.fromEntries(report.results.map((r) => [r.target.id, r]));
    expect(byId.always).toMatchObject({ status: 'failed', attempts: 2, error: { code: 'crash' } });
    expect(byId.once).toMatchObject({ status: 'checked', attempts: 2 });
    expect(byId.fine).toMatchObject({ status: 'checked', attempts: 1 });
    expect(exitCode(report.summary)).toBe(2);
  }, 60_000);

  it('a huge DOM is refused above the limit, and below it the brand rules say what they did not read', async () => {
    const report = await check([at('huge', '/huge-30000'), at('large', '/huge-9000'), at('fine', '/ok')], {
      axe: false,
      maxDomElements: 20_000,
    });
    const byId = Object.fromEntries(report.results.map((r) => [r.target.id, r]));
    expect(byId.huge?.error?.code).toBe('too-large');
    expect(byId.huge?.error?.message).toMatch(/30\d{3} elements, over the limit of 20000/);
    expect(byId.large?.status).toBe('checked');
    const limits = byId.large?.findings.find((f) => f.ruleId === 'page/limits');
    expect(limits?.severity).toBe('warn');
    expect(limits?.message).toMatch(/read only the first 8000 visible ones/);
    expect(byId.fine?.findings.some((f) => f.ruleId === 'page/limits')).toBe(false);
  }, 120_000);

  it('broken markup is checked as the browser repairs it', async () => {
    const report = await check([at('broken', '/broken')], { concurrency: 1 });
    const result = report.results[0];
    expect(result?.status).toBe('checked');
    expect(result?.title).toBe('Cassée');
    expect(result?.findings.some((f) => f.ruleId === 'brand/bloc-marque')).toBe(true);
  }, 60_000);

  it('text not valid in its declared encoding is an error naming the encoding; a declared Latin-1 page reads right', async () => {
    const report = await check([at('wrong', '/latin1-declared-utf8'), at('meta', '/latin1-meta')], { axe: false });
    const byId = Object.fromEntries(report.results.map((r) => [r.target.id, r]));
    const wrong = byId.wrong?.findings.find((f) => f.ruleId === 'page/encoding');
    expect(wrong?.severity).toBe('error');
    expect(wrong?.message).toMatch(/^4 characters of the text could not be decoded as UTF-8/);
    expect(byId.meta?.status).toBe('checked');
    expect(byId.meta?.title).toBe('Ministère');
    expect(byId.meta?.findings.some((f) => f.ruleId === 'page/encoding')).toBe(false);
  }, 60_000);
});

describe('a bloc-marque given as an image', () => {
  it('is measured with DSFR proportions, and its link is expected to carry a title', async () => {
    const at = (id: string, pathname: string) => page(id, `${misbehavingOrigin}${pathname}`);
    const report = await check([at('small', '/logo-40'), at('large', '/logo-80-titled')], { axe: false });
    const byId = Object.fromEntries(report.results.map((r) => [r.target.id, r.findings]));
    const size = byId.small?.find((f) => f.message.startsWith('The Marianne block is'));
    // 40 / (3.52 + 1.083 × 2 lines) ≈ 7.0 px
    expect(size?.message).toMatch(/^The Marianne block is 7\.0px high \(estimated from the 40px high image/);
    expect(size?.severity).toBe('error');
    const title = byId.small?.find((f) => f.message.startsWith('The link around the bloc-marque has no title'));
    expect(title?.severity).toBe('warn');
    expect(byId.large?.some((f) => f.message.startsWith('The Marianne block is'))).toBe(false);
    expect(byId.large?.some((f) => f.message.startsWith('The link around the bloc-marque'))).toBe(false);
  }, 60_000);
});
