/** Crawling: which links are followed, the page limit, and a crawl run end to end in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/index.ts';
import { createCrawler } from '../../src/run/crawl.ts';
import { check } from '../../src/run/engine.ts';
import { startTestServer, type TestServer } from './helpers.ts';

const links = (...hrefs: string[]) => hrefs.map((href) => ({ href, text: href, inFooter: false }));
const page = (url: string): Target => ({ id: url, url, kind: 'page', origin: 'argument' });

describe('createCrawler', () => {
  it('follows links to pages of the same origin once, and nothing else', () => {
    const crawler = createCrawler(['https://www.example.gouv.fr/'], { maxPages: 50 });
    expect(crawler.seeds.map((t) => t.id)).toEqual(['https://www.example.gouv.fr/']);
    const found = crawler.discover(crawler.seeds[0] as Target, {
      finalUrl: 'https://www.example.gouv.fr/',
      links: links(
        'https://www.example.gouv.fr/actualites',
        'https://www.example.gouv.fr/actualites#haut',
        'https://www.example.gouv.fr/rapport.pdf',
        'https://www.service-public.gouv.fr/',
        'mailto:contact@example.gouv.fr',
        'https://WWW.EXAMPLE.GOUV.FR:443/contact',
        'https://www.example.gouv.fr/',
      ),
    });
    expect(found.map((t) => t.id)).toEqual([
      'https://www.example.gouv.fr/actualites',
      'https://www.example.gouv.fr/contact',
    ]);
    expect(found[0]?.origin).toBe('crawl https://www.example.gouv.fr/');
    // Seen once: the same links on another page bring nothing new.
    expect(
      crawler.discover(found[0] as Target, {
        finalUrl: 'https://www.example.gouv.fr/actualites',
        links: links('/contact', 'contact', './'),
      }),
    ).toEqual([]);
  });

  it('stops at the page limit, counting pages named otherwise, and counts what it left out', () => {
    const crawler = createCrawler(['https://a.gouv.fr/'], { maxPages: 3, known: ['https://a.gouv.fr/plan'] });
    const found = crawler.discover(page('https://a.gouv.fr/'), {
      finalUrl: 'https://a.gouv.fr/',
      links: links('/1', '/2', '/3', '/plan', '/2'),
    });
    expect(found.map((t) => t.id)).toEqual(['https://a.gouv.fr/1']);
    expect(crawler.skipped).toBe(2);
  });

  it('does not follow a page that was redirected to another origin', () => {
    const crawler = createCrawler(['https://a.gouv.fr/'], { maxPages: 10 });
    expect(
      crawler.discover(page('https://a.gouv.fr/'), { finalUrl: 'https://b.fr/', links: links('https://b.fr/x') }),
    ).toEqual([]);
  });
});

describe('a crawl in Chromium', () => {
  let server: TestServer;
  const html = (body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head><body><main>${body}</main></body></html>`;
  beforeAll(async () => {
    const pages: Record<string, string> = {
      '/': html('<a href="/a">A</a> <a href="b.html">B</a> <a href="https://example.invalid/">out</a>'),
      '/a': html('<a href="/">home</a> <a href="/c">C</a> <a href="/doc.pdf">PDF</a>'),
      '/b.html': html('<a href="/a#x">A again</a> <a href="/missing">broken</a>'),
      '/c': html('<a href="/d">D</a>'),
      '/d': html('<p>end</p>'),
    };
    server = await startTestServer((pathname, _req, res) => {
      const body = pages[pathname];
      if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      else res.writeHead(404, { 'content-type': 'text/html' }).end(html('<h1>Introuvable</h1>'));
    });
  });
  afterAll(() => server.close());

  it('checks every page reached on the origin, once, and reports a broken link as a failed page', async () => {
    const crawler = createCrawler([`${server.origin}/`], { maxPages: 20 });
    const report = await check(crawler.seeds, { axe: false, discover: crawler.discover, concurrency: 2 });
    const byPath = new Map(report.results.map((r) => [new URL(r.target.url).pathname, r]));
    expect([...byPath.keys()].sort()).toEqual(['/', '/a', '/b.html', '/c', '/d', '/missing']);
    expect(byPath.get('/missing')?.status).toBe('failed');
    expect(byPath.get('/missing')?.error?.code).toBe('http-status');
    expect(byPath.get('/d')?.status).toBe('checked');
    expect(report.summary.targets).toBe(6);
    expect(server.hits.get('/a')).toBe(1);
    expect(server.hits.has('/doc.pdf')).toBe(false);
  }, 60_000);

  it('stops at --max-pages', async () => {
    const crawler = createCrawler([`${server.origin}/`], { maxPages: 2 });
    const report = await check(crawler.seeds, { axe: false, discover: crawler.discover, concurrency: 2 });
    expect(report.results).toHaveLength(2);
    expect(crawler.skipped).toBeGreaterThan(0);
  }, 60_000);
});
