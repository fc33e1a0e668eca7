/**
 * Loads the charters of `tokens/charters/`: validates each against the JSON Schema, resolves the
 * `extends` chain, and checks that a charter only narrows its parent and that its colour tokens stay
 * in the State palette. Problems name the file and the field or token.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { canonicalColour } from './colour.ts';
import { collectTokens, indexTokens, readJson, resolveValue, type SourceToken, TokenError } from './source.ts';

export interface CharterThresholds {
  deltaE: number;
  deltaERaster: number;
  blocMarque: { minHeightPx: number; minWidthMm: number | null; clearSpace: number };
  assets: { maxOffPalette: number; minPrintPpi: number; maxWebBytes: number | null; requireCredit: boolean };
}

export interface CharterSource {
  id: string;
  extends?: string;
  kind?: 'state' | 'government' | 'ministry' | 'other';
  name?: string;
  shortName?: string;
  intitule?: string[];
  source?: string;
  accentFamilies?: string[];
  thresholds?: Partial<Omit<CharterThresholds, 'blocMarque' | 'assets'>> & {
    blocMarque?: Partial<CharterThresholds['blocMarque']>;
    assets?: Partial<CharterThresholds['assets']>;
  };
  tokens?: Record<string, unknown>;
}

/** A charter with its chain resolved: every field set. */
export interface ResolvedCharter {
  id: string;
  /** This charter, then its parents up to the root. */
  chain: string[];
  kind: NonNullable<CharterSource['kind']>;
  name: string;
  shortName: string;
  intitule: string[];
  source?: string;
  accentFamilies: string[];
  thresholds: CharterThresholds;
  /** The charter's own and inherited tokens, paths prefixed with `charter.`. */
  tokens: SourceToken[];
  file: string;
}

export interface PaletteSets {
  /** Families every charter has: primary, neutral, system. */
  base: string[];
  /** Canonical colour values of each family's options. */
  valuesByFamily: Map<string, Set<string>>;
}

