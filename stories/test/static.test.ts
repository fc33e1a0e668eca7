/**
 * The built static Storybook (`storybook-static/`, written by `pnpm storybook:build` and by `pnpm test` before
 * the tests) opens in Chromium: the manager lists the pages, and every docs page (foundations, charter,
 * components) renders its content with no error overlay and no script error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../packages/checker/src/run/browser.ts';

const dist = fileURLToPath(new URL('../../storybook-static/', import.meta.url));

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
}

function entries(): Entry[] {
  const file = `${dist}index.json`;
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the static Storybook first (pnpm storybook:build).`);
  return Object.values((JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, Entry> }).entries);
}

const PREFIX = '/storybook/';
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  entries();
  // Served under a sub-path, as a ministry would host it beside its site: every URL must be relative.
  const serve = sirv(dist, { dev: true });
  server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404).end();
    };
    if (!req.url?.startsWith(PREFIX)) return notFound();
    req.url = req.url.slice(PREFIX.length - 1);
    serve(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  browser = await launchChromium(findChromium());
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a docs page in the preview frame; returns the script errors and failed requests seen. */
async function openDocs(page: Page, id: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${base}iframe.html?viewMode=docs&id=${id}`);
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-errordisplay') ||
      (document.querySelector('#storybook-docs h1')?.textContent ?? '').trim().length > 0,
    undefined,
    { timeout: 30_000 },
  );
  return errors;
}

describe('static Storybook', () => {
  it('lists the foundations, the charter and every component', () => {
    const titles = new Set(entries().map((e) => e.title.split('/')[0]));
    for (const section of ['Fondamentaux', 'Charte', 'Composants']) expect(titles).toContain(section);
  });

  it('opens the manager with its sidebar', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForSelector('#storybook-explorer-tree', { timeout: 30_000 });
    await page.close();
  });

  const docs = existsSync(`${dist}index.json`) ? entries().filter((e) => e.type === 'docs') : [];
  it.each(docs.map((e) => [e.title, e.id]))('%s renders without an error', async (_title, id) => {
    const page = await browser.newPage();
    const errors = await openDocs(page, id);
    const overlay = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error overlay')
        : '',
    );
    await page.close();
    expect(overlay).toBe('');
    expect(errors).toEqual([]);
  });
});
