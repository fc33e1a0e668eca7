/**
 * Runs the checks: a pool of browser contexts sized to the machine pulls targets from a queue; each page
 * is read once and every rule reads the snapshot. A crashed page or browser is relaunched and the
 * target tried once more; every target ends as a result or an explicit error.
 */
import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadCharter, paletteFor } from '../charter/index.ts';
import type { AssetLimits } from '../model/asset.ts';
import type { Finding, Report, Severity, Target, TargetResult } from '../model/index.ts';
import { REPORT_VERSION, summarise } from '../model/index.ts';
import type { PageSnapshot } from '../model/page.ts';
import type { Issue, RuleContext } from '../model/rule.ts';
import { type HtmlcsOptions, htmlcsSource } from '../readers/htmlcs.ts';
import { DEFAULT_TIMEOUTS, PageLoadError, type PageTimeouts, readPage } from '../readers/page.ts';
import { axeIssues } from '../rules/axe.ts';
import { htmlcsIssues, htmlcsRulesOf } from '../rules/htmlcs.ts';
import { allRules, pageRules, ruleById } from '../rules/index.ts';
import { type AssetPool, inProcessPool, workerPool } from './asset-pool.ts';
import type { AssetAuditOptions, AssetUse } from './assets.ts';
import { findChromium, launchChromium } from './browser.ts';

export const VERSION = '0.1.0';

export type ProgressEvent =
  | {
      type: 'start';
      total: number;
      /** Pages checked at once. */
      concurrency: number;
      browser: string;
      /** Images, SVG and PDF files, and the worker threads auditing them (0: in the calling thread). */
      assets: number;
      assetWorkers: number;
    }
  | { type: 'done'; result: TargetResult; done: number; total: number };

export interface TargetSetup {
  /** Run once the page has loaded, before it is read (pa11y actions, a wait). */
  before?: (page: Page) => Promise<void>;
  /** Deadline of `before` as a whole, ms (default: the navigation timeout). */
  beforeTimeout?: number;
  viewport?: { width: number; height: number };
  /** Extra HTTP headers for the page's requests. */
  headers?: Record<string, string>;
  /** Navigation timeout, ms. */
  timeout?: number;
  /** What the accessibility engines look at: only inside `include`, nothing inside `exclude` (CSS selectors). */
  scope?: { include?: string; exclude?: string };
}

export interface CheckOptions {
  charter?: string;
  /** Severity of a rule for a target; default: the rule's own. */
  severity?: (ruleId: string, target: Target) => Severity | undefined;
  concurrency?: number;
  browserPath?: string;
  timeouts?: Partial<PageTimeouts>;
  screenshots?: boolean;
  axe?: boolean;
  /** Run HTML_CodeSniffer through pa11y's runner too (`--engine axe,htmlcs`). */
  htmlcs?: HtmlcsOptions;
  maxElements?: number;
  /** Pages with more elements are reported as `too-large` instead of being read. */
  maxDomElements?: number;
  viewport?: { width: number; height: number };
  /** Abort requests to other hosts than the target's when the target is served locally. */
  blockExternal?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  /** What the assets (images, SVG, PDF) are for: `auto` (default) takes PDF and TIFF as print, the rest as web. */
  assetUse?: AssetUse;
  /** Bounds on the work one asset may cause (pixels, bytes, PDF pages, analysis size). */
  assetLimits?: Partial<AssetLimits>;
  /** Judge photographs on the palette too (`brand/raster-palette`); by default only flat graphics are. */
  photoPalette?: boolean;
  /** Worker threads auditing assets (default: one per core; 0 audits in the calling thread). */
  assetWorkers?: number;
  /** Called with each page's snapshot, for tools built on the engine. */
  onSnapshot?: (target: Target, snapshot: PageSnapshot) => void;
  /** New targets a checked page leads to (crawling); they are checked in the same run. */
  discover?: (target: Target, snapshot: PageSnapshot) => Target[];
  /** What differs for one target (pa11y-ci's per-URL options): actions, viewport, headers, timeout, scope. */
  setup?: (target: Target) => TargetSetup | undefined;
}

/** Findings from a rule's issues at the configured severity (an issue may lower it to `warn`). */
function findingsOf(
  ruleId: string,
  defaultSeverity: Severity,
  issues: Issue[],
  target: Target,
  severity: NonNullable<CheckOptions['severity']>,
): Finding[] {
  const level = severity(ruleId, target) ?? defaultSeverity;
  if (level === 'off') return [];
  return issues.map(({ severity: lowered, ...issue }) => ({
    ruleId,
    severity: lowered === 'warn' ? 'warn' : level,
    ...issue,
  }));
}

