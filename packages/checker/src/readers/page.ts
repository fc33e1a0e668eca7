/**
 * Reads a page in Chromium: one navigation, then one snapshot (DOM facts, computed styles, boxes,
 * rendered fonts, axe results, screenshot) that every rule reads. Each phase has its own timeout;
 * failures become a PageLoadError with a code the report shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { Target } from '../model/index.ts';
import type { AxeResult, PageSnapshot, RenderedFont } from '../model/page.ts';
import { type HtmlcsOptions, runHtmlcs } from './htmlcs.ts';

const require = createRequire(import.meta.url);
/** The in-page collector: one arrow-function expression (comment lines and a final `;` removed). */
const snapshotSource = readFileSync(new URL('./snapshot.browser.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim()
  .replace(/;$/, '');
let axeSource: string | undefined;

export interface PageTimeouts {
  navigation: number;
  settle: number;
  snapshot: number;
  axe: number;
}

export const DEFAULT_MAX_DOM_ELEMENTS = 100_000;

export const DEFAULT_TIMEOUTS: PageTimeouts = { navigation: 30_000, settle: 5_000, snapshot: 20_000, axe: 60_000 };

export interface ReadPageOptions {
  timeouts: PageTimeouts;
  axe: boolean;
  screenshot: boolean;
  maxElements: number;
  /** Pages with more elements than this are not read (axe's time grows with the DOM). */
  maxDomElements?: number;
  /** Run HTML_CodeSniffer too (pa11y's runner), with these options. */
  htmlcs?: HtmlcsOptions;
  /** What the accessibility engines look at (CSS selectors): pa11y's rootElement and hideElements. */
  scope?: { include?: string; exclude?: string };
  /** Requests to any other origin are blocked in the browser (pages served locally). */
  onlyOrigin?: string;
  /** Run before the snapshot (pa11y-style actions). */
  before?: (page: Page) => Promise<void>;
  /** Deadline of `before`, ms (default: the navigation timeout). */
  beforeTimeout?: number;
}

export class PageLoadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PageLoadError';
  }
}

