/**
 * The Storybook's page of brand rules (stories/charte/regles.*) against the checker: every brand rule the checker
 * applies to pages is on it with the checker's texts, every brand rule on files is listed, and each miniature page
 * it shows is judged by `charte check` as the page says: no finding of its rule on the compliant page, a finding on
 * each non-compliant one, in the light and the dark theme.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Target } from '../../packages/checker/src/model/index.ts';
import { allRules } from '../../packages/checker/src/rules/index.ts';
import { check } from '../../packages/checker/src/run/engine.ts';
import { brandAssetRules, brandPageRules, EXAMPLE_CSS, type ExamplePage, pageStyle } from '../charte/brand-rules.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (...parts: string[]) => path.join(root, ...parts);

const isBrand = (id: string) => id.startsWith('brand/');
const checkerPageRules = allRules.filter((r) => isBrand(r.id) && r.kinds.includes('page'));
const checkerAssetRules = allRules.filter((r) => isBrand(r.id) && !r.kinds.includes('page'));

describe('the brand rules page', () => {
  it('shows every brand rule the checker applies to pages, with its French title, help and severity', () => {
    expect(checkerPageRules.length).toBeGreaterThan(0);
    expect(brandPageRules.map((r) => r.id).sort()).toEqual(checkerPageRules.map((r) => r.id).sort());
    for (const meta of checkerPageRules) {
      const shown = brandPageRules.find((r) => r.id === meta.id)!;
      expect(shown.title, meta.id).toBe(meta.title.fr);
      expect(shown.help, meta.id).toBe(meta.help.fr);
      expect(shown.severity, meta.id).toBe(meta.defaultSeverity);
    }
  });

  it('lists every brand rule the checker applies to files, with its French texts and the files it reads', () => {
    expect(brandAssetRules.map((r) => r.id).sort()).toEqual(checkerAssetRules.map((r) => r.id).sort());
    for (const meta of checkerAssetRules) {
      const shown = brandAssetRules.find((r) => r.id === meta.id)!;
      expect(shown.title, meta.id).toBe(meta.title.fr);
      expect(shown.help, meta.id).toBe(meta.help.fr);
      expect([...shown.kinds].sort(), meta.id).toEqual([...meta.kinds].sort());
    }
  });

  it('gives every page rule a story, and the docs page a canvas for each story', () => {
    const stories = readFileSync(at('stories/charte/regles.stories.ts'), 'utf8');
    const mdx = readFileSync(at('stories/charte/regles.mdx'), 'utf8');
    const exports = new Map(
      [...stories.matchAll(/export const (\w+) = \{ \.\.\.ruleStory\('([^']+)'\)/g)].map((m) => [m[2], m[1]]),
    );
    for (const rule of brandPageRules) {
      const name = exports.get(rule.id);
      expect(name, `no story for ${rule.id} in regles.stories.ts`).toBeTruthy();
      expect(mdx, `regles.mdx does not show ${rule.id}`).toContain(`<Canvas of={Regles.${name}} />`);
    }
  });

  it('has a compliant page and at least one non-compliant page per rule, each with its own id', () => {
    const ids = brandPageRules.flatMap((r) => [r.compliant, ...r.nonCompliant].map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of brandPageRules) expect(rule.nonCompliant.length, rule.id).toBeGreaterThan(0);
  });
});

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];

/** What each bloc-marque counter-example is about: the finding must be that one, not another. */
const BLOC_MARQUE_CASES: Record<string, RegExp> = {
  'bloc-marque/absent': /^No bloc-marque in the header/,
  'bloc-marque/right': /not top left/,
  'bloc-marque/too-small': /^The Marianne block is .* under the minimum/,
  'bloc-marque/clear-space': /clear space/,
  'bloc-marque/intitule': /^The intitulé reads/,
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** A miniature page as a whole document: the tokens' CSS and fonts, the components, the pages' stylesheet. */
function documentOf(page: ExamplePage, theme: Theme): string {
  const favicon = page.favicon ? '<link rel="icon" href="/favicon/favicon.svg" type="image/svg+xml">' : '';
  return `<!doctype html>
<html lang="fr" data-fr-scheme="${theme}" data-fr-theme="${theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
${favicon}
<link rel="stylesheet" href="/tokens/css/all.css">
<link rel="stylesheet" href="/tokens/css/fonts.css">
<style>${EXAMPLE_CSS}</style>
<script type="module" src="/components/charte-components.js"></script>
</head>
<body class="ex-page" style="${escapeAttribute(pageStyle(page))}">
${page.body}
</body>
</html>`;
}

const pageKey = (page: ExamplePage, theme: Theme) => `${page.id.replace('/', '--')}--${theme}.html`;

describe('its miniature pages, checked by charte check', () => {
  let server: Server;
  let report: Report;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    const bundle = at('packages/components/dist/charte-components.js');
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build the packages first (pnpm build).`);
    const dsfr = path.dirname(createRequire(at('packages/tokens/package.json')).resolve('@gouvfr/dsfr/package.json'));
    const mounts: [string, ReturnType<typeof sirv>][] = [
      ['/tokens/', sirv(at('packages/tokens/dist'), { dev: true })],
      ['/components/', sirv(at('packages/components/dist'), { dev: true })],
      ['/icons/', sirv(at('packages/components/icons'), { dev: true })],
      ['/favicon/', sirv(path.join(dsfr, 'dist/favicon'), { dev: true })],
    ];
    for (const rule of brandPageRules)
      for (const page of [rule.compliant, ...rule.nonCompliant])
        for (const theme of THEMES) pages.set(pageKey(page, theme), documentOf(page, theme));

    server = createServer((req, res) => {
      const notFound = () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      };
      const url = req.url ?? '/';
      const html = pages.get(url.replace(/^\/pages\//, ''));
      if (url.startsWith('/pages/') && html) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      for (const [prefix, serve] of mounts) {
        if (!url.startsWith(prefix)) continue;
        req.url = url.slice(prefix.length - 1);
        return serve(req, res, notFound);
      }
      notFound();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const targets: Target[] = [...pages.keys()].map((key) => ({
      id: key,
      url: `${origin}/pages/${key}`,
      kind: 'page',
      origin: 'argument',
    }));
    report = await check(targets, { axe: false, concurrency: 2 });
  }, 300_000);

  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });

  const findingsOf = (page: ExamplePage, theme: Theme, ruleId: string) => {
    const result = report.results.find((r) => r.target.id === pageKey(page, theme));
    expect(result?.status, `${page.id} (${theme}) was not checked: ${result?.error?.message}`).toBe('checked');
    return result!.findings.filter((f) => f.ruleId === ruleId);
  };

  for (const theme of THEMES) {
    for (const rule of brandPageRules) {
      it(`${rule.id}: the compliant page passes, each non-compliant page is reported (${theme} theme)`, () => {
        const passed = findingsOf(rule.compliant, theme, rule.id);
        expect(
          passed.map((f) => f.message),
          `${rule.compliant.id} should comply`,
        ).toEqual([]);
        for (const page of rule.nonCompliant) {
          const found = findingsOf(page, theme, rule.id);
          expect(found.length, `${page.id} should be reported by ${rule.id}`).toBeGreaterThan(0);
          const about = BLOC_MARQUE_CASES[page.id];
          if (about) expect(found.map((f) => f.message).join('\n'), page.id).toMatch(about);
        }
      });
    }
  }

  it('knows what each bloc-marque counter-example is about', () => {
    const cases = brandPageRules.find((r) => r.id === 'brand/bloc-marque')!.nonCompliant.map((p) => p.id);
    expect(cases.sort()).toEqual(Object.keys(BLOC_MARQUE_CASES).sort());
  });
});
