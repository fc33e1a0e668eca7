/**
 * Baselines: the findings a team accepts for now, keyed on rule + target + location (not on counts or
 * messages), so that a run reports only what is new.
 */
import { readFileSync } from 'node:fs';
import type { Finding, Report, TargetResult } from '../model/index.ts';
import { summarise } from '../model/index.ts';

export interface BaselineEntry {
  rule: string;
  target: string;
  location: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

const where = (f: Finding) => f.location?.selector ?? (f.location?.page !== undefined ? `page ${f.location.page}` : '');
const key = (e: BaselineEntry) => `${e.rule}\u0000${e.target}\u0000${e.location}`;
const entryOf = (f: Finding, r: TargetResult): BaselineEntry => ({
  rule: f.ruleId,
  target: r.target.id,
  location: where(f),
});

export function createBaseline(report: Report): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const r of report.results) {
    for (const f of r.findings) {
      const e = entryOf(f, r);
      entries.set(key(e), e);
    }
  }
  return { version: 1, entries: [...entries.values()].sort((a, b) => key(a).localeCompare(key(b))) };
}

export function readBaseline(file: string): Baseline {
  let data: Partial<Baseline>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the baseline (${(error as Error).message})`);
  }
  if (data.version !== 1 || !Array.isArray(data.entries))
    throw new Error(`${file}: not a charte baseline (version 1 with entries)`);
  return data as Baseline;
}

/** The report without the findings the baseline lists; the summary counts them as baselined. */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  const known = new Set(baseline.entries.map(key));
  let hidden = 0;
  const results = report.results.map((r) => {
    const findings = r.findings.filter((f) => {
      const listed = known.has(key(entryOf(f, r)));
      if (listed) hidden++;
      return !listed;
    });
    return { ...r, findings };
  });
  return { ...report, results, summary: summarise(results, hidden) };
}
