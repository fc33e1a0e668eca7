/**
 * The example site, built from the components and the tokens, is what the charter asks for: `charte check`
 * finds no error on its pages (State brand with the culture charter, and axe's WCAG 2.1 AA rules), sees the
 * bloc-marque of the header and of the footer through their shadow roots, and the footer's mandatory links.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type PageSnapshot, type Report } from '@charte/checker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../../packages/checker/src/run/static-server.ts';
import { assemble } from '../build.ts';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const pages = ['index.html', 'article.html'];
let server: StaticServer;
let report: Report;
const snapshots = new Map<string, PageSnapshot>();

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} is not built: run pnpm build`);
  server = await startStaticServer(dist);
  report = await check(
    pages.map((page) => ({ id: page, url: server.urlFor(page), kind: 'page' as const, origin: 'argument' })),
    { charter: 'culture', onSnapshot: (target, snapshot) => void snapshots.set(target.id, snapshot) },
  );
});
afterAll(() => server?.close());

describe('the example site', () => {
  it('has no error-level finding on any page', () => {
    expect(report.results.map((r) => r.status)).toEqual(['checked', 'checked']);
    const errors = report.results.flatMap((r) =>
      r.findings.filter((f) => f.severity === 'error').map((f) => `${r.target.id}: ${f.ruleId} ${f.message}`),
    );
    expect(errors).toEqual([]);
  });

  it("shows the culture charter's bloc-marque in the header and in the footer, seen through the components", () => {
    for (const page of pages) {
      const blocs = snapshots.get(page)!.blocMarques.filter((b) => b.kind === 'charte');
      expect(blocs.find((b) => b.inHeader)?.lines, page).toEqual(['Ministère', 'de la Culture']);
      expect(blocs.find((b) => b.inFooter)?.lines, page).toEqual(['Ministère', 'de la Culture']);
    }
  });

  it('links to the four institutional sites from the footer', () => {
    const links = snapshots
      .get('index.html')!
      .links.filter((l) => l.inFooter)
      .map((l) => new URL(l.href).hostname);
    for (const host of ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr']) {
      expect(links).toContain(host);
    }
  });

  it('builds each page from the layout: its title, its main, the navigation marking it', () => {
    const built = (page: string) => readFileSync(path.join(dist, page), 'utf8');
    expect(built('index.html')).toContain('<title>Accueil - Portail des aides culturelles</title>');
    expect(built('index.html')).toContain('<a href="index.html" aria-current="page">Accueil</a>');
    expect(built('index.html')).not.toMatch(/<charte-header-menu[^>]* current/);
    expect(built('article.html')).toContain('<a href="article.html" aria-current="page">Aide à la création</a>');
    expect(built('article.html')).toMatch(/<charte-header-menu label="Aides" current>/);
    expect(() => assemble('<title><!-- charte:title --></title>', '<main></main>', 'x.html', 'pages/x.html')).toThrow(
      'pages/x.html: the first line must be <!-- charte:title',
    );
  });
});
