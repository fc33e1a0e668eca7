/**
 * pa11y-ci compatibility, so that teams can switch without rewriting their configuration: reads a
 * pa11y-ci configuration file (`.pa11yci`, JSON or a JavaScript module) into urls with their options,
 * and runs pa11y's action strings ("click element #tab", "wait for path to be /done") on a Playwright
 * page. The reference behaviour is pa11y 9.1.1 and pa11y-ci 4.1.1; where we differ on purpose, the
 * comment says so.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errors, type Locator, type Page } from 'playwright-core';
import { describeJsonError } from '../json.ts';

export type Pa11yAction =
  | { type: 'click'; selector: string }
  | { type: 'set-field'; selector: string; value: string }
  | { type: 'clear-field'; selector: string }
  | { type: 'check-field'; selector: string; checked: boolean }
  | { type: 'screen-capture'; path: string }
  | { type: 'wait-for-url'; subject: 'fragment' | 'hash' | 'host' | 'path' | 'url'; value: string; negated: boolean }
  | { type: 'wait-for-element'; selector: string; state: 'added' | 'removed' | 'visible' | 'hidden' }
  | { type: 'wait-for-event'; selector: string; event: string }
  | { type: 'navigate'; url: string };

export interface Pa11yUrlOptions {
  actions: Pa11yAction[];
  timeout?: number;
  wait?: number;
  viewport?: { width: number; height: number };
  headers?: Record<string, string>;
  hideElements?: string;
  rootElement?: string;
  /** Issue codes or types to leave out, lower-cased as pa11y does. */
  ignore: string[];
  /** As the file says; `['htmlcs']`, pa11y's default, when it says nothing. */
  runners: string[];
  standard?: string;
  /** options we read but do not apply, for a warning */
  unsupported: string[];
}

export interface Pa11yCiEntry {
  /** An http(s) URL as written, or an absolute path for a local file. */
  url: string;
  options: Pa11yUrlOptions;
}

export interface Pa11yCiConfig {
  /** The file actually read, absolute. */
  file: string;
  entries: Pa11yCiEntry[];
  /** `defaults.concurrency` when the file sets it (pa11y-ci's default is 1). */
  concurrency?: number;
  /** One line per option that is ignored or surprising, naming the file, where it is and the option. */
  warnings: string[];
}

/** A configuration that cannot be used as it is; the message says where and why. */
export class Pa11yConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Pa11yConfigError';
  }
}

/** An action that failed on the page; the message names the action as written and why it failed. */
export class Pa11yActionError extends Error {
  readonly action: Pa11yAction;
  constructor(action: Pa11yAction, reason: string, cause?: unknown) {
    super(`pa11y action "${actionText(action)}" failed: ${reason}`, cause === undefined ? undefined : { cause });
    this.name = 'Pa11yActionError';
    this.action = action;
  }
}

// ---------------------------------------------------------------------------------------------------
// Action grammar

interface ActionForm {
  pattern: RegExp;
  usage: string[];
  build(groups: string[]): Pa11yAction;
}

/**
 * pa11y's action forms, in the order pa11y tries them: the first that matches wins (so `wait for url …`
 * is read before `wait for <selector> to be …`, and `navigate to …` before anything else).
 */
const ACTION_FORMS: ActionForm[] = [
  {
    pattern: /^navigate to( url)? (.+)$/i,
    usage: ['navigate to <url>'],
    build: (g) => ({ type: 'navigate', url: g[2] ?? '' }),
  },
  {
    pattern: /^click( element)? (.+)$/i,
    usage: ['click element <selector>'],
    build: (g) => ({ type: 'click', selector: g[2] ?? '' }),
  },
  {
    pattern: /^set( field)? (.+?) to (.+)$/i,
    usage: ['set field <selector> to <value>'],
    build: (g) => ({ type: 'set-field', selector: g[2] ?? '', value: g[3] ?? '' }),
  },
  {
    pattern: /^clear( field)? (.+?)$/i,
    usage: ['clear field <selector>'],
    build: (g) => ({ type: 'clear-field', selector: g[2] ?? '' }),
  },
  {
    pattern: /^(check|uncheck)( field)? (.+)$/i,
    usage: ['check field <selector>', 'uncheck field <selector>'],
    // pa11y compares with 'uncheck' case-sensitively, so "UNCHECK field #x" checks the box there; not here.
    build: (g) => ({ type: 'check-field', selector: g[3] ?? '', checked: g[1]?.toLowerCase() !== 'uncheck' }),
  },
  {
    pattern: /^(screen[ -]?capture|capture[ -]?screen)( to)? (.+)$/i,
    usage: ['screen capture <file.png>'],
    build: (g) => ({ type: 'screen-capture', path: g[3] ?? '' }),
  },
  {
    pattern: /^wait for (fragment|hash|host|path|url)( to (not )?be)? ([^\s]+)$/i,
    usage: [
      'wait for <fragment|hash|host|path|url> to be <value>',
      'wait for <fragment|hash|host|path|url> to not be <value>',
    ],
    build: (g) => ({
      type: 'wait-for-url',
      subject: (g[1] ?? 'url').toLowerCase() as 'fragment' | 'hash' | 'host' | 'path' | 'url',
      value: g[4] ?? '',
      negated: g[3] !== undefined,
    }),
  },
  {
    pattern: /^wait for( element)? (.+)( to be) (added|removed|visible|hidden)$/i,
    usage: ['wait for element <selector> to be <added|removed|visible|hidden>'],
    build: (g) => ({
      type: 'wait-for-element',
      selector: g[2] ?? '',
      state: (g[4] ?? 'added').toLowerCase() as 'added' | 'removed' | 'visible' | 'hidden',
    }),
  },
  {
    pattern: /^wait for( element)? (.+) to emit (.+)$/i,
    usage: ['wait for element <selector> to emit <event>'],
    build: (g) => ({ type: 'wait-for-event', selector: g[2] ?? '', event: g[3] ?? '' }),
  },
];

