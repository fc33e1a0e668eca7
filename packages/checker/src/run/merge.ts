/**
 * Merging the JSON reports of a sharded run (`charte merge shard-*.json`) into one report, as if the
 * targets had been checked in a single run.
 */
import { readFile } from 'node:fs/promises';
import { REPORT_VERSION, type Report, type RuleMeta, summarise, type TargetResult } from '../model/index.ts';

export interface MergeOptions {
  /** A name for each report (its file), used in error messages; `report <n>` otherwise. */
  sources?: string[];
}

export interface MergeResult {
  report: Report;
  /** Ids of targets found in more than one report; the result of the last report is kept. */
  duplicates: string[];
}

/**
 * Merges reports and tells which targets were in several of them. Results are concatenated in the
 * order of the reports; a target met again replaces the earlier result (in its place) and is listed
 * in `duplicates`. Rules are kept once per id. The summary is recomputed from the merged results,
 * with `baselined` the sum of the reports' own. `startedAt` is the earliest start and `durationMs` the
 * longest run (shards run in parallel). `tool` is the first report's.
 *
 * @throws Error when there is no report, or a report has another format version or charter than the
 * first, or an unreadable `startedAt`; the message names the report.
 */
export function mergeShardReports(reports: readonly Report[], options: MergeOptions = {}): MergeResult {
  const first = reports[0];
  if (!first) throw new Error('No report to merge');
  const name = (i: number): string => options.sources?.[i] ?? `report ${i + 1}`;

  const byId = new Map<string, TargetResult>();
  const duplicates = new Set<string>();
  const rules = new Map<string, RuleMeta>();
  let baselined = 0;
  let startedAt = Number.POSITIVE_INFINITY;
  let durationMs = 0;

  reports.forEach((report, i) => {
    if (report.version !== REPORT_VERSION) {
      throw new Error(
        `Cannot merge ${name(i)}: it is a report of format version ${String(report.version)}, this charte reads version ${REPORT_VERSION}`,
      );
    }
    if (report.charter !== first.charter) {
      throw new Error(
        `Cannot merge ${name(i)}: it was checked against charter "${report.charter}", ${name(0)} against "${first.charter}"`,
      );
    }
    const started = Date.parse(report.startedAt);
    if (Number.isNaN(started)) {
      throw new Error(`Cannot merge ${name(i)}: its startedAt "${report.startedAt}" is not a date`);
    }
    startedAt = Math.min(startedAt, started);
    durationMs = Math.max(durationMs, report.durationMs);
    baselined += report.summary.baselined;
    for (const rule of report.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    for (const result of report.results) {
      if (byId.has(result.target.id)) duplicates.add(result.target.id);
      byId.set(result.target.id, result);
    }
  });

  const results = [...byId.values()];
  return {
    report: {
      version: REPORT_VERSION,
      tool: first.tool,
      charter: first.charter,
      startedAt: new Date(startedAt).toISOString(),
      durationMs,
      rules: [...rules.values()],
      results,
      summary: summarise(results, baselined),
    },
    duplicates: [...duplicates],
  };
}

/**
 * The reports of a sharded run as one report; see `mergeShardReports` for the rules, and use it to
 * learn which targets were in more than one shard.
 *
 * @throws Error when there is no report, or when versions or charters differ (naming the report).
 */
export function mergeReports(reports: readonly Report[], options: MergeOptions = {}): Report {
  return mergeShardReports(reports, options).report;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with `data` as a charte JSON report (of any format version), or undefined if nothing. */
function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'it is not a JSON object';
  if (!isObject(data.tool) || data.tool.name !== 'charte') return 'its "tool.name" is not "charte"';
  if (typeof data.version !== 'number') return 'it has no numeric "version"';
  if (typeof data.tool.version !== 'string') return 'its "tool.version" is not a string';
  if (typeof data.charter !== 'string') return 'its "charter" is not a string';
  if (typeof data.startedAt !== 'string' || Number.isNaN(Date.parse(data.startedAt))) {
    return 'its "startedAt" is not a date';
  }
  if (typeof data.durationMs !== 'number') return 'its "durationMs" is not a number';
  if (!Array.isArray(data.rules)) return 'its "rules" is not an array';
  const badRule = data.rules.findIndex((rule) => !isObject(rule) || typeof rule.id !== 'string');
  if (badRule !== -1) return `its rule ${badRule + 1} has no "id"`;
  if (!Array.isArray(data.results)) return 'its "results" is not an array';
  for (const [i, result] of data.results.entries()) {
    const target = isObject(result) ? result.target : undefined;
    if (!isObject(result) || !isObject(target) || typeof target.id !== 'string' || typeof target.url !== 'string') {
      return `its result ${i + 1} has no target with an "id" and a "url"`;
    }
    if (result.status !== 'checked' && result.status !== 'failed') {
      return `the "status" of its result for "${target.id}" is neither "checked" nor "failed"`;
    }
    if (!Array.isArray(result.findings)) return `its result for "${target.id}" has no "findings" array`;
  }
  if (!isObject(data.summary) || typeof data.summary.baselined !== 'number') {
    return 'its "summary" has no numeric "baselined"';
  }
  return undefined;
}

/**
 * Reads a charte JSON report (as written by `charte check --format json`).
 *
 * @throws Error naming the file when it cannot be read, is not JSON, or is not a charte report of
 * this format version.
 */
export async function readReportFile(file: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `Report "${file}" does not exist` : `Report "${file}" cannot be read: ${code ?? error}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`"${file}" is not a charte JSON report: it is not valid JSON (${(error as Error).message})`);
  }
  if (isObject(data) && isObject(data.tool) && data.tool.name === 'charte' && data.version !== REPORT_VERSION) {
    throw new Error(
      `"${file}" is a charte report of format version ${String(data.version)}; this charte reads version ${REPORT_VERSION}`,
    );
  }
  const problem = shapeProblem(data);
  if (problem) throw new Error(`"${file}" is not a charte JSON report: ${problem}`);
  return data as Report;
}
