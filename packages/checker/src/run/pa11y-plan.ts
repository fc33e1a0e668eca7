/**
 * Turns a pa11y-ci configuration into a charte run: its URLs and local files become targets, each
 * with its own setup (actions, wait, viewport, headers, timeout, rootElement and hideElements), its
 * `ignore` list becomes rules turned off for that target, and its runners choose the engines.
 */
import path from 'node:path';
import type { Target } from '../model/index.ts';
import type { TargetSetup } from './engine.ts';
import { type Pa11yCiConfig, type Pa11yUrlOptions, runActions } from './pa11y.ts';
import { resolveTargets, type TargetProblem } from './targets.ts';
import { isHttpUrl, normaliseUrl } from './urls.ts';

export type HtmlcsStandard = 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';

export interface Pa11yPlan {
  targets: Target[];
  problems: TargetProblem[];
  setup(target: Target): TargetSetup | undefined;
  /** Whether the file's `ignore` list turns this rule off for this target. */
  ignored(ruleId: string, target: Target): boolean;
  /** The engines the file's runners ask for (`axe`, `htmlcs`). */
  engines: Set<string>;
  standard: HtmlcsStandard;
  warnings: string[];
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT = 30_000;

/** `color-contrast` → `axe/color-contrast`; `WCAG2AA.Principle1…G18.Fail` → `htmlcs/principle1…g18.fail`. */
function ignoredRuleIds(ignore: string[]): { ids: Set<string>; types: Set<string> } {
  const ids = new Set<string>();
  const types = new Set<string>();
  for (const code of ignore) {
    if (['error', 'warning', 'notice'].includes(code)) types.add(code);
    else if (/^wcag2a{1,3}\./.test(code)) ids.add(`htmlcs/${code.split('.').slice(1).join('.')}`);
    else ids.add(`axe/${code}`);
  }
  return { ids, types };
}

function setupOf(options: Pa11yUrlOptions, cwd: string): TargetSetup {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const { actions, wait } = options;
  return {
    ...(actions.length || wait
      ? {
          // Each action has the URL's timeout; the whole has room for all of them.
          beforeTimeout: timeout * (actions.length + 1) + (wait ?? 0),
          before: async (page) => {
            await runActions(page, actions, { timeout, cwd });
            if (wait) await page.waitForTimeout(wait);
          },
        }
      : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.rootElement || options.hideElements
      ? {
          scope: {
            ...(options.rootElement ? { include: options.rootElement } : {}),
            ...(options.hideElements ? { exclude: options.hideElements } : {}),
          },
        }
      : {}),
  };
}

export async function planPa11yCi(config: Pa11yCiConfig, cwd: string): Promise<Pa11yPlan> {
  const origin = `pa11yci ${path.relative(cwd, config.file) || config.file}`;
  const warnings = [...config.warnings];
  const targets: Target[] = [];
  const byId = new Map<string, { setup: TargetSetup; ignore: ReturnType<typeof ignoredRuleIds> }>();
  const counts = new Map<string, number>();
  // The same URL may be listed twice with other actions (a menu closed, then open): both are kept.
  const uniqueId = (id: string) => {
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    return n === 1 ? id : `${id} [${n}]`;
  };
  const files = config.entries.filter((e) => !isHttpUrl(e.url));
  const resolved = await resolveTargets([...new Set(files.map((e) => e.url))], { cwd });
  const local = new Map<string, Target>();
  for (const t of resolved.targets) local.set(path.resolve(cwd, t.id), t);

  const engines = new Set<string>();
  const standards = new Set<string>();
  for (const entry of config.entries) {
    const base = isHttpUrl(entry.url)
      ? { id: normaliseUrl(entry.url), url: normaliseUrl(entry.url), kind: 'page' as const }
      : local.get(entry.url);
    if (!base) continue; // a problem of resolveTargets says why
    const target: Target = { ...base, id: uniqueId(base.id), origin };
    targets.push(target);
    byId.set(target.id, {
      setup: setupOf(entry.options, path.dirname(config.file)),
      ignore: ignoredRuleIds(entry.options.ignore),
    });
    for (const runner of entry.options.runners) {
      if (runner === 'axe' || runner === 'htmlcs') engines.add(runner);
      else warnings.push(`${config.file}: runner "${runner}" of ${entry.url} is not one charte runs (axe, htmlcs)`);
    }
    if (entry.options.standard) standards.add(entry.options.standard);
  }
  if (standards.size > 1)
    warnings.push(
      `${config.file}: the urls use several standards (${[...standards].join(', ')}); HTML_CodeSniffer runs with the first`,
    );

  return {
    targets,
    problems: resolved.problems,
    setup: (target) => byId.get(target.id)?.setup,
    ignored: (ruleId, target) => {
      const ignore = byId.get(target.id)?.ignore;
      if (!ignore) return false;
      const id = ruleId.toLowerCase();
      if (ignore.ids.has(id)) return true;
      return ignore.types.has('error') && (id.startsWith('axe/') || id.startsWith('htmlcs/'));
    },
    engines,
    standard: ([...standards][0] as HtmlcsStandard | undefined) ?? 'WCAG2AA',
    warnings,
    close: resolved.close,
  };
}