/** The text each parsed action was written as, for error messages; kept aside so actions stay plain data. */
const WRITTEN_AS = new WeakMap<Pa11yAction, string>();

/** Parses one pa11y action string; throws Pa11yConfigError naming the action and listing the accepted forms when it matches none. */
export function parseAction(text: string): Pa11yAction {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  for (const form of ACTION_FORMS) {
    const match = form.pattern.exec(trimmed);
    if (!match) continue;
    const action = form.build([...match].map((group) => group as string));
    WRITTEN_AS.set(action, trimmed);
    return action;
  }
  const forms = ACTION_FORMS.flatMap((form) => form.usage).map((usage) => `  ${usage}`);
  throw new Pa11yConfigError(
    `${JSON.stringify(text)} is not a pa11y action. The accepted forms are (the words "element" and "field" may be left out):\n${forms.join('\n')}`,
  );
}

/** An action as pa11y would write it. */
export function formatAction(action: Pa11yAction): string {
  switch (action.type) {
    case 'navigate':
      return `navigate to ${action.url}`;
    case 'click':
      return `click element ${action.selector}`;
    case 'set-field':
      return `set field ${action.selector} to ${action.value}`;
    case 'clear-field':
      return `clear field ${action.selector}`;
    case 'check-field':
      return `${action.checked ? 'check' : 'uncheck'} field ${action.selector}`;
    case 'screen-capture':
      return `screen capture ${action.path}`;
    case 'wait-for-url':
      return `wait for ${action.subject} to ${action.negated ? 'not be' : 'be'} ${action.value}`;
    case 'wait-for-element':
      return `wait for element ${action.selector} to be ${action.state}`;
    case 'wait-for-event':
      return `wait for element ${action.selector} to emit ${action.event}`;
  }
}

/** The action's original text when it was parsed here, else its canonical form. */
function actionText(action: Pa11yAction): string {
  return WRITTEN_AS.get(action) ?? formatAction(action);
}

// ---------------------------------------------------------------------------------------------------
// Running actions

/**
 * Code run in the page. Kept as source text so that no build step (tsx, Vitest) can add helpers to it
 * that do not exist in the page. Each returns `{ status: 'missing' }` while no element matches.
 */
const QUERY = `
  var target;
  try { target = document.querySelector(arg.selector); }
  catch (error) { return { status: 'invalid', message: String(error && error.message) }; }
  if (!target) return { status: 'missing' };
  var tag = '<' + target.localName + '>';`;

/** pa11y's way: the prototype's `value` setter (so frameworks that watch the instance see it), then `input`. */
const SET_VALUE_SCRIPT = `(arg) => {${QUERY}
  var setter;
  for (var proto = Object.getPrototypeOf(target); proto && !setter; proto = Object.getPrototypeOf(proto)) {
    var descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    setter = descriptor && descriptor.set;
  }
  if (!setter) return { status: 'error', message: 'the element ' + tag + ' matching ' + JSON.stringify(arg.selector) +
    ' does not take a value: it is not an input, textarea or select' };
  try { setter.call(target, arg.value); }
  catch (error) { return { status: 'error', message: 'the element ' + tag + ' refused the value: ' + String(error && error.message) }; }
  target.dispatchEvent(new Event('input', { bubbles: true }));
  return { status: 'done' };
}`;

