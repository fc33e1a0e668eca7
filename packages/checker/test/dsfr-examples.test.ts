/**
 * DSFR used as designed passes the brand rules: on the official example pages that have a header or a
 * footer with a bloc-marque, and on those that show code, the bloc-marque is recognised and no palette or
 * typeface error is reported. (`pnpm bench:dsfr` runs all the example pages.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/model/index.ts';
import { check } from '../src/run/engine.ts';
import { type StaticServer, startStaticServer } from '../src/run/static-server.ts';

const require = createRequire(fileURLToPath(new URL('../../tokens/package.json', import.meta.url)));
const dsfr = path.dirname(require.resolve('@gouvfr/dsfr/package.json'));

const below = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? below(full) : name === 'index.html' ? [full] : [];
  });

const pages = below(path.join(dsfr, 'example'))
  .filter((file) => /example\/(component|layout|core)\//.test(file))
  .map((file) => ({ file, html: readFileSync(file, 'utf8') }));
const framed = pages.filter((p) => /class="fr-(header|footer)[" ]/.test(p.html) && /class="fr-logo/.test(p.html));
const withCode = pages.filter((p) => /<code[\s>]/.test(p.html) && !framed.includes(p)).slice(0, 6);

let server: StaticServer;
let report: Report;
const recognised = new Set<string>();

beforeAll(async () => {
  server = await startStaticServer(dsfr);
  report = await check(
    [...framed, ...withCode].map((p) => ({
      id: path.relative(dsfr, p.file),
      url: server.urlFor(p.file),
      kind: 'page' as const,
      origin: 'argument',
    })),
    {
      axe: false,
      onSnapshot: (target, snapshot) => {
        if (snapshot.blocMarques.some((b) => b.inHeader || b.inFooter)) recognised.add(target.id);
      },
    },
  );
}, 300_000);
afterAll(() => server?.close());

describe('the official DSFR example pages', () => {
  it('are all checked', () => {
    expect(framed.length).toBeGreaterThan(15);
    expect(
      report.results.filter((r) => r.status !== 'checked').map((r) => `${r.target.id}: ${r.error?.message}`),
    ).toEqual([]);
  });

  it('have their bloc-marque recognised wherever a header or footer holds one', () => {
    const ids = framed.map((p) => path.relative(dsfr, p.file));
    expect(ids.filter((id) => !recognised.has(id))).toEqual([]);
  });

  it('give no palette or typeface error, code samples included', () => {
    const errors = report.results.flatMap((r) =>
      r.findings
        .filter((f) => f.severity === 'error' && (f.ruleId === 'brand/palette' || f.ruleId === 'brand/typeface'))
        .map((f) => `${r.target.id}: ${f.message}`),
    );
    expect(errors).toEqual([]);
  });
});