/** Turns a snapshot into findings, with the configured severities. */
export function evaluatePage(
  snapshot: PageSnapshot,
  target: Target,
  context: RuleContext,
  severity: CheckOptions['severity'] = () => undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pageRules) {
    if (!rule.meta.kinds.includes(target.kind)) continue;
    const level = severity(rule.meta.id, target) ?? rule.meta.defaultSeverity;
    if (level === 'off') continue;
    findings.push(
      ...findingsOf(rule.meta.id, rule.meta.defaultSeverity, rule.check(snapshot, context), target, severity),
    );
  }
  for (const [ruleId, issues] of axeIssues(snapshot))
    findings.push(...findingsOf(ruleId, 'error', issues, target, severity));
  for (const [ruleId, issues] of htmlcsIssues(snapshot))
    findings.push(...findingsOf(ruleId, 'error', issues, target, severity));
  return findings;
}

const isLocal = (url: string) => /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url);

export async function check(targets: Target[], options: CheckOptions = {}): Promise<Report> {
  const started = Date.now();
  const charter = loadCharter(options.charter ?? 'etat');
  // An engine that cannot be loaded stops the run before any page, with one message.
  if (options.htmlcs) htmlcsSource();
  const context: RuleContext = { charter, palette: paletteFor(charter) };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const concurrency = Math.max(1, options.concurrency ?? Math.min(3, Math.max(2, availableParallelism())));
  const results: TargetResult[] = new Array(targets.length);
  const pages = targets.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'page');
  const assets = targets.map((t, i) => ({ t, i })).filter(({ t }) => t.kind !== 'page');

  let browser: Browser | undefined;
  let browserPath = '';
  let launching: Promise<Browser> | undefined;
  const getBrowser = async () => {
    if (browser?.isConnected()) return browser;
    launching ??= (async () => {
      browserPath ||= findChromium(options.browserPath);
      browser = await launchChromium(browserPath);
      return browser;
    })().finally(() => {
      launching = undefined;
    });
    return launching;
  };

  let done = 0;
  if (pages.length) {
    try {
      await getBrowser();
    } catch (error) {
      for (const { t, i } of pages) {
        results[i] = {
          target: t,
          status: 'failed',
          error: { code: 'browser', message: (error as Error).message },
          findings: [],
          durationMs: 0,
          attempts: 0,
        };
      }
      pages.length = 0;
    }
  }
  options.onProgress?.({
    type: 'start',
    total: targets.length,
    concurrency,
    browser: browserPath,
    assets: assets.length,
    assetWorkers: assetPoolSize(assets.length, options),
  });

  /** HTML_CodeSniffer codes met, whose rules go in the report. */
  const htmlcsCodes = new Set<string>();
  /** Targets discovered while checking (crawling), appended to the queue. */
  const found: Target[] = [];
  const checkOne = async (target: Target): Promise<TargetResult> => {
    const begin = Date.now();
    let lastError: PageLoadError | undefined;
    for (let attempt = 1; attempt <= 2; attempt++) {
      let ctx: BrowserContext | undefined;
      try {
        const b = await getBrowser();
        const setup = options.setup?.(target);
        ctx = await b.newContext({
          viewport: setup?.viewport ?? options.viewport ?? { width: 1280, height: 800 },
          ...(setup?.headers ? { extraHTTPHeaders: setup.headers } : {}),
          serviceWorkers: 'block',
          locale: 'fr-FR',
        });
        const snapshot = await readPage(ctx, target, {
          timeouts: setup?.timeout ? { ...timeouts, navigation: setup.timeout } : timeouts,
          axe: options.axe ?? true,
          screenshot: options.screenshots ?? false,
          maxElements: options.maxElements ?? 8000,
          ...(options.maxDomElements ? { maxDomElements: options.maxDomElements } : {}),
          ...(options.htmlcs ? { htmlcs: options.htmlcs } : {}),
          ...(setup?.before ? { before: setup.before } : {}),
          ...(setup?.beforeTimeout ? { beforeTimeout: setup.beforeTimeout } : {}),
          ...(setup?.scope ? { scope: setup.scope } : {}),
          ...((options.blockExternal ?? true) && isLocal(target.url) ? { onlyOrigin: new URL(target.url).origin } : {}),
        });
        for (const issue of snapshot.htmlcs ?? []) htmlcsCodes.add(issue.code);
        options.onSnapshot?.(target, snapshot);
        if (options.discover) found.push(...options.discover(target, snapshot));
        const findings = evaluatePage(snapshot, target, context, options.severity);
        return {
          target,
          status: 'checked',
          findings,
          title: snapshot.title,
          finalUrl: snapshot.finalUrl,
          ...(snapshot.screenshot ? { screenshot: snapshot.screenshot } : {}),
          durationMs: Date.now() - begin,
          attempts: attempt,
        };
      } catch (error) {
        lastError =
          error instanceof PageLoadError
            ? error
            : new PageLoadError(
                browser?.isConnected() === false ? 'crash' : 'read',
                (error as Error).message.split('\n')[0] ?? String(error),
              );
        // A crash (page or browser) is worth one more try; an HTTP error or a timeout is not.
        if (!['crash', 'browser'].includes(lastError.code)) break;
      } finally {
        await ctx?.close().catch(() => {});
      }
    }
    return {
      target,
      status: 'failed',
      error: { code: lastError?.code ?? 'read', message: lastError?.message ?? 'unknown error' },
      findings: [],
      durationMs: Date.now() - begin,
      attempts: lastError && ['crash', 'browser'].includes(lastError.code) ? 2 : 1,
    };
  };

  // The queue can grow while it is worked (crawling): an idle worker waits while others may still add.
  const queue = [...pages];
  let total = targets.length;
  let busy = 0;
  let waiting: (() => void)[] = [];
  const wakeAll = () => {
    for (const wake of waiting.splice(0)) wake();
  };
  const worker = async () => {
    for (;;) {
      const item = queue.shift();
      if (!item) {
        if (busy === 0) return wakeAll();
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      busy++;
      const { t, i } = item;
      results[i] = await checkOne(t);
      for (const extra of found.splice(0)) {
        queue.push({ t: extra, i: total++ });
      }
      done++;
      busy--;
      options.onProgress?.({ type: 'done', result: results[i] as TargetResult, done, total });
      wakeAll();
    }
  };
  const severity = options.severity ?? (() => undefined);
  const assetsDone = auditAssets(assets, options, charter.id, severity, (i, result) => {
    results[i] = result;
    done++;
    options.onProgress?.({ type: 'done', result, done, total });
  });
  try {
    const workers = options.discover ? concurrency : Math.min(concurrency, pages.length);
    if (pages.length || options.discover) await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  } finally {
    await browser?.close().catch(() => {});
  }
  await assetsDone;
  waiting = [];
  return {
    version: REPORT_VERSION,
    tool: { name: 'charte', version: VERSION },
    charter: charter.id,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    rules: [...allRules, ...htmlcsRulesOf(htmlcsCodes)],
    results,
    summary: summarise(results),
  };
}