/** pa11y's way: set `checked`, then `change` (no click). */
const CHECK_SCRIPT = `(arg) => {${QUERY}
  if (!('checked' in target)) return { status: 'error', message: 'the element ' + tag + ' matching ' +
    JSON.stringify(arg.selector) + ' cannot be checked: it is not a checkbox or a radio button' };
  target.checked = arg.checked;
  target.dispatchEvent(new Event('change', { bubbles: true }));
  return { status: 'done' };
}`;

/** pa11y's definition: visible when the first match has a size or client rects; hidden when absent or not visible. */
const ELEMENT_STATE_SCRIPT = `(arg) => {
  var target;
  try { target = document.querySelector(arg.selector); }
  catch (error) { return { status: 'invalid', message: String(error && error.message) }; }
  var visible = Boolean(target && (target.offsetWidth || target.offsetHeight || target.getClientRects().length));
  var reached = arg.state === 'added' ? Boolean(target) : arg.state === 'removed' ? !target
    : arg.state === 'visible' ? visible : !visible;
  return reached ? { status: 'done' } : { status: 'waiting', present: Boolean(target), visible: visible };
}`;

/** Resolves once the first match emits the event (the promise is awaited by Playwright). */
const EVENT_SCRIPT = `(arg) => {${QUERY}
  return new Promise(function (resolve) {
    target.addEventListener(arg.event, function () { resolve({ status: 'done' }); }, { once: true });
  });
}`;

type PageResult =
  | { status: 'done' }
  | { status: 'missing' }
  | { status: 'invalid'; message: string }
  | { status: 'error'; message: string }
  | { status: 'waiting'; present: boolean; visible: boolean };

const POLL_MS = 100;

/** A failure whose message is already the reason to show. */
class Reason extends Error {}

const TIMED_OUT = Symbol('timed out');

/** `promise`, or TIMED_OUT once the deadline passes; a late rejection is swallowed. */
async function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  if (deadline === Number.POSITIVE_INFINITY) return promise;
  promise.catch(() => {});
  const controller = new AbortController();
  const timer = sleep<typeof TIMED_OUT>(Math.max(0, deadline - Date.now()), TIMED_OUT, {
    signal: controller.signal,
  }).catch((): typeof TIMED_OUT => TIMED_OUT);
  try {
    return await Promise.race([promise, timer]);
  } finally {
    controller.abort();
  }
}

/** How long a timed-out action waits for its first look at the page to finish, for its error message. */
const LAST_LOOK_MS = 2000;

async function lastLook(evaluation: Promise<PageResult>): Promise<PageResult | typeof TIMED_OUT> {
  return beforeDeadline(evaluation, Date.now() + LAST_LOOK_MS).catch((): typeof TIMED_OUT => TIMED_OUT);
}

/** Errors that only mean the page navigated while we were looking at it. */
function navigatedAway(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|Cannot find context|frame (was|got) detached|navigat/i.test(message);
}

/**
 * Evaluates `script` in the page until it gives a result other than `missing` / `waiting`, or the
 * deadline passes (then `onTimeout(last result)` is the reason given). A navigation during an
 * evaluation counts as "not yet".
 */
async function pollPage(
  page: Page,
  script: string,
  arg: Record<string, unknown>,
  deadline: number,
  onTimeout: (last: PageResult | undefined) => string,
): Promise<PageResult> {
  let last: PageResult | undefined;
  for (;;) {
    const evaluation = page.evaluate(`(${script})(${JSON.stringify(arg)})`) as Promise<PageResult>;
    let result: PageResult | typeof TIMED_OUT | undefined;
    try {
      result = await beforeDeadline(evaluation, deadline);
    } catch (error) {
      if (!navigatedAway(error)) throw error;
    }
    // A loaded page can miss the deadline on its first look, taken in time: that look may finish briefly,
    // and what it saw decides (done, or what the error says the page showed).
    const late = result === TIMED_OUT && !last;
    if (late) result = await lastLook(evaluation);
    if (result === TIMED_OUT) throw new Reason(onTimeout(last));
    if (result) {
      if (result.status === 'invalid') throw new Reason(`${JSON.stringify(arg.selector)} is not a valid CSS selector`);
      if (result.status === 'error') throw new Reason(result.message);
      if (result.status === 'done') return result;
      last = result;
    }
    if (late) throw new Reason(onTimeout(last));
    if (Date.now() + POLL_MS > deadline) {
      if (Date.now() >= deadline) throw new Reason(onTimeout(last));
      await sleep(Math.max(0, deadline - Date.now()));
    } else {
      await sleep(POLL_MS);
    }
  }
}

/** The first line of a Playwright error, without the `page.click: ` method prefix. */
function playwrightReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0] ?? message;
  return line.replace(/^[\w.]+: /, '').trim();
}

const ANSI_STYLE = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');

