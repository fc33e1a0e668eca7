/** The `charte` command: argument parsing, then the library does the work. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, severityResolver } from './config.ts';
import { EXIT, exitCode, type Report } from './model/index.ts';
import { formatReport, githubReport, REPORT_FORMATS, type ReportFormat } from './report/index.ts';
import { allRules } from './rules/index.ts';
import { applyBaseline, createBaseline, readBaseline } from './run/baseline.ts';
import { createCrawler } from './run/crawl.ts';
import { check, type ProgressEvent, VERSION } from './run/engine.ts';
import { mergeReports, readReportFile } from './run/merge.ts';
import { Pa11yConfigError, readPa11yCiConfig } from './run/pa11y.ts';
import { type Pa11yPlan, planPa11yCi } from './run/pa11y-plan.ts';
import { parseShard, shardTargets } from './run/shard.ts';
import { resolveTargets } from './run/targets.ts';
import { isHttpUrl } from './run/urls.ts';

const HELP = `charte ${VERSION}: checks pages, images, SVG and PDF against the French State brand and RGAA accessibility

Usage:
  charte check [targets…] [options]    check URLs, HTML files and folders
  charte baseline [targets…] -o FILE   write the current findings as a baseline
  charte merge REPORT.json… -o FILE    join the JSON reports of shards
  charte rules                         list the rules

Targets: http(s) URLs, local files and folders: pages (.html, .htm, .xhtml), images (.png, .jpg, .jpeg, .webp,
.avif, .tif, .tiff, .gif), SVG and PDF; a folder gives every such file below it.

Options:
  --charter ID            charter to check against (default: etat)
  --config FILE           configuration (default: ./charte.config.json when present)
  -f, --format LIST       text,json,sarif,junit,html,github (default: text)
  -o, --output PATH       folder for the report files (charte-report.<ext>); with baseline/merge, the file
  --baseline FILE         report only findings that are not in this baseline
  --sitemap URL|FILE      add the pages of a sitemap (repeatable; sitemap indexes are followed)
  --pa11yci FILE          check the URLs of a pa11y-ci configuration, with its actions, waits, viewports,
                          headers, timeouts, rootElement, hideElements, ignore lists and runners
  --crawl URL             check URL and the pages its links lead to on the same origin (repeatable)
  --max-pages N           pages checked at most when crawling, all targets counted (default: 100)
  --shard I/N             check only the I-th of N slices of the targets
  --concurrency N         pages checked at once (default: 2 or 3, by cores)
  --timeout MS            navigation timeout per page (default: 30000)
  --max-dom N             pages with more elements are reported as too large, not read (default: 100000)
  --use web|print|auto    what images, SVG and PDF are for (default: auto, PDF and TIFF for print)
  --max-pixels N          images with more pixels are refused, not decoded (default: 100000000)
  --max-pdf-pages N       PDF pages read for text, fonts and colours (default: 50; page 1 always rendered)
  --palette-photos        judge photographs on the palette too (by default only flat graphics)
  --asset-workers N       worker threads auditing assets (default: one per core; 0: in this thread)
  --browser-path PATH     Chromium or Chrome to use (or CHARTE_CHROME)
  --lang fr|en            language of the reports (default: en)
  --engine LIST           accessibility engines: axe (default), htmlcs (HTML_CodeSniffer through pa11y's
                          runner, needs pa11y 9 installed), or both: axe,htmlcs
  --no-axe                skip the axe-core accessibility rules
  -q, --quiet             no progress, no text report on stdout
  -h, --help, -v, --version

Exit codes: 0 no error-level finding; 1 error-level findings; 2 a target could not be checked.`;

/** The asset options of the command line, checked. */
function assetOptions(values: {
  use?: string;
  'max-pixels'?: string;
  'max-pdf-pages'?: string;
  'asset-workers'?: string;
  'palette-photos'?: boolean;
}) {
  const use = values.use ?? 'auto';
  if (!['web', 'print', 'auto'].includes(use)) throw new UsageError(`--use must be web, print or auto, not "${use}"`);
  const workers = values['asset-workers'];
  if (workers !== undefined && !/^\d+$/.test(workers))
    throw new UsageError(`--asset-workers must be a whole number (0 or more), not "${workers}"`);
  return {
    assetUse: use as 'web' | 'print' | 'auto',
    assetLimits: {
      ...(values['max-pixels'] ? { maxPixels: positiveInteger('--max-pixels', values['max-pixels']) } : {}),
      ...(values['max-pdf-pages'] ? { maxPdfPages: positiveInteger('--max-pdf-pages', values['max-pdf-pages']) } : {}),
    },
    ...(workers !== undefined ? { assetWorkers: Number(workers) } : {}),
    ...(values['palette-photos'] ? { photoPalette: true } : {}),
  };
}

