/**
 * From what the user names to targets: URLs, files and folders (kinds by extension, served over
 * HTTP, ids relative to the working folder), sitemaps, include patterns, and a problem for everything
 * that cannot be checked instead of a silent drop.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { globToRegExp, type ResolvedTargets, resolveTargets } from '../../src/run/targets.ts';
import { fixturesDir, makeWorkspace, removeTempDirs, write } from './helpers.ts';

const opened: ResolvedTargets[] = [];

/** resolveTargets, with its servers closed after the test. */
async function resolve(...args: Parameters<typeof resolveTargets>): Promise<ResolvedTargets> {
  const resolved = await resolveTargets(...args);
  opened.push(resolved);
  return resolved;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((resolved) => resolved.close()));
});
afterAll(removeTempDirs);

describe('resolveTargets on local folders and files', () => {
  it('turns a folder into its pages, images, SVGs and PDFs, sorted, skipping node_modules and dot entries', async () => {
    const { cwd } = makeWorkspace();
    const { targets, problems } = await resolve(['site'], { cwd });

    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.id, t.kind])).toEqual([
      ['site/docs/index.html', 'page'],
      ['site/docs/notice.pdf', 'pdf'],
      ['site/images/Photo Équipe.JPG', 'image'],
      ['site/images/logo.svg', 'svg'],
      ['site/images/photo.png', 'image'],
      ['site/index.html', 'page'],
    ]);
    expect(new Set(targets.map((t) => t.origin))).toEqual(new Set(['argument']));
  });

  it('gives local targets URLs of one local server that serves them and their assets', async () => {
    const { cwd } = makeWorkspace();
    const resolved = await resolve(['site'], { cwd });

    expect(resolved.servers).toHaveLength(1);
    const origin = resolved.servers[0]?.origin as string;
    for (const target of resolved.targets) expect(target.url.startsWith(`${origin}/`)).toBe(true);

    const home = resolved.targets.find((t) => t.id === 'site/index.html');
    const page = await fetch(home?.url as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Accueil');
    const css = await fetch(new URL('css/style.css', home?.url));
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    await css.text();

    const photo = resolved.targets.find((t) => t.id === 'site/images/Photo Équipe.JPG');
    const image = await fetch(photo?.url as string);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/jpeg/);
    await image.arrayBuffer();
  });

  it('stops its servers on close', async () => {
    const { cwd } = makeWorkspace();
    const resolved = await resolveTargets(['site/index.html'], { cwd });
    const url = resolved.targets[0]?.url as string;
    expect((await fetch(url)).status).toBe(200);
    await resolved.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it('serves a file from its own folder, with one server per distinct root folder', async () => {
    const { cwd } = makeWorkspace();
    write(cwd, 'other/a.html', '<!doctype html><title>A</title>');
    write(cwd, 'other/b.html', '<!doctype html><title>B</title>');
    const resolved = await resolve(['other/a.html', 'site', path.join(cwd, 'other/b.html'), './other/a.html'], {
      cwd,
    });

    expect(resolved.problems).toEqual([]);
    expect(resolved.servers.map((s) => s.root).sort()).toEqual([path.join(cwd, 'other'), path.join(cwd, 'site')]);
    const a = resolved.targets.find((t) => t.id === 'other/a.html');
    expect(a?.url).toBe(`${resolved.servers.find((s) => s.root.endsWith('other'))?.origin}/a.html`);
    expect(await (await fetch(a?.url as string)).text()).toContain('<title>A</title>');
    // Named twice (relative and ./relative): kept once, in the place it was first named.
    expect(resolved.targets.filter((t) => t.id === 'other/a.html')).toHaveLength(1);
    expect(resolved.targets[0]?.id).toBe('other/a.html');
    expect(resolved.targets.at(-1)?.id).toBe('other/b.html');
  });

  it('accepts absolute paths and file:// URLs, with ids still relative to the working folder', async () => {
    const { cwd, site } = makeWorkspace();
    const { targets, problems } = await resolve(
      [path.join(site, 'images/logo.svg'), pathToFileURL(path.join(site, 'docs/notice.pdf')).href],
      { cwd },
    );
    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.id, t.kind])).toEqual([
      ['site/images/logo.svg', 'svg'],
      ['site/docs/notice.pdf', 'pdf'],
    ]);
  });

  it('gives ids with ../ for files outside the working folder', async () => {
    const { site } = makeWorkspace();
    const cwd = path.join(site, 'docs');
    const { targets } = await resolve(['../index.html'], { cwd });
    expect(targets.map((t) => t.id)).toEqual(['../index.html']);
  });

  it('reports a missing path, an unknown kind, an empty folder and a non-http URL, keeping the rest', async () => {
    const { cwd } = makeWorkspace();
    mkdirSync(path.join(cwd, 'empty'));
    write(cwd, 'assets/only.css', 'a{}');
    const { targets, problems } = await resolve(
      [
        'site/missing.html',
        'site/notes.txt',
        'site/css/style.css',
        'empty',
        'assets',
        'ftp://example.gouv.fr/a',
        'site/index.html',
      ],
      { cwd },
    );

    expect(targets.map((t) => t.id)).toEqual(['site/index.html']);
    expect(problems).toEqual([
      { input: 'site/missing.html', code: 'not-found', message: '"site/missing.html" does not exist' },
      {
        input: 'site/notes.txt',
        code: 'unknown-kind',
        message: expect.stringMatching(
          /^"site\/notes\.txt" is not a page, image, SVG or PDF \(unknown extension "\.txt"\)/,
        ),
      },
      { input: 'site/css/style.css', code: 'unknown-kind', message: expect.stringContaining('"site/css/style.css"') },
      {
        input: 'empty',
        code: 'empty-folder',
        message: 'Folder "empty" holds no page, image, SVG or PDF file to check',
      },
      { input: 'assets', code: 'empty-folder', message: expect.stringContaining('"assets"') },
      {
        input: 'ftp://example.gouv.fr/a',
        code: 'invalid-url',
        message: expect.stringContaining('is not an http(s) URL'),
      },
    ]);
  });

  it('reports a file whose name the server cannot carry in a URL (# or ?)', async () => {
    const { cwd } = makeWorkspace();
    write(cwd, 'site/Questions #1.html', '<!doctype html><title>FAQ</title>');
    const { targets, problems } = await resolve(['site', 'site/Questions #1.html'], { cwd });
    expect(problems).toEqual([
      {
        input: 'site',
        code: 'unsupported-name',
        message: '"site/Questions #1.html" cannot be served: its path contains "#" or "?"; rename it to check it',
      },
    ]);
    expect(targets.map((t) => t.id)).toContain('site/index.html');
  });

  it('hints at https:// when a missing path looks like a host name', async () => {
    const { cwd } = makeWorkspace();
    const { problems } = await resolve(['www.example.gouv.fr'], { cwd });
    expect(problems).toEqual([
      {
        input: 'www.example.gouv.fr',
        code: 'not-found',
        message: '"www.example.gouv.fr" does not exist (for a site, add https://)',
      },
    ]);
  });

  // Root reads every folder whatever its mode: nothing to observe then.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder met while walking', async () => {
    const { cwd, site } = makeWorkspace();
    const locked = path.join(site, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    const { problems, targets } = await resolve(['site'], { cwd });
    expect(problems).toEqual([
      { input: 'site/locked', code: 'unreadable', message: expect.stringContaining('EACCES') },
    ]);
    expect(targets.length).toBeGreaterThan(0);
  });

  it('keeps only what matches the include patterns among the files of a folder', async () => {
    const { cwd } = makeWorkspace();
    const pages = await resolve(['site'], { cwd, include: ['*.html'] });
    expect(pages.targets.map((t) => t.id)).toEqual(['site/docs/index.html', 'site/index.html']);

    const docs = await resolve(['site', 'site/images/logo.svg'], { cwd, include: ['site/docs/**'] });
    // What is named directly is kept whatever the patterns.
    expect(docs.targets.map((t) => t.id)).toEqual([
      'site/docs/index.html',
      'site/docs/notice.pdf',
      'site/images/logo.svg',
    ]);

    const none = await resolve(['site'], { cwd, include: ['*.xhtml'] });
    expect(none.targets).toEqual([]);
    expect(none.problems[0]?.message).toMatch(/matching the include patterns/);
  });
});