/** Call log steps that only say Playwright is trying again. */
const ROUTINE_STEP =
  /^(waiting|retrying|attempting|scrolling|done scrolling|locator resolved|element is visible, enabled and stable|\d+ ×)/;

/** Why Playwright could not act, from its call log ("element is not visible", "<div> intercepts pointer events"). */
function blockingStep(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message.replace(ANSI_STYLE, '') : '';
  const steps = message
    .split('\n')
    .map((line) => /^\s+- (.+)$/.exec(line)?.[1]?.trim())
    .filter((step): step is string => Boolean(step) && !ROUTINE_STEP.test(step as string));
  return steps.at(-1);
}

/** The element's own state when the call log says nothing: hidden or disabled elements cannot be clicked. */
async function stateBlockingClick(locator: Locator): Promise<string | undefined> {
  if (!(await locator.isVisible().catch(() => true))) return 'element is not visible';
  if (!(await locator.isEnabled().catch(() => true))) return 'element is not enabled';
  return undefined;
}

function waitedFor(timeout: number): string {
  return `timed out after ${timeout} ms`;
}

const noMatch = (selector: string, timeout: number) =>
  `no element matches ${JSON.stringify(selector)} (${waitedFor(timeout)})`;

const LOCATION_PART = { fragment: 'hash', hash: 'hash', host: 'host', path: 'pathname', url: 'href' } as const;

async function runOne(page: Page, action: Pa11yAction, timeout: number, cwd: string): Promise<void> {
  const unlimited = !(timeout > 0) || timeout === Number.POSITIVE_INFINITY;
  const deadline = unlimited ? Number.POSITIVE_INFINITY : Date.now() + timeout;
  /** What is left of the deadline, for Playwright's `timeout` options (0 means none there). */
  const remaining = () => (unlimited ? 0 : Math.max(1, deadline - Date.now()));

  switch (action.type) {
    case 'click': {
      const locator = page.locator(`css=${action.selector}`).first();
      try {
        await locator.click({ timeout: remaining() });
      } catch (error) {
        if (!(error instanceof errors.TimeoutError)) throw new Reason(playwrightReason(error));
        const count = await page
          .locator(`css=${action.selector}`)
          .count()
          .catch(() => 0);
        if (count === 0) throw new Reason(noMatch(action.selector, timeout));
        // Under load the call log can end before Playwright wrote why it kept waiting: ask the page then.
        const step = blockingStep(error) ?? (await stateBlockingClick(locator));
        throw new Reason(`${waitedFor(timeout)} before the element could be clicked${step ? ` (${step})` : ''}`);
      }
      return;
    }
    case 'set-field':
    case 'clear-field': {
      const value = action.type === 'set-field' ? action.value : '';
      await pollPage(page, SET_VALUE_SCRIPT, { selector: action.selector, value }, deadline, () =>
        noMatch(action.selector, timeout),
      );
      return;
    }
    case 'check-field':
      await pollPage(page, CHECK_SCRIPT, { selector: action.selector, checked: action.checked }, deadline, () =>
        noMatch(action.selector, timeout),
      );
      return;
    case 'wait-for-element':
      await pollPage(
        page,
        ELEMENT_STATE_SCRIPT,
        { selector: action.selector, state: action.state },
        deadline,
        (last) => {
          const now =
            last?.status !== 'waiting'
              ? ''
              : !last.present
                ? 'no element matches it'
                : last.visible
                  ? 'it is visible'
                  : 'it is hidden';
          return `${waitedFor(timeout)} waiting for ${JSON.stringify(action.selector)} to be ${action.state}${now ? ` (${now})` : ''}`;
        },
      );
      return;
    case 'wait-for-event':
      await pollPage(page, EVENT_SCRIPT, { selector: action.selector, event: action.event }, deadline, (last) =>
        last?.status === 'missing'
          ? noMatch(action.selector, timeout)
          : `${waitedFor(timeout)} waiting for ${JSON.stringify(action.selector)} to emit ${JSON.stringify(action.event)}`,
      );
      return;
    case 'wait-for-url': {
      const part = LOCATION_PART[action.subject];
      let current = '';
      for (;;) {
        try {
          current = new URL(page.url())[part];
        } catch {
          current = page.url();
        }
        if ((current === action.value) !== action.negated) return;
        if (Date.now() >= deadline) {
          const expected = `${action.negated ? 'anything but ' : ''}${JSON.stringify(action.value)}`;
          throw new Reason(
            `${waitedFor(timeout)}: the ${action.subject} is ${JSON.stringify(current)}, expected ${expected}`,
          );
        }
        await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
      }
    }
    case 'navigate': {
      let target: string;
      try {
        target = new URL(action.url, page.url()).href;
      } catch {
        throw new Reason(`${JSON.stringify(action.url)} is not a URL, nor a link relative to ${page.url()}`);
      }
      try {
        await page.goto(target, { timeout: remaining() });
      } catch (error) {
        if (error instanceof errors.TimeoutError) throw new Reason(`${waitedFor(timeout)} loading ${target}`);
        throw new Reason(`could not load ${target}: ${playwrightReason(error)}`);
      }
      return;
    }
    case 'screen-capture': {
      const file = path.resolve(cwd, action.path);
      const type = /\.jpe?g$/i.test(file) ? 'jpeg' : 'png';
      let image: Buffer;
      try {
        image = await page.screenshot({ fullPage: true, type, timeout: remaining() });
      } catch (error) {
        if (error instanceof errors.TimeoutError) throw new Reason(`${waitedFor(timeout)} capturing the page`);
        throw new Reason(`could not capture the page: ${playwrightReason(error)}`);
      }
      // Written here rather than by Playwright, whose errors for an unwritable path are mere timeouts.
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, image);
      } catch (error) {
        throw new Reason(`could not write ${file}: ${(error as Error).message}`);
      }
      return;
    }
  }
}

