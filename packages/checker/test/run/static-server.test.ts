/**
 * The local server that lets pages given as files load like a site: pages and their assets with the
 * right content types, folders to their index, 404 for what is missing, nothing outside the root.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../src/run/static-server.ts';
import { makeWorkspace, PNG_BYTES, rawGet, removeTempDirs, write } from './helpers.ts';

let server: StaticServer;
let site: string;

beforeAll(async () => {
  ({ site } = makeWorkspace());
  write(site, 'Mentions légales & contact.html', '<!doctype html><title>Mentions légales</title>');
  server = await startStaticServer(site);
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

describe('startStaticServer', () => {
  it('listens on the loopback interface with a port of its own', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.origin).not.toMatch(/:0$/);
  });

  it('serves a page and the stylesheet it links to', async () => {
    const page = await fetch(server.urlFor('index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<title>Accueil');

    const href = /href="([^"]+\.css)"/.exec(html)?.[1];
    expect(href).toBe('css/style.css');
    const css = await fetch(new URL(href as string, page.url));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('font-family: Marianne');
  });

  it('serves a folder URL with its index.html', async () => {
    const root = await fetch(`${server.origin}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<title>Accueil');
    const docs = await fetch(`${server.origin}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<title>Documentation</title>');
  });

  it.each([
    ['index.html', /^text\/html/],
    ['css/style.css', /^text\/css/],
    ['js/app.js', /^(text|application)\/javascript/],
    ['images/logo.svg', /^image\/svg\+xml/],
    ['fonts/marianne.woff2', /^font\/woff2/],
    ['images/photo.png', /^image\/png/],
    ['images/Photo Équipe.JPG', /^image\/jpeg/],
    ['docs/notice.pdf', /^application\/pdf/],
  ])('gives %s the content type %s', async (file, type) => {
    const response = await fetch(server.urlFor(file));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    await response.arrayBuffer();
  });

  it('serves binary files byte for byte', async () => {
    const response = await fetch(server.urlFor('images/photo.png'));
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
  });

  it('builds URLs for names with spaces, accents and & that the server finds', async () => {
    const url = server.urlFor(path.join(site, 'Mentions légales & contact.html'));
    expect(url).toBe(`${server.origin}/Mentions%20l%C3%A9gales%20&%20contact.html`);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Mentions légales');
  });

  it('answers 404 for a missing file', async () => {
    const response = await fetch(`${server.origin}/nope.html`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/css/..%2f..%2fsecret.txt',
    '/css/%2e%2e%5c%2e%2e%5csecret.txt',
    '/..\\secret.txt',
  ])('never serves a file outside the root (%s)', async (rawPath) => {
    const response = await rawGet(server.origin, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('SECRET');
  });

  it('does not serve dot files', async () => {
    const response = await rawGet(server.origin, '/.env');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('do-not-serve');
  });

  it('answers HEAD and refuses other methods than GET and HEAD', async () => {
    const head = await fetch(server.urlFor('index.html'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    const post = await fetch(server.urlFor('index.html'), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('refuses to build a URL for a file outside the root', () => {
    expect(() => server.urlFor(path.join(site, '..', 'secret.txt'))).toThrow(
      /secret\.txt" is outside the served folder/,
    );
  });

  it('stops answering once closed', async () => {
    const other = await startStaticServer(site);
    const url = other.urlFor('index.html');
    expect((await fetch(url)).status).toBe(200);
    await other.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it('refuses to serve a path that is not a folder, naming it', async () => {
    await expect(startStaticServer(path.join(site, 'index.html'))).rejects.toThrow(/index\.html": not a folder/);
    await expect(startStaticServer(path.join(site, 'nowhere'))).rejects.toThrow(/nowhere": ENOENT/);
  });
});