const EXTENSIONS: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'junit.xml',
  html: 'html',
  github: 'github.txt',
};

/** Where the command reads and writes; the process by default, a test's buffers otherwise. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      charter: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      baseline: { type: 'string' },
      sitemap: { type: 'string', multiple: true },
      crawl: { type: 'string', multiple: true },
      pa11yci: { type: 'string' },
      'max-pages': { type: 'string' },
      shard: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'max-dom': { type: 'string' },
      use: { type: 'string' },
      'max-pixels': { type: 'string' },
      'max-pdf-pages': { type: 'string' },
      'asset-workers': { type: 'string' },
      'palette-photos': { type: 'boolean', default: false },
      'browser-path': { type: 'string' },
      lang: { type: 'string', default: 'en' },
      engine: { type: 'string' },
      'no-axe': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const say = (line: string) => io.stderr.write(`${line}\n`);
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    io.stdout.write(`${HELP}\n`);
    return command || values.help ? EXIT.ok : EXIT.incomplete;
  }

  if (command === 'rules') {
    for (const r of allRules)
      io.stdout.write(
        `${r.id.padEnd(40)} ${r.defaultSeverity.padEnd(5)} ${r.title[values.lang === 'fr' ? 'fr' : 'en']}\n`,
      );
    return EXIT.ok;
  }
  if (command === 'merge') {
    if (!values.output) throw new UsageError('merge needs -o FILE');
    const reports = await Promise.all(inputs.map((f) => readReportFile(path.resolve(io.cwd, f))));
    const merged = mergeReports(reports, { sources: inputs });
    writeFileSync(path.resolve(io.cwd, values.output), formatReport('json', merged));
    say(
      `merged ${reports.length} reports: ${merged.summary.targets} targets, ${merged.summary.errors} errors, ${merged.summary.warnings} warnings`,
    );
    return exitCode(merged.summary);
  }
  if (command !== 'check' && command !== 'baseline') throw new UsageError(`unknown command "${command}"`);

  const formats = values.format.split(',').map((f) => f.trim()) as ReportFormat[];
  const unknown = formats.filter((f) => !REPORT_FORMATS.includes(f));
  if (unknown.length)
    throw new UsageError(`unknown format ${unknown.join(', ')} (known: ${REPORT_FORMATS.join(', ')})`);
  const { config } = loadConfig(io.cwd, values.config);
  let plan: Pa11yPlan | undefined;
  if (values.pa11yci) {
    try {
      plan = await planPa11yCi(await readPa11yCiConfig(values.pa11yci, io.cwd), io.cwd);
    } catch (error) {
      if (error instanceof Pa11yConfigError) throw new UsageError(error.message);
      throw error;
    }
    for (const warning of plan.warnings) say(`warning: ${warning}`);
  }
  const engines = parseEngines(values.engine ?? ([...(plan?.engines ?? [])].join(',') || 'axe'));
  const resolved = await resolveTargets(inputs, {
    cwd: io.cwd,
    sitemaps: values.sitemap ?? [],
    ...(config.include ? { include: config.include } : {}),
  });
  try {
    let targets = [...resolved.targets, ...(plan?.targets ?? [])];
    if (values.shard) targets = shardTargets(targets, parseShard(values.shard));
    const crawler = values.crawl?.length
      ? createCrawler(values.crawl.map(crawlSeed), {
          maxPages: positiveInteger('--max-pages', values['max-pages'] ?? '100'),
          known: targets.map((t) => t.url),
        })
      : undefined;
    if (crawler) targets = [...targets, ...crawler.seeds];
    if (!targets.length && !resolved.problems.length && !plan?.problems.length)
      throw new UsageError('no target: name URLs, files or folders, or --sitemap, or --crawl');
    const tty = Boolean(io.stderr.isTTY) && !io.env.CI;
    const progress = values.quiet ? undefined : progressPrinter(say, tty, io.stderr);
    const concurrency = values.concurrency ? Number(values.concurrency) : config.concurrency;
    let report = await check(targets, {
      charter: values.charter ?? config.charter ?? 'etat',
      severity: plan ? withIgnored(severityResolver(config), plan) : severityResolver(config),
      ...(plan ? { setup: plan.setup } : {}),
      ...(concurrency ? { concurrency } : {}),
      ...(values['browser-path'] ? { browserPath: values['browser-path'] } : {}),
      timeouts: { ...config.timeouts, ...(values.timeout ? { navigation: Number(values.timeout) } : {}) },
      ...(values['max-dom'] ? { maxDomElements: positiveInteger('--max-dom', values['max-dom']) } : {}),
      ...assetOptions(values),
      screenshots: formats.includes('html'),
      axe: engines.has('axe') && !values['no-axe'],
      ...(engines.has('htmlcs') ? { htmlcs: { standard: plan?.standard ?? 'WCAG2AA' } } : {}),
      ...(progress ? { onProgress: progress } : {}),
      ...(crawler ? { discover: crawler.discover } : {}),
    });
    report = withProblems(report, [...resolved.problems, ...(plan?.problems ?? [])]);
    if (crawler?.skipped)
      say(
        `crawl: stopped at ${values['max-pages'] ?? 100} pages; ${crawler.skipped} more linked pages were not checked (raise --max-pages)`,
      );

    if (command === 'baseline') {
      const file = path.resolve(io.cwd, values.output ?? 'charte-baseline.json');
      const baseline = createBaseline(report);
      writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
      say(`baseline: ${baseline.entries.length} findings written to ${path.relative(io.cwd, file) || file}`);
      return report.summary.failed ? EXIT.incomplete : EXIT.ok;
    }
    const baselineFile = values.baseline ?? config.baseline;
    if (baselineFile) report = applyBaseline(report, readBaseline(path.resolve(io.cwd, baselineFile)));

    const options = { color: tty, lang: (values.lang === 'fr' ? 'fr' : 'en') as 'fr' | 'en', cwd: io.cwd };
    const outDir = path.resolve(io.cwd, values.output ?? '.');
    for (const format of formats) {
      if (format === 'text') {
        if (!values.quiet) io.stdout.write(formatReport('text', report, options));
        continue;
      }
      if (format === 'github') {
        const { annotations, summary } = githubReport(report, options);
        io.stdout.write(annotations);
        if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, summary);
        continue;
      }
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `charte-report.${EXTENSIONS[format]}`);
      writeFileSync(file, formatReport(format, report, { ...options, includeScreenshots: false }));
      say(`${format} report: ${path.relative(io.cwd, file)}`);
    }
    return exitCode(report.summary);
  } finally {
    await resolved.close();
    await plan?.close();
  }
}

/** pa11y's `ignore` list turns rules off for its URLs, before anything else decides. */
function withIgnored(
  resolve: ReturnType<typeof severityResolver>,
  plan: Pa11yPlan,
): ReturnType<typeof severityResolver> {
  return (ruleId, target) => (plan.ignored(ruleId, target) ? 'off' : resolve(ruleId, target));
}