export function loadCharters(
  dir: string,
  root: string,
  schema: object,
  themes: { light: Map<string, SourceToken>; dark: Map<string, SourceToken> },
  palette: PaletteSets,
): Map<string, ResolvedCharter> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const problems: string[] = [];
  const sources = new Map<string, { data: CharterSource; file: string }>();

  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = path.join(dir, name);
    const label = path.relative(root, file);
    let data: unknown;
    try {
      data = readJson(file, root);
    } catch (error) {
      problems.push(...(error as TokenError).problems);
      continue;
    }
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        const allowed =
          e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : '';
        const extra = e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : '';
        problems.push(`${label}: ${e.instancePath || '(root)'}: ${e.message}${extra}${allowed}`);
      }
      continue;
    }
    const charter = data as CharterSource;
    if (charter.id !== name.replace(/\.json$/, '')) {
      problems.push(`${label}: id "${charter.id}" differs from the file name`);
      continue;
    }
    sources.set(charter.id, { data: charter, file: label });
  }

  const resolved = new Map<string, ResolvedCharter>();
  const resolve = (id: string, seen: string[]): ResolvedCharter | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = sources.get(id);
    if (!entry) return undefined;
    const { data, file } = entry;
    if (seen.includes(id)) {
      problems.push(`${file}: extends: circular chain ${[...seen, id].join(' -> ')}`);
      return undefined;
    }
    let parent: ResolvedCharter | undefined;
    if (data.extends !== undefined) {
      parent = resolve(data.extends, [...seen, id]);
      if (!parent) {
        if (!sources.has(data.extends)) problems.push(`${file}: extends: no charter "${data.extends}"`);
        return undefined;
      }
    }
    const missing = (['kind', 'name', 'shortName', 'intitule', 'accentFamilies'] as const).filter(
      (k) => data[k] === undefined && parent?.[k] === undefined,
    );
    const thresholds = {
      ...parent?.thresholds,
      ...data.thresholds,
      blocMarque: { ...parent?.thresholds.blocMarque, ...data.thresholds?.blocMarque },
      assets: { ...parent?.thresholds.assets, ...data.thresholds?.assets },
    } as CharterThresholds;
    for (const key of ['deltaE', 'deltaERaster'] as const)
      if (thresholds[key] === undefined) missing.push(`thresholds.${key}` as never);
    for (const key of ['minHeightPx', 'minWidthMm', 'clearSpace'] as const) {
      if (thresholds.blocMarque[key] === undefined) missing.push(`thresholds.blocMarque.${key}` as never);
    }
    for (const key of ['maxOffPalette', 'minPrintPpi', 'maxWebBytes', 'requireCredit'] as const) {
      if (thresholds.assets[key] === undefined) missing.push(`thresholds.assets.${key}` as never);
    }
    if (missing.length) {
      problems.push(`${file}: ${missing.join(', ')}: required, neither set here nor inherited`);
      return undefined;
    }
    const accentFamilies = data.accentFamilies ?? parent?.accentFamilies ?? [];
    if (parent) {
      for (const family of accentFamilies) {
        if (!parent.accentFamilies.includes(family)) {
          problems.push(
            `${file}: accentFamilies: "${family}" is not allowed by the parent charter "${parent.id}"; a charter may only narrow its parent`,
          );
        }
      }
    }
    const own = data.tokens ? collectTokens(data.tokens, file, problems, ['charter']) : [];
    const ownPaths = new Set(own.map((t) => t.path));
    const tokens = [...(parent?.tokens.filter((t) => !ownPaths.has(t.path)) ?? []), ...own];
    const charter: ResolvedCharter = {
      id,
      chain: [id, ...(parent?.chain ?? [])],
      kind: (data.kind ?? parent?.kind) as ResolvedCharter['kind'],
      name: (data.name ?? parent?.name) as string,
      shortName: (data.shortName ?? parent?.shortName) as string,
      intitule: (data.intitule ?? parent?.intitule) as string[],
      ...(data.source ? { source: data.source } : {}),
      accentFamilies,
      thresholds,
      tokens,
      file,
    };
    checkTokens(charter, themes, palette, problems);
    resolved.set(id, charter);
    return charter;
  };
  for (const id of sources.keys()) resolve(id, []);

  const roots = [...resolved.values()].filter((c) => c.chain.length === 1);
  if (resolved.size && roots.length !== 1) {
    problems.push(
      `tokens/charters: expected one root charter (without extends), found ${roots.map((c) => c.id).join(', ') || 'none'}`,
    );
  }
  if (problems.length) throw new TokenError(problems);
  return resolved;
}

/** Charter tokens must resolve, in both themes, to a colour of the charter's palette. */
function checkTokens(
  charter: ResolvedCharter,
  themes: { light: Map<string, SourceToken>; dark: Map<string, SourceToken> },
  palette: PaletteSets,
  problems: string[],
): void {
  const allowed = new Set<string>();
  for (const family of [...palette.base, ...charter.accentFamilies]) {
    for (const value of palette.valuesByFamily.get(family) ?? []) allowed.add(value);
  }
  for (const [theme, base] of Object.entries(themes)) {
    const local: string[] = [];
    const index = indexTokens([...base.values(), ...charter.tokens], local);
    const own = local
      .filter((p) => charter.tokens.some((t) => p.startsWith(`${t.file}: ${t.path}:`)))
      .map((p) => p.replace(/: charter\./, ': tokens.'));
    problems.push(...own.filter((p) => !problems.includes(p)));
    if (own.length) continue;
    for (const token of charter.tokens) {
      if (token.type !== 'color') continue;
      const value = resolveValue(index, token.value);
      const where = `${token.file}: ${token.path.replace(/^charter\./, 'tokens.')}`;
      if (typeof value !== 'string') continue;
      let colour: string;
      try {
        colour = canonicalColour(value);
      } catch {
        problems.push(`${where}: ${JSON.stringify(value)} is not a colour`);
        continue;
      }
      if (!allowed.has(colour)) {
        const message = `${where}: ${colour} (${theme} theme) is not a colour of the State palette allowed by charter "${charter.id}"`;
        if (!problems.includes(message)) problems.push(message);
      }
    }
  }
}
