/**
 * Reads and checks DTCG token files before style-dictionary sees them, so that every error names the
 * file and the token: invalid JSON, a token without a type or with a value of the wrong shape, a
 * token defined twice, a reference to a token that does not exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export type TokenTree = { [key: string]: unknown };

export interface SourceToken {
  /** Dotted path, as references write it. */
  path: string;
  file: string;
  type: string;
  value: unknown;
  description?: string;
  extensions?: Record<string, unknown>;
}

export class TokenError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the tokens:\n  ${problems.join('\n  ')}`);
    this.name = 'TokenError';
  }
}

const TYPES = new Set([
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'shadow',
  'other',
]);
const REFERENCE = /\{([^{}]+)\}/g;
const NAME = /^[^{}.$][^{}.]*$/;

/** The group at `keys` under `tree`, made (with `init` for its first key) where missing. */
export function groupAt(tree: TokenTree, keys: string[], init: TokenTree = {}): TokenTree {
  let node = tree;
  for (const [i, key] of keys.entries()) {
    if (!(key in node)) node[key] = i === 0 ? { ...init } : {};
    node = node[key] as TokenTree;
  }
  return node;
}

/** Reads a JSON file; a syntax error names the file, the line and the column. */
export function readJson(file: string, root: string): unknown {
  const label = path.relative(root, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TokenError([`${label}: cannot be read (${(error as Error).message})`]);
  }
  const errors: ParseError[] = [];
  const data = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    throw new TokenError([`${label}: not valid JSON at ${where}: ${printParseErrorCode(first.error)}`]);
  }
  return data;
}

/** The tokens of one DTCG tree; problems go to `problems`, prefixed with the file. */
export function collectTokens(tree: unknown, file: string, problems: string[], prefix: string[] = []): SourceToken[] {
  const tokens: SourceToken[] = [];
  const walk = (node: unknown, at: string[], inheritedType: string | undefined) => {
    const where = `${file}: ${at.length ? at.join('.') : '(root)'}`;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${where}: expected a group or a token (an object with $value), found ${JSON.stringify(node)}`);
      return;
    }
    const group = node as TokenTree;
    const type = typeof group.$type === 'string' ? group.$type : inheritedType;
    if (group.$type !== undefined && (typeof group.$type !== 'string' || !TYPES.has(group.$type))) {
      problems.push(`${where}: unknown $type ${JSON.stringify(group.$type)}`);
    }
    if ('$value' in group) {
      if (!type) problems.push(`${where}: token has no $type (on itself or a parent group)`);
      else checkValue(group.$value, type, where, problems);
      tokens.push({
        path: at.join('.'),
        file,
        type: type ?? 'other',
        value: group.$value,
        ...(typeof group.$description === 'string' ? { description: group.$description } : {}),
        ...(group.$extensions ? { extensions: group.$extensions as Record<string, unknown> } : {}),
      });
      return;
    }
    for (const [key, child] of Object.entries(group)) {
      if (key.startsWith('$')) continue;
      if (!NAME.test(key)) {
        problems.push(`${where}: invalid name ${JSON.stringify(key)} (no '.', '{', '}' and no leading '$')`);
        continue;
      }
      walk(child, [...at, key], type);
    }
  };
  walk(tree, prefix, undefined);
  return tokens;
}

function checkValue(value: unknown, type: string, where: string, problems: string[]): void {
  if (typeof value === 'string' && /^\{[^{}]+\}$/.test(value)) return;
  const bad = (expected: string) =>
    problems.push(`${where}: ${type} value ${JSON.stringify(value)} is not ${expected}`);
  switch (type) {
    case 'color':
      if (typeof value !== 'string' || !/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\))$/i.test(value)) {
        bad('a colour (#hex, rgb() or hsl())');
      }
      break;
    case 'dimension':
      if (typeof value !== 'string' || !/^-?(\d+(\.\d+)?|\.\d+)(px|rem|em|%)?$/.test(value)) {
        bad('a dimension (number with px, rem, em or %)');
      }
      break;
    case 'fontFamily':
      if (!(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))) {
        bad('a font family name or a list of them');
      }
      break;
    case 'fontWeight':
    case 'number':
      if (typeof value !== 'number') bad('a number');
      break;
    case 'duration':
      if (typeof value !== 'string' || !/^\d+(\.\d+)?(ms|s)$/.test(value)) bad('a duration (ms or s)');
      break;
    case 'cubicBezier':
      if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === 'number')) {
        bad('four numbers');
      }
      break;
    case 'shadow':
      if (typeof value !== 'object' || value === null || !('color' in value) || !('blur' in value)) {
        bad('a shadow (color, offsetX, offsetY, blur, spread)');
      }
      break;
  }
}

/** Every `{a.b}` reference inside a value, however deep. */
export function referencesIn(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(REFERENCE)].map((m) => m[1] as string);
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(referencesIn);
  return [];
}

/**
 * Indexes tokens by path: a path defined in two files, or a reference to an undefined path or to a
 * token of another type (for whole-value references), is a problem naming the file and the token.
 */
export function indexTokens(tokens: SourceToken[], problems: string[]): Map<string, SourceToken> {
  const byPath = new Map<string, SourceToken>();
  for (const token of tokens) {
    const known = byPath.get(token.path);
    if (known) problems.push(`${token.file}: ${token.path}: already defined in ${known.file}`);
    else byPath.set(token.path, token);
  }
  for (const token of tokens) {
    for (const ref of referencesIn(token.value)) {
      const target = byPath.get(ref);
      if (!target) {
        problems.push(`${token.file}: ${token.path}: references {${ref}}, which is not defined`);
      } else if (typeof token.value === 'string' && token.value === `{${ref}}` && target.type !== token.type) {
        problems.push(`${token.file}: ${token.path}: a ${token.type} references {${ref}}, a ${target.type}`);
      }
    }
  }
  for (const token of byPath.values()) {
    const chain = [token.path];
    let current: SourceToken | undefined = token;
    while (current && typeof current.value === 'string' && /^\{[^{}]+\}$/.test(current.value)) {
      const next = current.value.slice(1, -1);
      if (chain.includes(next)) {
        problems.push(`${token.file}: ${token.path}: circular reference ${[...chain, next].join(' -> ')}`);
        break;
      }
      chain.push(next);
      current = byPath.get(next);
    }
  }
  return byPath;
}

/** Follows whole-value references to a literal value. */
export function resolveValue(byPath: Map<string, SourceToken>, value: unknown): unknown {
  let current = value;
  for (let i = 0; typeof current === 'string' && /^\{[^{}]+\}$/.test(current); i++) {
    const next = byPath.get(current.slice(1, -1));
    if (!next || i > 64) return undefined;
    current = next.value;
  }
  return current;
}