/**
 * Runs the actions in order on a Playwright page; each failure throws an Error whose message names the action (its
 * original text) and why ("no element matches …", "timed out after N ms"). Each action has `timeout` ms (0: no
 * limit); screen captures are written relative to `cwd`.
 *
 * As in pa11y, selectors are CSS selectors, fields get their value and an `input` event (pa11y sends no `change`),
 * check boxes get `checked` and a `change` event, and "visible" means having a size. Unlike pa11y, an action waits
 * up to the timeout for its element to appear, and a field that takes no value is an error.
 */
export async function runActions(
  page: Page,
  actions: Pa11yAction[],
  options: { timeout: number; cwd: string },
): Promise<void> {
  for (const action of actions) {
    try {
      await runOne(page, action, options.timeout, options.cwd);
    } catch (error) {
      if (error instanceof Reason) throw new Pa11yActionError(action, error.message);
      throw new Pa11yActionError(action, playwrightReason(error), error);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Configuration file

/** The names pa11y-ci looks for, in its order (`.pa11yci` is JSON); `.mjs` is ours. */
export const PA11Y_CI_CONFIG_NAMES = ['.pa11yci', '.pa11yci.cjs', '.pa11yci.js', '.pa11yci.json', '.pa11yci.mjs'];

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The pa11y-ci configuration file in `dir`, as pa11y-ci would pick it, or undefined. */
export function findPa11yCiConfig(dir: string): string | undefined {
  return PA11Y_CI_CONFIG_NAMES.map((name) => path.join(dir, name)).find(isFile);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where in the file a value comes from, for messages. */
interface Place {
  file: string;
  /** `defaults`, or `urls[2] (https://…)`. */
  label: string;
}

const fail = (place: Place, message: string): never => {
  throw new Pa11yConfigError(`${place.file}: ${place.label}: ${message}`);
};

const shown = (value: unknown) => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
};

/**
 * Reads a pa11y-ci configuration file (JSON, or a .js/.cjs/.mjs module exporting the object, possibly as a promise or
 * default export). Errors (missing file, invalid JSON with line/column, no `urls`, a url neither string nor object with
 * `url`, a bad action) throw Pa11yConfigError whose message starts with the file path.
 *
 * `file` is resolved against `cwd`. As pa11y-ci does, a name that does not exist is also tried without its extension
 * and with `.cjs`, `.js` and `.json` (and `.mjs`); a folder is searched for `.pa11yci` and its variants.
 */
export async function readPa11yCiConfig(file: string, cwd: string): Promise<Pa11yCiConfig> {
  const asked = path.resolve(cwd, file);
  const found = locateConfig(asked);
  const raw = await loadConfig(found);
  return interpretConfig(raw, found);
}

function locateConfig(asked: string): string {
  if (isFile(asked)) return asked;
  let isDirectory = false;
  try {
    isDirectory = statSync(asked).isDirectory();
  } catch {}
  if (isDirectory) {
    const inside = findPa11yCiConfig(asked);
    if (inside) return inside;
    throw new Pa11yConfigError(
      `${asked}: no pa11y-ci configuration in this folder (looked for ${PA11Y_CI_CONFIG_NAMES.join(', ')})`,
    );
  }
  const base = asked.replace(/\.(cjs|mjs|js|json)$/i, '');
  const candidates = [...new Set([base, `${base}.cjs`, `${base}.js`, `${base}.json`, `${base}.mjs`])].filter(
    (candidate) => candidate !== asked,
  );
  const alternative = candidates.find(isFile);
  if (alternative) return alternative;
  throw new Pa11yConfigError(
    `${asked}: no such file (also looked for ${candidates.map((candidate) => path.basename(candidate)).join(', ')})`,
  );
}

async function loadConfig(file: string): Promise<unknown> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.js' || extension === '.cjs' || extension === '.mjs') return loadModule(file, extension);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Pa11yConfigError(`${file}: cannot be read: ${(error as Error).message}`);
  }
  text = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Pa11yConfigError(`${file}: ${describeJsonError(text, error)}`);
  }
}