/** Runs `work` with a deadline; on expiry throws a PageLoadError `timeout` naming the phase. */
async function phase<T>(name: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageLoadError('timeout', `${name} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function navigationError(error: unknown, ms: number): PageLoadError {
  const message = (error as Error).message ?? String(error);
  if (error instanceof PageLoadError) return error;
  if (/ERR_TOO_MANY_REDIRECTS/.test(message)) return new PageLoadError('redirects', 'too many redirects');
  if (/Timeout \d+ms exceeded|timeout/i.test(message))
    return new PageLoadError('timeout', `navigation took longer than ${ms} ms`);
  if (/Target (page, context or browser )?(has been )?closed|crash/i.test(message))
    return new PageLoadError('crash', 'the page crashed while loading');
  const net = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (net === 'ERR_FILE_NOT_FOUND') return new PageLoadError('not-found', 'file not found');
  if (net) return new PageLoadError('network', net);
  return new PageLoadError('navigation', message.split('\n')[0] ?? message);
}

export async function readPage(
  context: BrowserContext,
  target: Target,
  options: ReadPageOptions,
): Promise<PageSnapshot> {
  const page = await context.newPage();
  let crashed = false;
  // A crash ends the current phase at once instead of leaving it to its timeout.
  let onCrash: (() => void) | undefined;
  const crash = new Promise<never>((_, reject) => {
    onCrash = () => reject(new PageLoadError('crash', 'the page crashed'));
  });
  crash.catch(() => {});
  page.on('crash', () => {
    crashed = true;
    onCrash?.();
  });
  try {
    const { timeouts } = options;
    if (options.onlyOrigin) {
      // Blocked by Chromium itself: no round trip to Node per request, as request interception would cost.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setBlockedURLs', {
        urls: ['*'],
        urlPatterns: [
          { urlPattern: `${options.onlyOrigin}/*`, block: false },
          { urlPattern: 'data:*', block: false },
          { urlPattern: 'blob:*', block: false },
        ],
      });
    }
    let response: Awaited<ReturnType<Page['goto']>>;
    try {
      response = await page.goto(target.url, { waitUntil: 'load', timeout: timeouts.navigation });
    } catch (error) {
      throw crashed
        ? new PageLoadError('crash', 'the page crashed while loading')
        : navigationError(error, timeouts.navigation);
    }
    if (!response) throw new PageLoadError('navigation', 'no response');
    const status = response.status();
    if (status >= 400) throw new PageLoadError('http-status', `HTTP ${status} ${response.statusText()}`.trim());
    const type = (await response.headerValue('content-type')) ?? '';
    if (type && !/html|xml/i.test(type)) throw new PageLoadError('not-html', `not an HTML page (content-type ${type})`);

    const guard = async <T>(name: string, ms: number, work: Promise<T>) => {
      try {
        return await phase(name, ms, Promise.race([work, crash]));
      } catch (error) {
        if (crashed) throw new PageLoadError('crash', `the page crashed during ${name}`);
        throw error instanceof PageLoadError
          ? error
          : new PageLoadError('read', `${name}: ${(error as Error).message.split('\n')[0]}`);
      }
    };
    await guard('fonts', timeouts.settle, page.evaluate('document.fonts.ready.then(() => true)')).catch((error) => {
      if (crashed) throw error;
    });
    if (options.before)
      await guard('actions', options.beforeTimeout ?? timeouts.navigation, options.before(page)).catch(
        (error: Error) => {
          throw error instanceof PageLoadError && error.code !== 'read'
            ? error
            : new PageLoadError('action', error.message);
        },
      );
    const limit = options.maxDomElements ?? DEFAULT_MAX_DOM_ELEMENTS;
    const count = (await guard(
      'snapshot',
      timeouts.snapshot,
      page.evaluate('document.getElementsByTagName("*").length'),
    )) as number;
    if (count > limit)
      throw new PageLoadError(
        'too-large',
        `the page has ${count} elements, over the limit of ${limit}: raise it with --max-dom if the page is meant to be that large`,
      );
    const facts = await guard(
      'snapshot',
      timeouts.snapshot,
      // One JSON string crosses the protocol much faster than the same object serialised value by value.
      page.evaluate(`JSON.stringify((${snapshotSource})(${JSON.stringify({ maxElements: options.maxElements })}))`),
    );
    const snapshot = JSON.parse(facts as string) as Omit<
      PageSnapshot,
      'url' | 'finalUrl' | 'status' | 'fonts' | 'axe' | 'screenshot'
    >;
    const fonts = await guard(
      'fonts',
      timeouts.snapshot,
      renderedFonts(context, page, snapshot.elements, snapshot.loadedFaces),
    );
    const axe = options.axe ? await guard('axe', timeouts.axe, runAxe(page, options.scope)) : null;
    const htmlcs = options.htmlcs
      ? await guard(
          'htmlcs',
          timeouts.axe,
          runHtmlcs(page, {
            ...options.htmlcs,
            ...(options.scope?.exclude ? { hideElements: options.scope.exclude } : {}),
            ...(options.scope?.include ? { rootElement: options.scope.include } : {}),
          }),
        )
      : undefined;
    let screenshot: string | undefined;
    if (options.screenshot) {
      const height = Math.min(snapshot.documentSize.height, 3000);
      const png = await guard(
        'screenshot',
        timeouts.snapshot,
        page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: snapshot.viewport.width, height }, type: 'png' }),
      );
      screenshot = png.toString('base64');
    }
    return {
      url: target.url,
      finalUrl: page.url(),
      status,
      ...snapshot,
      fonts,
      axe,
      ...(htmlcs ? { htmlcs } : {}),
      ...(screenshot ? { screenshot } : {}),
    };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The fonts Chromium really drew text with: CSS.getPlatformFontsForNode on a few elements of each
 * font-family/weight combination the page uses.
 */
async function renderedFonts(
  context: BrowserContext,
  page: Page,
  elements: PageSnapshot['elements'],
  loadedFaces: string[],
): Promise<RenderedFont[]> {
  const loaded = new Set(loadedFaces.map((f) => f.toLowerCase()));
  const fonts = new Map<string, RenderedFont>();
  const groups = new Map<string, string[]>();
  for (const el of elements) {
    if (!el.text || el.code) continue;
    // Latin text whose first family is a web font the page loaded is drawn in it: Marianne and Spectral
    // cover Latin. Anything else (a system font first, other scripts, a face that failed) asks Chromium.
    const first = (el.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
    if (loaded.has(first.toLowerCase()) && LATIN.test(el.text)) {
      const known = fonts.get(first);
      if (known) known.glyphs += el.text.length;
      else fonts.set(first, { family: first, custom: true, glyphs: el.text.length, selector: el.selector });
      continue;
    }
    const key = `${el.fontFamily}|${el.fontWeight}`;
    const list = groups.get(key) ?? [];
    if (list.length < 2) list.push(el.selector);
    groups.set(key, list);
  }
  const selectors = [...groups.values()].flat().slice(0, 60);
  if (!selectors.length) return [...fonts.values()];
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    // The queries are sent together: the round trips overlap instead of adding up.
    const answers = await Promise.all(
      selectors.map(async (selector) => {
        const { nodeId } = await cdp
          .send('DOM.querySelector', { nodeId: root.nodeId, selector })
          .catch(() => ({ nodeId: 0 }));
        if (!nodeId) return { selector, fonts: [] };
        const result = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }).catch(() => ({ fonts: [] }));
        return { selector, fonts: result.fonts };
      }),
    );
    for (const { selector, fonts: used } of answers) {
      for (const f of used) {
        const known = fonts.get(f.familyName);
        if (known) known.glyphs += f.glyphCount;
        else fonts.set(f.familyName, { family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount, selector });
      }
    }
    return [...fonts.values()];
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Basic Latin, Latin-1, Latin Extended-A and B, general punctuation, euro and trade mark signs. */
const LATIN = /^[\u0020-\u024f\u2000-\u206f\u20ac\u2122\s]*$/;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function runAxe(
  page: Page,
  scope: ReadPageOptions['scope'] = {},
): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> {
  const context =
    scope.include || scope.exclude
      ? JSON.stringify({
          include: scope.include ? [scope.include] : undefined,
          exclude: scope.exclude ? [scope.exclude] : [],
        })
      : 'document';
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const raw = (await page.evaluate(
    `axe.run(${context}, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations', 'incomplete'], elementRef: false })`,
  )) as { violations: RawAxe[]; incomplete: RawAxe[] };
  const map = (r: RawAxe): AxeResult => ({
    id: r.id,
    impact: r.impact ?? null,
    help: r.help,
    helpUrl: r.helpUrl,
    tags: r.tags,
    nodes: r.nodes.map((n) => ({
      selector: Array.isArray(n.target) ? n.target.flat().join(' ') : String(n.target),
      snippet: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
      message: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  });
  return { violations: raw.violations.map(map), incomplete: raw.incomplete.map(map) };
}

interface RawAxe {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}
