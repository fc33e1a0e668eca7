/**
 * Reads the reference values of the installed `@gouvfr/dsfr` package: the custom properties of its
 * compiled CSS, light theme on `:root` in `dist/core/core.css`, dark theme under
 * `:root[data-fr-theme=dark]` in `dist/scheme/scheme.css`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import postcss from 'postcss';

const require = createRequire(import.meta.url);

/** Absolute path of the installed `@gouvfr/dsfr` package. */
export const dsfrRoot = path.dirname(require.resolve('@gouvfr/dsfr/package.json'));

export const dsfrVersion: string = JSON.parse(readFileSync(path.join(dsfrRoot, 'package.json'), 'utf8')).version;

export const dsfrFiles = {
  core: path.join(dsfrRoot, 'dist/core/core.css'),
  scheme: path.join(dsfrRoot, 'dist/scheme/scheme.css'),
  fonts: path.join(dsfrRoot, 'dist/fonts'),
} as const;

/** The custom properties declared in top-level rules of `file` whose selector is exactly `selector`. */
export function readCustomProperties(file: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
  root.each((node) => {
    if (node.type !== 'rule' || normaliseSelector(node.selector) !== normaliseSelector(selector)) return;
    node.each((decl) => {
      if (decl.type === 'decl' && decl.prop.startsWith('--')) found.set(decl.prop.slice(2), decl.value.trim());
    });
  });
  return found;
}

function normaliseSelector(selector: string): string {
  return selector.replace(/\s+/g, '').replace(/["']/g, '');
}

/** DSFR's custom properties for each theme: light as declared on `:root`, dark with the scheme overrides. */
export function readDsfrThemes(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = readCustomProperties(dsfrFiles.core, ':root');
  const dark = new Map(light);
  for (const file of [dsfrFiles.core, dsfrFiles.scheme]) {
    for (const [name, value] of readCustomProperties(file, ':root[data-fr-theme=dark]')) dark.set(name, value);
  }
  return { light, dark };
}

const VAR = /^var\(\s*--([\w-]+)\s*(?:,\s*(.+))?\)$/;

/**
 * Follows `var(--x)` chains until a literal value. Throws on a cycle or an unknown name without
 * fallback, naming the chain.
 */
export function resolveVar(props: Map<string, string>, name: string): string {
  const seen: string[] = [];
  let current = name;
  for (;;) {
    if (seen.includes(current)) throw new Error(`cycle in custom properties: ${[...seen, current].join(' -> ')}`);
    seen.push(current);
    const value = props.get(current);
    if (value === undefined) throw new Error(`--${current} is not defined (chain: ${seen.join(' -> ')})`);
    const match = VAR.exec(value);
    if (!match) return value;
    if (!props.has(match[1] as string) && match[2] !== undefined) return match[2].trim();
    current = match[1] as string;
  }
}

/** True when a custom property's resolved value is a colour (hex, rgb(a), hsl(a)). */
export function isColourValue(value: string): boolean {
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^(rgb|hsl)a?\(/i.test(value);
}
