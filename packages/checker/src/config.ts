/** `charte.config.json`: loading, validation against the shipped schema, and severities by rule and target. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describeJsonError } from './json.ts';
import type { Severity, Target } from './model/index.ts';
import { globToRegExp } from './run/targets.ts';

export interface Config {
  charter?: string;
  rules?: Record<string, Severity>;
  overrides?: { files: string[]; rules: Record<string, Severity> }[];
  baseline?: string;
  concurrency?: number;
  timeouts?: { navigation?: number; settle?: number; snapshot?: number; axe?: number };
  include?: string[];
}

export const CONFIG_FILE = 'charte.config.json';
const schema = JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Reads `file`, or `charte.config.json` in `cwd` when there is one; errors name the file and the field. */
export function loadConfig(cwd: string, file?: string): { config: Config; file?: string } {
  const chosen = file ? path.resolve(cwd, file) : path.join(cwd, CONFIG_FILE);
  if (!file && !existsSync(chosen)) return { config: {} };
  let text: string;
  try {
    text = readFileSync(chosen, 'utf8');
  } catch (error) {
    throw new Error(`${chosen}: cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${chosen}: ${describeJsonError(text, error)}`);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
    throw new Error(`${chosen}: not a valid charte configuration: ${problems.join('; ')}`);
  }
  return { config: data as Config, file: chosen };
}

/** The severity of a rule for a target: later overrides win over earlier ones, which win over `rules`. */
export function severityResolver(config: Config): (ruleId: string, target: Target) => Severity | undefined {
  const compile = (rules: Record<string, Severity> = {}) =>
    Object.entries(rules).map(([pattern, severity]) => ({ test: globToRegExp(pattern), severity }));
  const base = compile(config.rules);
  const overrides = (config.overrides ?? []).map((o) => ({
    files: o.files.map(globToRegExp),
    rules: compile(o.rules),
  }));
  return (ruleId, target) => {
    let found: Severity | undefined;
    for (const r of base) if (r.test.test(ruleId)) found = r.severity;
    for (const o of overrides) {
      if (!o.files.some((f) => f.test(target.id))) continue;
      for (const r of o.rules) if (r.test.test(ruleId)) found = r.severity;
    }
    return found;
  };
}
