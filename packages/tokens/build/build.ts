/**
 * Builds @charte/tokens from `tokens/`: validates the sources and the charters, runs style-dictionary
 * once per theme and per charter, and writes CSS, ESM with types, flat JSON and the fonts.
 *
 *   dist/css/all.css, light.css, dark.css, fonts.css, charters/<id>.css
 *   dist/js/index.js + .d.ts (resolved values, palette, charters, contrast pairs), fonts.js + .d.ts
 *   dist/json/tokens.json, palette.json, charters.json
 *   dist/fonts/ (Marianne and Spectral, copied from @gouvfr/dsfr)
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import type { DesignTokens, TransformedToken } from 'style-dictionary/types';
import { loadCharters, type ResolvedCharter } from './charters.ts';
import { canonicalColour } from './colour.ts';
import { contrastPairs } from './contrast-pairs.ts';
import { dsfrFiles, dsfrVersion } from './dsfr.ts';
import { decisionContexts, decisionPattern, families, optionPairPattern } from './families.ts';
import { collectTokens, groupAt, indexTokens, readJson, resolveValue, type SourceToken, TokenError } from './source.ts';
import { fontFaces, fontFiles } from './templates/fonts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');

export interface BuildOptions {
  /** Folder holding core/, themes/ and charters/. */
  tokensDir?: string;
  /** Output folder. */
  outDir?: string;
  /** Print what was written. */
  quiet?: boolean;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  counts: { options: number; pairs: number; decisions: number; charters: number };
}

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const EXT = 'fr.charte';

/** CSS custom property name of a token: DSFR's own for option pairs and decisions, ours otherwise. */
function cssName(token: { path: string[]; $extensions?: Record<string, unknown> }): string {
  const [head = '', ...rest] = token.path;
  const dsfrName = (token.$extensions?.[EXT] as { dsfrName?: string } | undefined)?.dsfrName;
  if (dsfrName) return dsfrName;
  if (head === 'option') return rest.join('-');
  if ((decisionContexts as readonly string[]).includes(head)) return token.path.join('-');
  if (head === 'charter') return `charte-${rest.join('-')}`;
  return `charte-${token.path.join('-')}`;
}

/** Colour options are values, not custom properties: everything else is written to CSS. */
const inCss = (token: Pick<TransformedToken, 'path'>) => token.path[0] !== 'color';

function registerExtensions(): void {
  StyleDictionary.registerTransform({
    name: 'name/charte',
    type: 'name',
    transform: (token) => cssName(token),
  });
  StyleDictionary.registerTransform({
    name: 'shadow/charte',
    type: 'value',
    transitive: true,
    filter: (token) => token.$type === 'shadow',
    transform: (token) => {
      const v = token.$value as Record<string, string>;
      return [v.offsetX, v.offsetY, v.blur, v.spread && v.spread !== '0' ? v.spread : undefined, v.color]
        .filter((x) => x !== undefined)
        .join(' ');
    },
  });
  StyleDictionary.registerFormat({
    name: 'charte/css',
    format: async ({ dictionary, options }) => {
      const { selectors, header } = options as { selectors: string[]; header: string };
      const all = dictionary.unfilteredTokenMap ?? dictionary.tokenMap;
      const lines = dictionary.allTokens.map((token) => `  --${token.name}: ${cssValue(token, all)};`);
      const block = (selector: string, indent = '') =>
        `${indent}${selector} {\n${lines.map((l) => indent + l).join('\n')}\n${indent}}\n`;
      const blocks = selectors.map((s) =>
        s.startsWith('@media') ? `${s.split('|')[0]} {\n${block(s.split('|')[1] as string, '  ')}}\n` : block(s),
      );
      return `/* ${header} */\n${blocks.join('\n')}`;
    },
  });
}

/**
 * A token's CSS value: `var(--x)` where its source value is a whole reference to a token that is a
 * custom property too, references inside a shadow likewise, the resolved value otherwise.
 */