/** The `type` of the nearest package.json above `dir`, as Node decides how to load a `.js` file. */
function packageType(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const manifest = path.join(current, 'package.json');
    if (existsSync(manifest)) {
      try {
        const type = JSON.parse(readFileSync(manifest, 'utf8')).type;
        return typeof type === 'string' ? type : undefined;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(current) === current) return undefined;
  }
}

async function loadModule(file: string, extension: string): Promise<unknown> {
  const esm = extension === '.mjs' || (extension === '.js' && packageType(path.dirname(file)) === 'module');
  let loaded: unknown;
  try {
    if (esm) {
      loaded = await import(pathToFileURL(file).href);
    } else {
      // Through Node's own require, so a CommonJS file loads as pa11y-ci loads it, whatever runs this module.
      const require = createRequire(file);
      try {
        delete require.cache[require.resolve(file)];
        loaded = require(file);
      } catch (error) {
        const code = (error as { code?: string }).code;
        const esmSyntax = error instanceof SyntaxError && /\b(import|export)\b/.test(error.message);
        if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE' && !esmSyntax) throw error;
        loaded = await import(pathToFileURL(file).href);
      }
    }
    if (isObject(loaded) && 'default' in loaded && !('urls' in loaded)) loaded = loaded.default;
    return await loaded;
  } catch (error) {
    throw new Pa11yConfigError(`${file}: the module failed to load: ${(error as Error)?.message ?? String(error)}`);
  }
}

// pa11y-ci options --------------------------------------------------------------------------------

/** Options that would change what pa11y checks, reports or loads, and that we do not apply. */
const UNSUPPORTED: Record<string, { does: string; inert: (value: unknown) => boolean }> = {
  method: {
    does: 'pa11y requests the page with this HTTP method',
    inert: (v) => v == null || String(v).toUpperCase() === 'GET',
  },
  postData: { does: 'pa11y sends this body with the request for the page', inert: (v) => v == null || v === '' },
  userAgent: { does: 'pa11y sends it as the User-Agent header', inert: (v) => v == null || v === '' },
  threshold: { does: 'pa11y-ci lets a page with this many issues or fewer pass', inert: (v) => !v },
  rules: {
    does: 'pa11y adds these HTML_CodeSniffer rules',
    inert: (v) => v == null || (Array.isArray(v) && v.length === 0),
  },
  includeNotices: { does: 'pa11y reports notices too', inert: (v) => !v },
  includeWarnings: { does: 'pa11y reports warnings too', inert: (v) => !v },
  levelCapWhenNeedsReview: {
    does: 'pa11y lowers the level of axe issues that need a review',
    inert: (v) => v == null || v === 'error',
  },
  ignoreUrl: { does: 'pa11y tests a page it is given instead of loading the url', inert: (v) => !v },
};

/** Viewport properties beyond the size, as Puppeteer's setViewport takes them, with their neutral value. */
const VIEWPORT_EXTRAS: Record<string, unknown> = {
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
  isLandscape: false,
};

/** Read and applied. */
const MAPPED = new Set([
  'actions',
  'timeout',
  'wait',
  'viewport',
  'headers',
  'hideElements',
  'rootElement',
  'ignore',
  'runners',
  'standard',
  'screenCapture',
]);

/** Accepted without effect: they concern pa11y's own browser, logs or reports, not what is found. */
const HARMLESS = new Set([
  'chromeLaunchConfig',
  'useIncognitoBrowserContext',
  'log',
  'reporters',
  'reporter',
  'level',
  'wrapWidth',
  'concurrency',
  'browser',
  'page',
]);

const STANDARDS = ['WCAG2A', 'WCAG2AA', 'WCAG2AAA'];

/** Options that pa11y-ci merges position by position when both the url and the defaults give a list. */
const LISTS = ['actions', 'ignore', 'runners', 'rules'];

/**
 * pa11y-ci's merge of a url's options over the defaults (lodash `defaultsDeep`): what the url sets wins, objects
 * are merged key by key, and lists position by position (a url's one action over three default actions gives its
 * action followed by the defaults' second and third).
 */
