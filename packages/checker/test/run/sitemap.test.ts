/**
 * Sitemaps from local files and from a loopback HTTP server: URL sets and indexes, gzip, whitespace
 * and entities, limits on depth and size, cycles, and failures that become problems.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readSitemap } from '../../src/run/sitemap.ts';
import { fixturesDir, removeTempDirs, startTestServer, type TestServer, tempDir, write } from './helpers.ts';

const cwd = fixturesDir;
const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(removeTempDirs);

const urlset = (...locs: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((loc) => `  <url><loc>${loc}</loc></url>`)
    .join('\n')}\n</urlset>\n`;

const sitemapIndex = (...locs: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((loc) => `  <sitemap><loc>${loc}</loc><lastmod>2025-01-01</lastmod></sitemap>`)
    .join('\n')}\n</sitemapindex>\n`;

/** A loopback server answering each path in `files` with its body (gzip for Buffers), 404 otherwise. */
async function serve(files: (origin: string) => Record<string, string | Buffer>): Promise<TestServer> {
  let table: Record<string, string | Buffer> = {};
  const server = await startTestServer((pathname, _req, res) => {
    const body = table[pathname];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Introuvable</title>');
      return;
    }
    res.writeHead(200, { 'content-type': Buffer.isBuffer(body) ? 'application/gzip' : 'application/xml' }).end(body);
  });
  table = files(server.origin);
  servers.push(server);
  return server;
}

describe('readSitemap from local files', () => {
  it('reads a URL set: whitespace trimmed, entities and CDATA decoded, normalised, duplicates once', async () => {
    const { urls, problems } = await readSitemap('sitemaps/urlset.xml', { cwd });
    expect(problems).toEqual([]);
    expect(urls).toEqual([
      'https://www.example.gouv.fr/',
      'https://www.example.gouv.fr/recherche?q=impots&page=2',
      'https://www.example.gouv.fr/actualites/',
      'https://www.example.gouv.fr/actualites/2025/budget.html',
      'https://www.example.gouv.fr/documents/rapport.pdf',
    ]);
  });

  it('reads a gzipped sitemap, by its .gz name or by its content', async () => {
    const dir = tempDir('sitemap-gz');
    const xml = urlset('https://www.example.gouv.fr/a', 'https://www.example.gouv.fr/b');
    write(dir, 'sitemap.xml.gz', gzipSync(xml));
    write(dir, 'sitemap-without-extension', gzipSync(xml));
    for (const file of ['sitemap.xml.gz', 'sitemap-without-extension']) {
      const { urls, problems } = await readSitemap(path.join(dir, file), { cwd: dir });
      expect(problems).toEqual([]);
      expect(urls).toEqual(['https://www.example.gouv.fr/a', 'https://www.example.gouv.fr/b']);
    }
  });

  it('follows a local index with prefixed names, reporting a missing child and ignoring the cycle', async () => {
    const { urls, problems } = await readSitemap(path.join(fixturesDir, 'sitemaps/index.xml'), { cwd });
    expect(urls).toHaveLength(5);
    expect(urls[0]).toBe('https://www.example.gouv.fr/');
    expect(problems).toEqual([
      {
        input: 'sitemaps/missing.xml',
        code: 'not-found',
        message: 'Sitemap "sitemaps/missing.xml" does not exist (listed in sitemaps/index.xml)',
      },
    ]);
  });

  it('reads the plain-text form, one URL per line', async () => {
    const { urls, problems } = await readSitemap('sitemaps/urls.txt', { cwd });
    expect(problems).toEqual([]);
    expect(urls).toEqual(['https://www.example.gouv.fr/a', 'https://www.example.gouv.fr/b']);
  });

  it('ignores the DOCTYPE: no external entity is read, no custom entity expanded, no crash', async () => {
    const { urls, problems } = await readSitemap('sitemaps/xxe.xml', { cwd });
    expect(JSON.stringify({ urls, problems })).not.toContain('root:');
    expect(urls).toEqual(['https://www.example.gouv.fr/&lol2;', 'https://www.example.gouv.fr/contact']);
    expect(problems).toEqual([
      {
        input: '&xxe;',
        code: 'invalid-url',
        message: 'Sitemap entry "&xxe;" in sitemaps/xxe.xml is not an absolute http(s) URL',
      },
    ]);
  });

  it('reports a file that is not a sitemap, naming it and its root element', async () => {
    const { urls, problems } = await readSitemap('sitemaps/not-a-sitemap.html', { cwd });
    expect(urls).toEqual([]);
    expect(problems).toEqual([
      {
        input: 'sitemaps/not-a-sitemap.html',
        code: 'not-a-sitemap',
        message:
          'sitemaps/not-a-sitemap.html is not a sitemap: its root element is <html>, expected <urlset> or <sitemapindex>',
      },
    ]);
  });

  it('reports a missing sitemap and a URL that is not http(s)', async () => {
    expect((await readSitemap('nowhere.xml', { cwd })).problems).toEqual([
      { input: 'nowhere.xml', code: 'not-found', message: 'Sitemap "nowhere.xml" does not exist' },
    ]);
    expect((await readSitemap('ftp://example.gouv.fr/sitemap.xml', { cwd })).problems[0]).toMatchObject({
      code: 'invalid-url',
      message: 'Sitemap "ftp://example.gouv.fr/sitemap.xml" is not an http(s) URL',
    });
  });

  it('reports corrupt gzip', async () => {
    const dir = tempDir('sitemap-badgz');
    write(dir, 'broken.xml.gz', gzipSync(urlset('https://www.example.gouv.fr/')).subarray(0, 20));
    const { problems } = await readSitemap('broken.xml.gz', { cwd: dir });
    expect(problems).toEqual([
      {
        input: 'broken.xml.gz',
        code: 'gzip',
        message: expect.stringMatching(/^Sitemap broken\.xml\.gz is not valid gzip/),
      },
    ]);
  });
});