describe('resolveTargets on URLs and sitemaps', () => {
  it('turns URLs into targets with normalised ids, kind by extension, duplicates once', async () => {
    const { targets, problems, servers } = await resolve(
      [
        'https://www.example.gouv.fr/a?x=1#section',
        'HTTPS://WWW.EXAMPLE.GOUV.FR:443/a?x=1',
        'http://www.example.gouv.fr/',
        'https://www.example.gouv.fr/docs/rapport.PDF',
      ],
      { cwd: fixturesDir },
    );
    expect(problems).toEqual([]);
    expect(servers).toEqual([]);
    expect(targets).toEqual([
      {
        id: 'https://www.example.gouv.fr/a?x=1',
        url: 'https://www.example.gouv.fr/a?x=1',
        kind: 'page',
        origin: 'argument',
      },
      { id: 'http://www.example.gouv.fr/', url: 'http://www.example.gouv.fr/', kind: 'page', origin: 'argument' },
      {
        id: 'https://www.example.gouv.fr/docs/rapport.PDF',
        url: 'https://www.example.gouv.fr/docs/rapport.PDF',
        kind: 'pdf',
        origin: 'argument',
      },
    ]);
  });

  it('adds the pages of sitemaps after the inputs, with their origin, without repeating inputs', async () => {
    const { targets, problems } = await resolve(['https://www.example.gouv.fr/', 'site/index.html'], {
      cwd: fixturesDir,
      sitemaps: ['sitemaps/urlset.xml', 'sitemaps/urls.txt'],
    });
    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.id, t.origin])).toEqual([
      ['https://www.example.gouv.fr/', 'argument'],
      ['site/index.html', 'argument'],
      ['https://www.example.gouv.fr/recherche?q=impots&page=2', 'sitemap sitemaps/urlset.xml'],
      ['https://www.example.gouv.fr/actualites/', 'sitemap sitemaps/urlset.xml'],
      ['https://www.example.gouv.fr/actualites/2025/budget.html', 'sitemap sitemaps/urlset.xml'],
      ['https://www.example.gouv.fr/documents/rapport.pdf', 'sitemap sitemaps/urlset.xml'],
      ['https://www.example.gouv.fr/a', 'sitemap sitemaps/urls.txt'],
      ['https://www.example.gouv.fr/b', 'sitemap sitemaps/urls.txt'],
    ]);
    expect(targets.find((t) => t.id.endsWith('rapport.pdf'))?.kind).toBe('pdf');
  });

  it('passes sitemap problems on and filters sitemap pages with include patterns', async () => {
    const { targets, problems } = await resolve([], {
      cwd: fixturesDir,
      sitemaps: ['sitemaps/index.xml', 'sitemaps/nowhere.xml'],
      include: ['https://www.example.gouv.fr/actualites/**'],
    });
    expect(targets.map((t) => t.id)).toEqual([
      'https://www.example.gouv.fr/actualites/',
      'https://www.example.gouv.fr/actualites/2025/budget.html',
    ]);
    expect(problems.map((p) => [p.input, p.code])).toEqual([
      ['sitemaps/missing.xml', 'not-found'],
      ['sitemaps/nowhere.xml', 'not-found'],
    ]);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.html', 'index.html', true],
    ['*.html', 'docs/index.html', false],
    ['**/*.html', 'docs/index.html', true],
    ['**/*.html', 'index.html', true],
    ['site/**', 'site/a/b.pdf', true],
    ['site/*', 'site/a/b.pdf', false],
    ['*.{png,jpg}', 'a.jpg', true],
    ['*.{png,jpg}', 'a.svg', false],
    ['page?.html', 'page1.html', true],
    ['page?.html', 'page10.html', false],
    ['a+b(1).html', 'a+b(1).html', true],
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(globToRegExp(pattern).test(text)).toBe(expected);
  });

  it('refuses an unclosed brace, naming the pattern', () => {
    expect(() => globToRegExp('*.{png,jpg')).toThrow('Include pattern "*.{png,jpg" has an unclosed "{"');
  });
});