function mergeOverDefaults(own: unknown, defaults: unknown): unknown {
  if (own === undefined) return defaults;
  if (isObject(own) && isObject(defaults)) {
    const merged: Json = { ...defaults };
    for (const [key, value] of Object.entries(own)) merged[key] = mergeOverDefaults(value, defaults[key]);
    return merged;
  }
  if (Array.isArray(own) && Array.isArray(defaults)) {
    const length = Math.max(own.length, defaults.length);
    return Array.from({ length }, (_, i) => (i < own.length ? mergeOverDefaults(own[i], defaults[i]) : defaults[i]));
  }
  return own;
}

function milliseconds(value: unknown, name: string, place: Place): number | undefined {
  if (value == null) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    fail(place, `"${name}" must be a number of milliseconds, got ${shown(value)}`);
  }
  return number as number;
}

function stringList(value: unknown, name: string, place: Place): string[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(place, `"${name}" must be a list of strings, got ${shown(value)}`);
  }
  return value as string[];
}

function selectorOption(value: unknown, name: string, place: Place): string | undefined {
  if (value == null || value === '') return undefined;
  // pa11y hands it to querySelectorAll, which would read a list as its items joined by commas.
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  if (typeof value !== 'string') fail(place, `"${name}" must be a CSS selector, got ${shown(value)}`);
  return value as string;
}

function readActions(value: unknown, place: Place): Pa11yAction[] {
  if (value == null) return [];
  if (!Array.isArray(value)) fail(place, `"actions" must be a list of action strings, got ${shown(value)}`);
  return (value as unknown[]).map((item, i) => {
    if (typeof item !== 'string') fail(place, `actions[${i}] must be a string, got ${shown(item)}`);
    try {
      return parseAction(item as string);
    } catch (error) {
      return fail(place, `actions[${i}]: ${(error as Error).message}`);
    }
  });
}

interface ReadOptions {
  options: Pa11yUrlOptions;
  warnings: string[];
}

/**
 * The options of one url (or of `defaults`), validated. Warnings are given only for the keys in `ownKeys`,
 * those written at this place, so that an option of `defaults` is reported once and not for every url.
 */
function readOptions(raw: Json, ownKeys: Set<string>, place: Place): ReadOptions {
  const warnings: string[] = [];
  const unsupported: string[] = [];
  const warn = (key: string, message: string) => {
    if (ownKeys.has(key)) warnings.push(`${place.file}: ${place.label}: ${message}`);
  };

  for (const [key, value] of Object.entries(raw)) {
    if (key === 'url' || MAPPED.has(key) || HARMLESS.has(key)) continue;
    const known = UNSUPPORTED[key];
    if (known) {
      if (known.inert(value)) continue;
      unsupported.push(key);
      warn(key, `option "${key}" is not supported by charte and is ignored (${known.does})`);
    } else {
      warn(key, `option "${key}" is not a pa11y option; ignored`);
    }
  }

  const actions = readActions(raw.actions, place);
  const screenCapture = raw.screenCapture;
  if (screenCapture != null && screenCapture !== '') {
    if (typeof screenCapture !== 'string')
      fail(place, `"screenCapture" must be a file path, got ${shown(screenCapture)}`);
    // pa11y captures the page once it is tested; a last action captures it once the actions are done.
    actions.push({ type: 'screen-capture', path: screenCapture as string });
  }

  const options: Pa11yUrlOptions = {
    actions,
    ignore: (stringList(raw.ignore, 'ignore', place) ?? []).map((code) => code.toLowerCase()),
    runners: stringList(raw.runners, 'runners', place) ?? ['htmlcs'],
    unsupported,
  };

  const timeout = milliseconds(raw.timeout, 'timeout', place);
  if (timeout !== undefined) options.timeout = timeout;
  const wait = milliseconds(raw.wait, 'wait', place);
  if (wait !== undefined) options.wait = wait;

  if (raw.viewport != null) {
    const viewport = raw.viewport;
    if (!isObject(viewport)) return fail(place, `"viewport" must be an object with a width and a height`);
    const size = (key: 'width' | 'height', fallback: number) => {
      const value = viewport[key];
      if (value == null) return fallback;
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        return fail(place, `"viewport.${key}" must be a number of pixels, got ${shown(value)}`);
      }
      return Math.round(value);
    };
    // pa11y's default size fills what is missing.
    options.viewport = { width: size('width', 1280), height: size('height', 1024) };
    for (const [key, neutral] of Object.entries(VIEWPORT_EXTRAS)) {
      if (viewport[key] == null || viewport[key] === neutral) continue;
      unsupported.push(`viewport.${key}`);
      warn('viewport', `option "viewport.${key}" is not supported by charte and is ignored (only the size is used)`);
    }
  }

  if (raw.headers != null) {
    if (!isObject(raw.headers)) return fail(place, `"headers" must be an object of header names and values`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw.headers)) {
      if (value == null) continue;
      if (typeof value === 'object') fail(place, `header "${name}" must be a string, got ${shown(value)}`);
      headers[name] = String(value);
    }
    if (Object.keys(headers).length > 0) options.headers = headers;
  }

  const hideElements = selectorOption(raw.hideElements, 'hideElements', place);
  if (hideElements !== undefined) options.hideElements = hideElements;
  const rootElement = selectorOption(raw.rootElement, 'rootElement', place);
  if (rootElement !== undefined) options.rootElement = rootElement;

  if (raw.standard != null) {
    if (typeof raw.standard !== 'string' || !STANDARDS.includes(raw.standard)) {
      fail(place, `"standard" must be one of ${STANDARDS.join(', ')}, got ${shown(raw.standard)}`);
    }
    options.standard = raw.standard as string;
  }

  return { options, warnings };
}