/** Targets that could not even be resolved (missing file, bad sitemap) are results too: failed ones. */
function withProblems(report: Report, problems: { input: string; code: string; message: string }[]): Report {
  if (!problems.length) return report;
  const failed = problems.map((p) => ({
    target: { id: p.input, url: p.input, kind: 'page' as const, origin: 'argument' },
    status: 'failed' as const,
    error: { code: p.code, message: p.message },
    findings: [],
    durationMs: 0,
    attempts: 0,
  }));
  const results = [...report.results, ...failed];
  return {
    ...report,
    results,
    summary: { ...report.summary, targets: results.length, failed: report.summary.failed + failed.length },
  };
}

function progressPrinter(say: (line: string) => void, tty: boolean, stream: Io['stderr']) {
  const started = Date.now();
  return (event: ProgressEvent) => {
    if (event.type === 'start') {
      const pages = event.total - event.assets;
      const parts = [
        pages ? `pages ${event.concurrency} at a time${event.browser ? ` (${event.browser})` : ''}` : '',
        event.assets
          ? `${event.assets} asset${event.assets > 1 ? 's' : ''} ${event.assetWorkers ? `on ${event.assetWorkers} worker thread${event.assetWorkers > 1 ? 's' : ''}` : 'in this thread'}`
          : '',
      ].filter(Boolean);
      say(`checking ${event.total} target${event.total > 1 ? 's' : ''}${parts.length ? `: ${parts.join(', ')}` : ''}`);
      return;
    }
    const { result, done, total } = event;
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    const line =
      result.status === 'failed'
        ? `✗ ${result.target.id}: ${result.error?.code} ${result.error?.message}`
        : `✓ ${result.target.id}: ${errors} errors, ${warnings} warnings (${(result.durationMs / 1000).toFixed(1)} s)`;
    if (tty) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r\x1b[K${line}\n[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      if (done === total) stream.write('\r\x1b[K');
    } else {
      say(`[${done}/${total}] ${line}`);
    }
  };
}

const ENGINES = ['axe', 'htmlcs'];

function parseEngines(list: string): Set<string> {
  const names = list
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((e) => !ENGINES.includes(e));
  if (unknown.length || !names.length)
    throw new UsageError(`unknown engine "${unknown.join(', ') || list}" (known: ${ENGINES.join(', ')})`);
  return new Set(names);
}

function crawlSeed(url: string): string {
  if (!isHttpUrl(url))
    throw new UsageError(`--crawl needs an http(s) URL, not "${url}" (name a folder to check local files)`);
  return url;
}

function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} needs a whole number above 0, not "${value}"`);
  return n;
}

export class UsageError extends Error {}
