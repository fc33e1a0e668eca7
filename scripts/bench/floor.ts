/**
 * The floor of a page check: navigation plus one axe-core run with the checker's tags, nothing else,
 * with the same browser, pool size and page setup as `charte check`. Usage: floor.ts URLS-FILE CONCURRENCY.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findChromium, launchChromium } from '../../packages/checker/src/run/browser.ts';
import { root } from './lib.ts';

const [listFile, concurrencyArg] = process.argv.slice(2);
if (!listFile) throw new Error('usage: floor.ts URLS-FILE [CONCURRENCY]');
const urls = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const require = createRequire(path.join(root, 'packages/checker/package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const browser = await launchChromium(findChromium());
let next = 0;
let failed = 0;
const worker = async () => {
  while (next < urls.length) {
    const url = urls[next++] as string;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(axeSource);
      await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations', 'incomplete'], elementRef: false })`,
      );
    } catch (error) {
      failed++;
      process.stderr.write(`${url}: ${(error as Error).message.split('\n')[0]}\n`);
    } finally {
      await context.close();
    }
  }
};
await Promise.all(Array.from({ length: Number(concurrencyArg ?? 2) }, worker));
await browser.close();
process.stdout.write(`${JSON.stringify({ pages: urls.length, failed })}\n`);
