/** A page served locally loads nothing from other origins: its third-party requests are blocked in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { PNG_BYTES, startTestServer, type TestServer } from './helpers.ts';

let site: TestServer;
let elsewhere: TestServer;

beforeAll(async () => {
  elsewhere = await startTestServer((_pathname, _req, res) => {
    res.writeHead(200, { 'content-type': 'text/css' }).end('p { color: #ff00ff; }');
  });
  site = await startTestServer((pathname, _req, res) => {
    if (pathname === '/logo.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG_BYTES);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Isolée</title>
      <link rel="stylesheet" href="${elsewhere.origin.replace('127.0.0.1', 'localhost')}/tracker.css">
      <script src="${elsewhere.origin}/tracker.js"></script></head>
      <body><main><p>Texte</p><img alt="" src="/logo.png"><img alt="" src="data:image/png;base64,${PNG_BYTES.toString('base64')}"></main></body></html>`,
    );
  });
});
afterAll(async () => {
  await site.close();
  await elsewhere.close();
});

describe('a locally served page', () => {
  it('loads its own and inline resources, and nothing from another origin', async () => {
    const loaded: number[] = [];
    const report = await check([{ id: 'page', url: `${site.origin}/`, kind: 'page', origin: 'argument' }], {
      axe: false,
      onSnapshot: (_t, snapshot) => {
        loaded.push(snapshot.elements.filter((e) => e.tag === 'img' && e.box.width > 0).length);
      },
    });
    expect(report.results[0]?.status).toBe('checked');
    expect(elsewhere.hits.size).toBe(0);
    expect(site.hits.get('/logo.png')).toBe(1);
    expect(loaded).toEqual([2]);
    // The third-party stylesheet did not apply: no off-palette colour from it.
    expect(report.results[0]?.findings.some((f) => f.data?.colour === '#ff00ff')).toBe(false);
  }, 60_000);

  it('with blocking turned off, does load them', async () => {
    await check([{ id: 'page', url: `${site.origin}/`, kind: 'page', origin: 'argument' }], {
      axe: false,
      blockExternal: false,
    });
    expect(elsewhere.hits.size).toBeGreaterThan(0);
  }, 60_000);
});
