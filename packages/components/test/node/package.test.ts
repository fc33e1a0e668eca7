/**
 * The built package as users get it: every component in the custom-elements manifest with its documented API,
 * each importable on its own, and the page budget (header + footer + bloc-marque + button + card, Lit included,
 * under 25 KB gzip).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { measure, PAGE_BUDGET } from '../../build/size.ts';

const root = path.resolve(import.meta.dirname, '../..');
const folders = readdirSync(path.join(root, 'src/components')).filter((name) =>
  existsSync(path.join(root, 'src/components', name, 'define.ts')),
);

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: { name: string; description?: string }[];
}
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));

describe('custom-elements manifest', () => {
  it('lists every component folder with its charte- tag', () => {
    const tags = new Set(elements.map((e) => e.tagName));
    for (const name of folders) expect(tags.has(`charte-${name}`), `charte-${name}`).toBe(true);
  });

  it('documents every element and every attribute', () => {
    for (const element of elements) {
      expect(element.summary || element.description, element.name).toBeTruthy();
      for (const attribute of element.attributes ?? [])
        expect(attribute.description, `${element.tagName} [${attribute.name}]`).toBeTruthy();
    }
  });
});

describe('package', () => {
  it('exports each component from its own module, with types', () => {
    for (const name of folders) {
      expect(existsSync(path.join(root, 'dist/components', name, 'define.js')), name).toBe(true);
      expect(existsSync(path.join(root, 'dist/components', name, `${name}.d.ts`)), name).toBe(true);
    }
  });

  it('registers every element in the one-file bundle for plain HTML (no define module dropped)', () => {
    const bundle = readFileSync(path.join(root, 'dist/charte-components.js'), 'utf8');
    const defines = readdirSync(path.join(root, 'src/components'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)define(-[a-z-]+)?\.ts$/.test(file))
      .flatMap((file) => [
        ...readFileSync(path.join(root, 'src/components', file), 'utf8').matchAll(/\.define\('(charte-[a-z-]+)'\)/g),
      ])
      .map((match) => match[1]!);
    expect(defines.length).toBeGreaterThan(40);
    for (const tag of defines) expect(bundle, tag).toContain(`"${tag}"`);
  });

  it('ships the theme boot script as a classic script that sets the stored theme on <html>', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string>;
    };
    const file = path.join(root, pkg.exports['./boot.classic.js']!);
    const script = readFileSync(file, 'utf8');
    expect(script).not.toMatch(/\b(export|import)\b/);
    const run = (stored: string | null, prefersDark: boolean) => {
      const attributes: Record<string, string> = {};
      runInNewContext(script, {
        document: {
          documentElement: {
            getAttribute: (name: string) => attributes[name] ?? null,
            setAttribute: (name: string, value: string) => {
              attributes[name] = value;
            },
          },
        },
        localStorage: { getItem: () => stored },
        window: { matchMedia: () => ({ matches: prefersDark }) },
        matchMedia: () => ({ matches: prefersDark }),
      });
      return attributes;
    };
    expect(run('dark', false)).toEqual({ 'data-fr-scheme': 'dark', 'data-fr-theme': 'dark' });
    expect(run(null, true)).toEqual({ 'data-fr-scheme': 'system', 'data-fr-theme': 'dark' });
    expect(run('light', true)).toEqual({ 'data-fr-scheme': 'light', 'data-fr-theme': 'light' });
  });

  it('keeps a page with header, footer, bloc-marque, button and card under 25 KB gzip, Lit included', async () => {
    const size = await measure();
    expect(size.missing).toEqual([]);
    expect(size.page!.gzip).toBeLessThanOrEqual(PAGE_BUDGET);
    // The comparison that motivates the budget: DSFR's CSS + JS for the same page.
    expect(size.page!.gzip).toBeLessThan(size.dsfr.css.gzip + size.dsfr.js.gzip);
  });
});