function cssValue(token: TransformedToken, tokenMap: Map<string, TransformedToken>): string {
  const original = token.original.$value;
  const asVar = (ref: string) => {
    const target = tokenMap.get(`{${ref}}`);
    return target && inCss(target) ? `var(--${target.name})` : undefined;
  };
  if (typeof original === 'string') {
    const whole = /^\{([^{}]+)\}$/.exec(original);
    const v = whole ? asVar(whole[1] as string) : undefined;
    if (v) return v;
  }
  if (token.$type === 'shadow' && typeof original === 'object' && original) {
    const o = original as Record<string, string>;
    const colour = /^\{([^{}]+)\}$/.exec(o.color ?? '');
    const colourValue = (colour && asVar(colour[1] as string)) ?? (token.$value as string).split(' ').at(-1);
    return [o.offsetX, o.offsetY, o.blur, o.spread && o.spread !== '0' ? o.spread : undefined, colourValue]
      .filter((x) => x !== undefined)
      .join(' ');
  }
  return String(token.$value);
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const tokensDir = path.resolve(options.tokensDir ?? path.join(packageDir, '../../tokens'));
  const outDir = path.resolve(options.outDir ?? path.join(packageDir, 'dist'));
  const root = path.dirname(tokensDir);
  const log = options.quiet ? () => {} : (m: string) => console.log(m);

  // 1. Sources, checked so that every problem names its file and token.
  const problems: string[] = [];
  const files = (dir: string) =>
    (readdirSync(path.join(tokensDir, dir), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(tokensDir, dir, f));
  const read = (list: string[]) =>
    list.flatMap((file) => {
      try {
        return collectTokens(readJson(file, root), path.relative(root, file), problems);
      } catch (error) {
        if (error instanceof TokenError) problems.push(...error.problems);
        else throw error;
        return [];
      }
    });
  const coreFiles = files('core');
  const themeFile = (name: string) => path.join(tokensDir, 'themes', `${name}.json`);
  const core = read(coreFiles);
  const decisions = read([themeFile('decisions')]);
  const themeTokens = { light: read([themeFile('light')]), dark: read([themeFile('dark')]) };
  if (problems.length) throw new TokenError(problems);
  const index = {} as Record<Theme, Map<string, SourceToken>>;
  for (const theme of THEMES) {
    const local: string[] = [];
    index[theme] = indexTokens([...core, ...themeTokens[theme], ...decisions], local);
    for (const p of local) if (!problems.includes(p)) problems.push(p);
  }
  const lightPaths = new Set(themeTokens.light.map((t) => t.path));
  const darkPaths = new Set(themeTokens.dark.map((t) => t.path));
  for (const t of themeTokens.light)
    if (!darkPaths.has(t.path)) problems.push(`${t.file}: ${t.path}: has no dark value in themes/dark.json`);
  for (const t of themeTokens.dark)
    if (!lightPaths.has(t.path)) problems.push(`${t.file}: ${t.path}: has no light value in themes/light.json`);
  if (problems.length) throw new TokenError(problems);

  // 2. The palette: every colour option, by family.
  const colourOptions = core.filter((t) => t.path.startsWith('color.'));
  const valuesByFamily = new Map<string, Set<string>>();
  for (const t of colourOptions) {
    const family = t.path.split('.')[1] as string;
    if (!families.some((f) => f.id === family))
      problems.push(`${t.file}: ${t.path}: unknown colour family "${family}"`);
    const set = valuesByFamily.get(family) ?? new Set<string>();
    set.add(canonicalColour(t.value as string));
    valuesByFamily.set(family, set);
  }
  if (problems.length) throw new TokenError(problems);
  const schema = JSON.parse(readFileSync(path.join(packageDir, 'schema/charter.schema.json'), 'utf8'));
  const charters = loadCharters(path.join(tokensDir, 'charters'), root, schema, index, {
    base: families.filter((f) => f.kind !== 'illustrative').map((f) => f.id),
    valuesByFamily,
  });

  // 3. style-dictionary: one run per theme, one per charter.
  registerExtensions();
  rmSync(outDir, { recursive: true, force: true });
  const written: string[] = [];
  const cssDir = path.join(outDir, 'css');
  const header = `@charte/tokens, from DSFR ${dsfrVersion} values. Generated; do not edit.`;
  const base = new StyleDictionary({
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    usesDtcg: true,
  });
  const platform = (
    filter: (t: TransformedToken) => boolean,
    destination: string,
    selectors: string[],
    note: string,
  ) => ({
    css: {
      transforms: ['name/charte', 'fontFamily/css', 'cubicBezier/css', 'shadow/charte'],
      buildPath: `${cssDir}/`,
      files: [{ destination, format: 'charte/css', filter, options: { selectors, header: `${header} ${note}` } }],
    },
  });
  const resolved = {} as Record<Theme, TransformedToken[]>;
  const themeSources = (theme: Theme) => [...coreFiles, themeFile(theme), themeFile('decisions')];
  for (const theme of THEMES) {
    const sd = await base.extend({
      source: themeSources(theme),
      platforms:
        theme === 'light'
          ? platform(inCss, 'light.css', [':root'], 'Light theme, on :root.')
          : platform(
              (t) => t.path[0] === 'option' || t.path[0] === 'shadow',
              'dark.css',
              [':root[data-fr-theme="dark"]', '@media (prefers-color-scheme: dark)|:root[data-fr-scheme="system"]'],
              'Dark theme: data-fr-theme="dark", or data-fr-scheme="system" when the system asks for dark.',
            ),
    });
    await sd.buildAllPlatforms();
    resolved[theme] = (await sd.getPlatformTokens('css')).allTokens;
    written.push(path.join(cssDir, `${theme}.css`));
  }
  for (const charter of charters.values()) {
    const sd = await base.extend({
      source: themeSources('light'),
      tokens: charterTree(charter) as DesignTokens,
      platforms: platform(
        (t) => t.path[0] === 'charter',
        `charters/${charter.id}.css`,
        [':root'],
        `Charter "${charter.id}" (${charter.chain.join(' < ')}): ${charter.intitule.join(' / ')}.`,
      ),
    });
    await sd.buildAllPlatforms();
    written.push(path.join(cssDir, 'charters', `${charter.id}.css`));
  }
  const all = ['light.css', 'dark.css'].map((f) => readFileSync(path.join(cssDir, f), 'utf8')).join('\n');
  writeOut(path.join(cssDir, 'all.css'), all, written);

  // 4. Fonts, from the installed @gouvfr/dsfr.
  const fontsDir = path.join(outDir, 'fonts');
  mkdirSync(fontsDir, { recursive: true });
  for (const font of fontFiles) {
    for (const ext of ['woff2', 'woff']) {
      cpSync(path.join(dsfrFiles.fonts, `${font.file}.${ext}`), path.join(fontsDir, `${font.file}.${ext}`));
      written.push(path.join(fontsDir, `${font.file}.${ext}`));
    }
  }
  writeOut(
    path.join(cssDir, 'fonts.css'),
    `/* ${header} Fonts from @gouvfr/dsfr (see its terms of use). */\n${fontFaces('../fonts/')}`,
    written,
  );

  // 5. ESM, types and JSON from the resolved tokens of both themes.
  const data = collectData(resolved, charters, index);
  const jsDir = path.join(outDir, 'js');
  writeOut(path.join(jsDir, 'index.js'), esm(data, header), written);
  writeOut(path.join(jsDir, 'index.d.ts'), readFileSync(path.join(here, 'templates/index.d.ts'), 'utf8'), written);
  writeOut(
    path.join(jsDir, 'fonts.js'),
    `// ${header}\n${readFileSync(path.join(here, 'templates/fonts.js'), 'utf8')}`,
    written,
  );
  writeOut(path.join(jsDir, 'fonts.d.ts'), readFileSync(path.join(here, 'templates/fonts.d.ts'), 'utf8'), written);
  const jsonDir = path.join(outDir, 'json');
  writeOut(path.join(jsonDir, 'tokens.json'), json(data.flat), written);
  writeOut(path.join(jsonDir, 'palette.json'), json(data.palette), written);
  writeOut(path.join(jsonDir, 'charters.json'), json(data.charters), written);

  log(`@charte/tokens: ${written.length} files in ${path.relative(process.cwd(), outDir) || '.'}`);
  return {
    outDir,
    files: written,
    counts: {
      options: data.palette.length,
      pairs: Object.keys(data.optionPairs).length,
      decisions: Object.keys(data.decisions).length,
      charters: charters.size,
    },
  };
}

function charterTree(charter: ResolvedCharter): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const token of charter.tokens) {
    const parts = token.path.split('.');
    groupAt(tree, parts.slice(0, -1))[parts.at(-1) as string] = {
      $value: token.value,
      $type: token.type,
      ...(token.description ? { $description: token.description } : {}),
    };
  }
  return tree;
}

