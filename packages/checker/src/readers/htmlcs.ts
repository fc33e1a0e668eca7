/**
 * HTML_CodeSniffer, pa11y's own engine, run through pa11y's in-page runner as a second opinion next to
 * axe-core. pa11y is an optional peer dependency: `--engine htmlcs` needs it installed beside charte.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { HtmlcsIssue } from '../model/page.ts';

const require = createRequire(import.meta.url);

interface Pa11yRunner {
  supports: string;
  scripts: string[];
  run: (...args: unknown[]) => unknown;
}

let loaded: { source: string; version: string } | undefined;

export class EngineUnavailableError extends Error {}

/** The scripts to evaluate in a page: pa11y's client, HTML_CodeSniffer and pa11y's htmlcs runner. */
export function htmlcsSource(): { source: string; version: string } {
  if (loaded) return loaded;
  let version: string;
  let client: string;
  let runner: Pa11yRunner;
  try {
    version = (require('pa11y/package.json') as { version: string }).version;
    client = readFileSync(require.resolve('pa11y/lib/runner.js'), 'utf8');
    runner = require('pa11y/lib/runners/htmlcs.js') as Pa11yRunner;
  } catch (error) {
    throw new EngineUnavailableError(
      `the htmlcs engine runs through pa11y's runner, and pa11y could not be loaded (${(error as Error).message.split('\n')[0]}). ` +
        'Install it beside charte: PUPPETEER_SKIP_DOWNLOAD=true npm install --save-dev pa11y@9',
    );
  }
  if (!/^9\./.test(version))
    throw new EngineUnavailableError(`the htmlcs engine needs pa11y 9, and pa11y ${version} is installed`);
  const bundle = runner.scripts.map((file) => readFileSync(file, 'utf8')).join('\n;\n');
  loaded = {
    version,
    source: `${client}\n;${bundle}\n;window.__pa11y.runners.htmlcs = ${runner.run.toString()};`,
  };
  return loaded;
}

export interface HtmlcsOptions {
  /** `WCAG2A`, `WCAG2AA` (RGAA is WCAG 2.1 AA) or `WCAG2AAA`. */
  standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
  /** Keep HTML_CodeSniffer's warnings (manual checks it flags); its notices are never kept. */
  includeWarnings?: boolean;
  /** Issues inside these elements are dropped (pa11y's `hideElements`). */
  hideElements?: string;
  /** Only issues inside this element are kept (pa11y's `rootElement`). */
  rootElement?: string;
}

/** Runs HTML_CodeSniffer on the page as it is now; returns its errors (and warnings when asked). */
export async function runHtmlcs(page: Page, options: HtmlcsOptions = {}): Promise<HtmlcsIssue[]> {
  const { source, version } = htmlcsSource();
  // Already injected when the page was read before (a retry keeps no state: pages are new).
  if (!(await page.evaluate('Boolean(window.__pa11y && window.__pa11y.runners.htmlcs)'))) await page.evaluate(source);
  const run = {
    pa11yVersion: version,
    runners: ['htmlcs'],
    standard: options.standard ?? 'WCAG2AA',
    rules: [],
    ignore: ['notice', ...(options.includeWarnings ? [] : ['warning'])],
    wait: 0,
    hideElements: options.hideElements,
    rootElement: options.rootElement,
  };
  const json = (await page.evaluate(
    `window.__pa11y.run(${JSON.stringify(run)}).then((r) => JSON.stringify(r.issues))`,
  )) as string;
  const issues = JSON.parse(json) as {
    code: string;
    type: string;
    message: string;
    context: string;
    selector: string;
  }[];
  return issues.map((i) => ({
    code: i.code,
    type: i.type === 'error' ? 'error' : 'warning',
    message: i.message,
    selector: i.selector,
    snippet: i.context && i.context.length > 200 ? `${i.context.slice(0, 200)}…` : (i.context ?? ''),
  }));
}
