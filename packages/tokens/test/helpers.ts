import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCustomProperties } from '../build/dsfr.ts';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(packageDir, '../..');
export const distDir = path.join(packageDir, 'dist');

/** The built package; the tests read what users get, so it must have been built first. */
export function dist(relative: string): string {
  const file = path.join(distDir, relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
  return file;
}

export const read = (file: string) => readFileSync(file, 'utf8');

/** Our custom properties for each theme, as the browser would see them on <html data-fr-theme>. */
export function ourThemes(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = readCustomProperties(dist('css/all.css'), ':root');
  const dark = new Map(light);
  for (const [k, v] of readCustomProperties(dist('css/all.css'), ':root[data-fr-theme="dark"]')) dark.set(k, v);
  return { light, dark };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), `charte-${prefix}-`));