/** Worker threads for `count` assets: one per core, no more than the assets; 0 (in-process) for a single one. */
function assetPoolSize(count: number, options: CheckOptions): number {
  const size = options.assetWorkers ?? availableParallelism();
  return count > 1 ? Math.min(size, count) : 0;
}

/** Audits the image, SVG and PDF targets in a pool of worker threads (in this thread for a single one). */
async function auditAssets(
  assets: { t: Target; i: number }[],
  options: CheckOptions,
  charter: string,
  severity: NonNullable<CheckOptions['severity']>,
  onResult: (index: number, result: TargetResult) => void,
): Promise<void> {
  if (!assets.length) return;
  const size = assetPoolSize(assets.length, options);
  const pool: AssetPool = size > 0 ? workerPool(size) : inProcessPool();
  try {
    await Promise.all(
      assets.map(async ({ t, i }) => {
        const auditOptions: AssetAuditOptions = {
          charter,
          use: options.assetUse ?? 'auto',
          photoPalette: options.photoPalette ?? false,
          limits: options.assetLimits ?? {},
          preview: options.screenshots ?? false,
          off: [...ruleById.keys()].filter((id) => severity(id, t) === 'off'),
          timeout: options.timeouts?.navigation ?? DEFAULT_TIMEOUTS.navigation,
        };
        const audit = await pool.audit(t, auditOptions);
        const findings = audit.issues.flatMap(([ruleId, issues]) =>
          findingsOf(ruleId, ruleById.get(ruleId)?.defaultSeverity ?? 'error', issues, t, severity),
        );
        onResult(i, {
          target: t,
          status: audit.status,
          ...(audit.error ? { error: audit.error } : {}),
          findings,
          title: audit.title,
          ...(audit.preview ? { preview: audit.preview } : {}),
          durationMs: audit.durationMs,
          attempts: 1,
        });
      }),
    );
  } finally {
    await pool.close();
  }
}