function collectData(
  resolved: Record<Theme, TransformedToken[]>,
  charters: Map<string, ResolvedCharter>,
  index: Record<Theme, Map<string, SourceToken>>,
) {
  const byName = (theme: Theme) => new Map(resolved[theme].map((t) => [t.name, t]));
  const light = byName('light');
  const dark = byName('dark');
  const optionName = (t: TransformedToken) => t.path.slice(1).join('-');
  // The option a pair or decision lands on, in one theme.
  const byPath = {
    light: new Map(resolved.light.map((t) => [t.path.join('.'), t])),
    dark: new Map(resolved.dark.map((t) => [t.path.join('.'), t])),
  };
  const optionOf = (theme: Theme, token: TransformedToken): string => {
    let current: TransformedToken | undefined = token;
    for (let i = 0; current && i < 8; i++) {
      if (current.path[0] === 'color') return optionName(current);
      const ref: string | undefined = /^\{([^{}]+)\}$/.exec(String(current.original.$value))?.[1];
      current = ref ? byPath[theme].get(ref) : undefined;
    }
    throw new Error(`${token.name} does not resolve to a colour option`);
  };
  const palette = resolved.light
    .filter((t) => t.path[0] === 'color')
    .map((t) => {
      const family = t.path[1] as string;
      const shadeKey = t.path.slice(2).join('-');
      const state = /-(hover|active)$/.exec(shadeKey)?.[1] ?? 'default';
      return {
        name: optionName(t),
        family,
        kind: families.find((f) => f.id === family)?.kind ?? 'illustrative',
        shade: shadeKey.replace(/-(hover|active)$/, ''),
        state,
        value: canonicalColour(String(t.$value)),
      };
    });
  const optionPairs: Record<string, unknown> = {};
  const decisions: Record<string, unknown> = {};
  const themes = { light: {} as Record<string, string>, dark: {} as Record<string, string> };
  const flat: unknown[] = [];
  for (const [name, token] of light) {
    const darkToken = dark.get(name);
    const darkValue = darkToken ? String(darkToken.$value) : String(token.$value);
    if (token.$type === 'color' && token.path[0] !== 'color') {
      themes.light[name] = String(token.$value);
      themes.dark[name] = darkValue;
    }
    if (token.path[0] === 'option') {
      const m = optionPairPattern.exec(name);
      optionPairs[name] = {
        light: String(token.$value),
        dark: darkValue,
        lightOption: optionOf('light', token),
        darkOption: optionOf('dark', darkToken ?? token),
        family: m?.[1],
        ...(m?.[4] ? { state: m[4] } : {}),
      };
    } else if (decisionPattern.test(name)) {
      const m = decisionPattern.exec(name) as RegExpExecArray;
      decisions[name] = {
        light: String(token.$value),
        dark: darkValue,
        lightOption: optionOf('light', token),
        darkOption: optionOf('dark', darkToken ?? token),
        pair: /^\{option\.([^.]+)\.(.+)\}$/.exec(String(token.original.$value))?.slice(1).join('-'),
        context: m[1],
        usage: m[2],
        family: m[3],
        state: m[4] ?? 'default',
      };
    }
    flat.push({
      name,
      cssVar: inCss(token) ? `--${name}` : null,
      path: token.path,
      type: token.$type,
      light: token.$value,
      ...(darkToken && darkToken.$value !== token.$value ? { dark: darkToken.$value } : {}),
      ...(token.$description ? { description: token.$description } : {}),
      ...(typeof token.original.$value === 'string' && token.original.$value.startsWith('{')
        ? { references: token.original.$value.slice(1, -1) }
        : {}),
    });
  }
  const other: Record<string, unknown> = {};
  for (const token of resolved.light) {
    if (token.$type !== 'color' && inCss(token)) other[token.name] = token.$value;
  }
  const charterData = Object.fromEntries(
    [...charters.values()].map((c) => [
      c.id,
      {
        id: c.id,
        chain: c.chain,
        kind: c.kind,
        name: c.name,
        shortName: c.shortName,
        intitule: c.intitule,
        ...(c.source ? { source: c.source } : {}),
        accentFamilies: c.accentFamilies,
        thresholds: c.thresholds,
        tokens: Object.fromEntries(
          c.tokens.map((t) => {
            const resolveIn = (theme: Theme) =>
              resolveValue(new Map([...index[theme], ...c.tokens.map((x) => [x.path, x] as const)]), t.value);
            const ref = typeof t.value === 'string' ? /^\{([^{}]+)\}$/.exec(t.value)?.[1] : undefined;
            return [
              cssName({ path: t.path.split('.') }),
              { light: resolveIn('light'), dark: resolveIn('dark'), ...(ref ? { references: ref } : {}) },
            ];
          }),
        ),
      },
    ]),
  );
  return {
    palette,
    optionPairs,
    decisions,
    themes,
    other,
    flat,
    charters: charterData,
    contrastPairs: contrastPairs(Object.keys(decisions)),
  };
}

function esm(data: ReturnType<typeof collectData>, header: string): string {
  const exp = (name: string, value: unknown) => `export const ${name} = ${JSON.stringify(value, null, 2)};\n`;
  return [
    `// ${header}\n`,
    exp('dsfrVersion', dsfrVersion),
    exp('families', families),
    exp('palette', data.palette),
    exp('optionPairs', data.optionPairs),
    exp('decisions', data.decisions),
    exp('themes', data.themes),
    exp('tokens', data.other),
    exp('charters', data.charters),
    exp('contrastPairs', data.contrastPairs),
  ].join('\n');
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function writeOut(file: string, content: string, written: string[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push(file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().catch((error: unknown) => {
    console.error(error instanceof TokenError ? error.message : error);
    process.exit(1);
  });
}