/**
 * A url as we take it: http(s) unchanged; a local file (starting with `.`, absolute, a `file://` URL, or an
 * existing path) as an absolute path resolved against the configuration's folder; anything else gets `http://`
 * in front, as pa11y does ("example.com").
 */
function resolveEntryUrl(url: string, dir: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (/^file:\/\//i.test(url)) {
    try {
      return fileURLToPath(url);
    } catch {
      return url;
    }
  }
  if (url.startsWith('.') || path.isAbsolute(url) || existsSync(path.resolve(dir, url))) return path.resolve(dir, url);
  return `http://${url}`;
}

function interpretConfig(raw: unknown, file: string): Pa11yCiConfig {
  if (!isObject(raw)) {
    throw new Pa11yConfigError(`${file}: the configuration must be an object with "urls", got ${shown(raw)}`);
  }
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) {
    if (key === 'defaults' || key === 'urls' || key.startsWith('$')) continue;
    const hint =
      key in UNSUPPORTED || MAPPED.has(key) || HARMLESS.has(key) ? ' (pa11y-ci reads options in "defaults")' : '';
    warnings.push(`${file}: "${key}" at the top level is ignored, as pa11y-ci does${hint}`);
  }

  const defaultsPlace: Place = { file, label: 'defaults' };
  const defaults = raw.defaults ?? {};
  if (!isObject(defaults)) throw new Pa11yConfigError(`${file}: "defaults" must be an object, got ${shown(defaults)}`);
  // Validated on their own first, so that their mistakes and warnings point at "defaults" and appear once.
  warnings.push(...readOptions(defaults, new Set(Object.keys(defaults)), defaultsPlace).warnings);

  let concurrency: number | undefined;
  if (defaults.concurrency != null) {
    const value = defaults.concurrency;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      fail(defaultsPlace, `"concurrency" must be a whole number of pages at a time, 1 or more, got ${shown(value)}`);
    }
    concurrency = value as number;
  }

  if (raw.urls === undefined) {
    throw new Pa11yConfigError(
      `${file}: no "urls": list the pages to check, e.g. "urls": ["https://example.gouv.fr/"]`,
    );
  }
  if (!Array.isArray(raw.urls)) throw new Pa11yConfigError(`${file}: "urls" must be a list, got ${shown(raw.urls)}`);
  if (raw.urls.length === 0) throw new Pa11yConfigError(`${file}: "urls" is empty: there is no page to check`);

  const dir = path.dirname(file);
  const entries = raw.urls.map((item: unknown, index: number): Pa11yCiEntry => {
    const own: Json | undefined = typeof item === 'string' ? { url: item } : isObject(item) ? item : undefined;
    const written = own?.url;
    if (!own || typeof written !== 'string' || written.trim() === '') {
      throw new Pa11yConfigError(
        `${file}: urls[${index}] must be a url string or an object with a "url" string, got ${shown(item)}`,
      );
    }
    const place: Place = { file, label: `urls[${index}] (${written.trim()})` };
    const merged = mergeOverDefaults(own, defaults) as Json;
    for (const key of LISTS) {
      const mine = own[key];
      const theirs = defaults[key];
      if (!Array.isArray(mine) || !Array.isArray(theirs) || mine.length >= theirs.length) continue;
      const added = theirs.length - mine.length;
      warnings.push(
        `${place.file}: ${place.label}: "${key}" has ${mine.length} item(s) and defaults."${key}" has ${theirs.length}; ` +
          `pa11y-ci merges lists position by position, so this url also gets the last ${added} of the defaults, ` +
          'and so does charte. List every item in the url to make it explicit.',
      );
    }
    const read = readOptions(merged, new Set(Object.keys(own)), place);
    warnings.push(...read.warnings);
    return { url: resolveEntryUrl(written.trim(), dir), options: read.options };
  });

  const config: Pa11yCiConfig = { file, entries, warnings };
  if (concurrency !== undefined) config.concurrency = concurrency;
  return config;
}
