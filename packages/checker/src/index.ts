/** The library behind the `charte` command: check targets, read the results, write reports. */
export { type Config, loadConfig, severityResolver } from './config.ts';
export * from './model/index.ts';
export type { PageSnapshot } from './model/page.ts';
export type { PageRule, RuleContext } from './model/rule.ts';
export { formatReport, REPORT_FORMATS, type ReportFormat } from './report/index.ts';
export { allRules, ruleById } from './rules/index.ts';
export { applyBaseline, createBaseline, readBaseline } from './run/baseline.ts';
export { BrowserNotFoundError, CHROMIUM_ARGS, findChromium } from './run/browser.ts';
export { createCrawler } from './run/crawl.ts';
export { type CheckOptions, check, type ProgressEvent, type TargetSetup, VERSION } from './run/engine.ts';
export { mergeReports, readReportFile } from './run/merge.ts';
export { readPa11yCiConfig } from './run/pa11y.ts';
export { planPa11yCi } from './run/pa11y-plan.ts';
export { resolveTargets } from './run/targets.ts';