describe('readSitemap over HTTP', () => {
  it('follows an index to its children, once each: plain, gzipped, and a 404 reported', async () => {
    const server = await serve((origin) => ({
      '/sitemap_index.xml': sitemapIndex(
        `${origin}/pages.xml`,
        `${origin}/news.xml.gz`,
        `${origin}/gone.xml`,
        `${origin}/pages.xml`,
        `${origin}/sitemap_index.xml`,
      ),
      '/pages.xml': urlset(`${origin}/`, `${origin}/contact`),
      '/news.xml.gz': gzipSync(urlset(`${origin}/actualites/1`, `${origin}/contact`)),
    }));
    const { origin } = server;
    const { urls, problems } = await readSitemap(`${origin}/sitemap_index.xml`, { cwd });

    expect(urls).toEqual([`${origin}/`, `${origin}/contact`, `${origin}/actualites/1`]);
    expect(problems).toEqual([
      {
        input: `${origin}/gone.xml`,
        code: 'http-status',
        message: `Sitemap ${origin}/gone.xml answered HTTP 404 (listed in ${origin}/sitemap_index.xml)`,
      },
    ]);
    expect(Object.fromEntries(server.hits)).toEqual({
      '/sitemap_index.xml': 1,
      '/pages.xml': 1,
      '/news.xml.gz': 1,
      '/gone.xml': 1,
    });
  });

  it('resolves relative child locations against the index URL', async () => {
    const server = await serve((origin) => ({
      '/maps/index.xml': sitemapIndex('pages.xml'),
      '/maps/pages.xml': urlset(`${origin}/a`),
    }));
    const { urls, problems } = await readSitemap(`${server.origin}/maps/index.xml`, { cwd });
    expect(problems).toEqual([]);
    expect(urls).toEqual([`${server.origin}/a`]);
  });

  it('stops at the depth limit and reports the sitemaps not read', async () => {
    const server = await serve((origin) => ({
      '/level0.xml': sitemapIndex(`${origin}/level1.xml`),
      '/level1.xml': sitemapIndex(`${origin}/level2.xml`),
      '/level2.xml': sitemapIndex(`${origin}/pages.xml`),
      '/pages.xml': urlset(`${origin}/deep-page`),
    }));
    const { origin } = server;

    const shallow = await readSitemap(`${origin}/level0.xml`, { cwd, maxDepth: 2 });
    expect(shallow.urls).toEqual([]);
    expect(shallow.problems).toEqual([
      {
        input: `${origin}/pages.xml`,
        code: 'too-deep',
        message: `Sitemap ${origin}/pages.xml (listed in ${origin}/level2.xml) is nested more than 2 sitemap index levels deep; not read`,
      },
    ]);
    expect(server.hits.get('/pages.xml')).toBeUndefined();

    const deep = await readSitemap(`${origin}/level0.xml`, { cwd, maxDepth: 3 });
    expect(deep).toEqual({ urls: [`${origin}/deep-page`], problems: [] });
  });

  it('ends on a cycle of indexes, reading each once', async () => {
    const server = await serve((origin) => ({
      '/a.xml': sitemapIndex(`${origin}/b.xml`, `${origin}/pages.xml`),
      '/b.xml': sitemapIndex(`${origin}/a.xml`, `${origin}/b.xml`),
      '/pages.xml': urlset(`${origin}/page`),
    }));
    const result = await readSitemap(`${server.origin}/a.xml`, { cwd, maxDepth: 50 });
    expect(result).toEqual({ urls: [`${server.origin}/page`], problems: [] });
    expect([...server.hits.values()]).toEqual([1, 1, 1]);
  });

  it('keeps at most maxUrls pages and says so', async () => {
    const server = await serve((origin) => ({
      '/index.xml': sitemapIndex(`${origin}/one.xml`, `${origin}/two.xml`, `${origin}/three.xml`),
      '/one.xml': urlset(`${origin}/1`, `${origin}/2`),
      '/two.xml': urlset(`${origin}/2`, `${origin}/3`, `${origin}/4`),
      '/three.xml': urlset(`${origin}/5`),
    }));
    const { origin } = server;
    const { urls, problems } = await readSitemap(`${origin}/index.xml`, { cwd, maxUrls: 3 });
    expect(urls).toEqual([`${origin}/1`, `${origin}/2`, `${origin}/3`]);
    expect(problems).toEqual([
      {
        input: `${origin}/two.xml`,
        code: 'too-many-urls',
        message: `Sitemap ${origin}/two.xml brings the number of pages over the limit of 3; the remaining URLs are ignored`,
      },
    ]);
    expect(server.hits.get('/three.xml')).toBeUndefined();
  });

  it('never reads a local file listed by a remote sitemap', async () => {
    const server = await serve(() => ({
      '/index.xml': sitemapIndex('file:///etc/passwd', 'mailto:webmestre@example.gouv.fr'),
    }));
    const { urls, problems } = await readSitemap(`${server.origin}/index.xml`, { cwd });
    expect(urls).toEqual([]);
    expect(problems.map((p) => [p.input, p.code])).toEqual([
      ['file:///etc/passwd', 'invalid-url'],
      ['mailto:webmestre@example.gouv.fr', 'invalid-url'],
    ]);
    expect(problems[0]?.message).toBe(
      `Sitemap entry "file:///etc/passwd" in ${server.origin}/index.xml is not an http(s) URL`,
    );
  });

  it('reports an HTML answer as not a sitemap', async () => {
    const server = await serve(() => ({ '/sitemap.xml': '<!DOCTYPE html><html><body>Bienvenue</body></html>' }));
    const { problems } = await readSitemap(`${server.origin}/sitemap.xml`, { cwd });
    expect(problems).toEqual([
      {
        input: `${server.origin}/sitemap.xml`,
        code: 'not-a-sitemap',
        message: `${server.origin}/sitemap.xml is not a sitemap: its root element is <html>, expected <urlset> or <sitemapindex>`,
      },
    ]);
  });

  it('reports a download failure and uses the fetch it is given', async () => {
    const calls: string[] = [];
    const failing = (async (input: string | URL | Request) => {
      calls.push(String(input));
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    }) as typeof fetch;
    const { urls, problems } = await readSitemap('http://127.0.0.1:9/sitemap.xml', { cwd, fetchImpl: failing });
    expect(calls).toEqual(['http://127.0.0.1:9/sitemap.xml']);
    expect(urls).toEqual([]);
    expect(problems).toEqual([
      {
        input: 'http://127.0.0.1:9/sitemap.xml',
        code: 'fetch',
        message:
          'Sitemap http://127.0.0.1:9/sitemap.xml could not be downloaded: fetch failed (connect ECONNREFUSED 127.0.0.1:9)',
      },
    ]);
  });

  it('gives up on a sitemap that does not answer in time', async () => {
    const server = await startTestServer(() => {
      // never answers
    });
    servers.push(server);
    const { problems } = await readSitemap(`${server.origin}/slow.xml`, { cwd, timeoutMs: 200 });
    expect(problems).toEqual([
      {
        input: `${server.origin}/slow.xml`,
        code: 'fetch',
        message: `Sitemap ${server.origin}/slow.xml could not be downloaded: no answer within 200 ms`,
      },
    ]);
  });
});
