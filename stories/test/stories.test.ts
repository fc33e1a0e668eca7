/**
 * The generated story files are what the fixtures give (a fixture added or renamed shows up in Storybook), and the
 * brand rules' texts what the checker says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandRulesFile, exportName, storyFiles, TITLES } from '../../scripts/storybook/stories.ts';

const components = new URL('../../packages/components/src/components/', import.meta.url).pathname;

describe('component stories', () => {
  it('has a story file for every component, up to date with its fixtures', async () => {
    const files = await storyFiles();
    const folders = readdirSync(components).filter((f) => existsSync(join(components, f, `${f}.fixtures.ts`)));
    expect(files.size).toBe(folders.length);
    for (const [path, content] of files) {
      expect(existsSync(path), `${path} is missing: run pnpm stories`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run pnpm stories`).toBe(content);
    }
  }, 60_000);

  it('shows the brand rules with the checker’s current texts (rules.generated.ts up to date)', async () => {
    const [path, content] = await brandRulesFile();
    expect(existsSync(path), `${path} is missing: run pnpm stories`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${path} is stale: run pnpm stories`).toBe(content);
  }, 60_000);

  it('gives every component a French page title', () => {
    for (const folder of readdirSync(components)) expect(TITLES[folder], folder).toBeTruthy();
  });

  it('turns variant names into story exports', () => {
    expect(exportName('success-no-icon')).toBe('SuccessNoIcon');
    expect(exportName('h2')).toBe('H2');
    expect(exportName('2-columns')).toBe('V2Columns');
  });
});
