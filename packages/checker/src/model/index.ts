/**
 * The checker's plain types: what is checked (targets), what rules say (findings) and what a run
 * produces (the report every reporter reads). No I/O here.
 */

export type Severity = 'error' | 'warn' | 'off';
export type FindingSeverity = Exclude<Severity, 'off'>;

/** What a target is, which decides the reader. */
export type TargetKind = 'page' | 'image' | 'svg' | 'pdf';

/** One thing to check, as the user named it (URL or file) and as it is loaded (URL). */
export interface Target {
  /** Stable identifier in reports and baselines: the URL, or the file path relative to the working directory. */
  id: string;
  /** What is loaded: an http(s) URL (local files are served by the internal server). */
  url: string;
  kind: TargetKind;
  /** Where the target came from: `argument`, `sitemap <url>`, `crawl <url>`, `pa11yci <file>`. */
  origin: string;
  /** The local file, absolute, when the target is one (assets are read from it directly). */
  file?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a finding is: in a page, a CSS selector and box; in a document, a page number. */
export interface Location {
  selector?: string;
  /** A short HTML snippet of the element. */
  snippet?: string;
  box?: Box;
  page?: number;
}

/** A source a rule rests on: a section of the charter, an RGAA criterion, a WCAG success criterion. */
export interface Reference {
  type: 'charter' | 'rgaa' | 'wcag' | 'dsfr' | 'pdfua';
  /** `bloc-marque`, `3.2`, `1.4.3`… */
  id: string;
  title?: string;
  url?: string;
}

export interface Localised {
  fr: string;
  en: string;
}

/** What a rule says of itself; `docs/rules.md`, SARIF and the HTML report are made from it. */
export interface RuleMeta {
  /** Stable id: `brand/bloc-marque`, `brand/palette`, `rgaa/3.3`, `axe/color-contrast`. */
  id: string;
  title: Localised;
  help: Localised;
  defaultSeverity: Severity;
  kinds: TargetKind[];
  references: Reference[];
}

export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  /** One sentence, in English, with the facts (values, expected values). */
  message: string;
  location?: Location;
  /** RGAA criteria (`3.2`) the finding bears on. */
  rgaa?: string[];
  /** Facts behind the message, for reporters and tools (colours, ΔE, sizes). */
  data?: Record<string, unknown>;
}

/** Why a target could not be checked. */
export interface TargetError {
  /** `http-status`, `timeout`, `crash`, `redirects`, `not-html`, `not-found`, `browser`, `read`… */
  code: string;
  message: string;
}

export interface TargetResult {
  target: Target;
  status: 'checked' | 'failed';
  error?: TargetError;
  findings: Finding[];
  /** Page title or document name, when known. */
  title?: string;
  /** Final URL after redirects. */
  finalUrl?: string;
  /** PNG screenshot of the viewport, base64, for the HTML report (omitted from JSON by default). */
  screenshot?: string;
  /** Assets: PNG preview annotated with the bloc-marque found, its clear space and off-palette pixels, base64. */
  preview?: string;
  durationMs: number;
  attempts: number;
}

export interface ReportSummary {
  targets: number;
  checked: number;
  failed: number;
  errors: number;
  warnings: number;
  /** Findings hidden by the baseline. */
  baselined: number;
}

/** Version of the JSON report format; see schema/report.schema.json. */
export const REPORT_VERSION = 1;

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'charte'; version: string };
  charter: string;
  startedAt: string;
  durationMs: number;
  rules: RuleMeta[];
  results: TargetResult[];
  summary: ReportSummary;
}

/** Exit codes of `charte check`. */
export const EXIT = {
  ok: 0,
  errors: 1,
  incomplete: 2,
} as const;

export function summarise(results: TargetResult[], baselined = 0): ReportSummary {
  const findings = results.flatMap((r) => r.findings);
  return {
    targets: results.length,
    checked: results.filter((r) => r.status === 'checked').length,
    failed: results.filter((r) => r.status === 'failed').length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warn').length,
    baselined,
  };
}

/** 2 if a target could not be checked, 1 if a finding is at error level, 0 otherwise. */
export function exitCode(summary: ReportSummary): number {
  if (summary.failed > 0) return EXIT.incomplete;
  if (summary.errors > 0) return EXIT.errors;
  return EXIT.ok;
}
