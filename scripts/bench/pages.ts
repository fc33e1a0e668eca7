/**
 * Page-check throughput: `charte check` against pa11y-ci (axe runner) on the same local pages with the
 * same Chromium, in one run, plus the floor (navigation + axe alone). Writes docs/benchmarks.md.
 *
 * Usage: pnpm bench:pages [--pages N] [--no-pa11y-parallel]
 * Pages: DSFR's example pages from the installed @gouvfr/dsfr (components, layouts, core) and the
 * project's example pages, served on 127.0.0.1 without their third-party scripts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareExamplePages } from '../../examples/pages/prepare.mjs';
import { findChromium } from '../../packages/checker/src/run/browser.ts';
import {
  dsfrExamplePages,
  dsfrRoot,
  dsfrVersion,
  machine,
  root,
  serveFolders,
  type Timed,
  timeCommand,
  writeSection,
} from './lib.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '60' }, 'no-pa11y-parallel': { type: 'boolean', default: false } },
});
const wanted = Number(values.pages);
const concurrency = 2;

const examplesDir = prepareExamplePages();

// Components, page layouts and core examples; not the analytics variants or the icon galleries, which
// repeat the same pages.
const dsfrPages = dsfrExamplePages(/^(component|layout|core)\//);
const own = ['index.html', 'non-conforme.html'];
const picked = dsfrPages.filter((_, i) => i % Math.max(1, Math.floor(dsfrPages.length / (wanted - own.length))) === 0);
const chosen = picked.slice(0, wanted - own.length);

const server = await serveFolders({ '/dsfr/': dsfrRoot, '/examples/': examplesDir });
const urls = [
  ...chosen.map((p) => `${server.origin}/dsfr/example/${p.replace(/index\.html$/, '')}`),
  ...own.map((p) => `${server.origin}/examples/${p}`),
];
const work = mkdtempSync(path.join(tmpdir(), 'charte-bench-'));
const chromium = findChromium();
process.stderr.write(`${urls.length} pages on ${server.origin}, Chromium ${chromium}, work folder ${work}\n`);

const urlsFile = path.join(work, 'urls.txt');
writeFileSync(urlsFile, `${urls.join('\n')}\n`);
const pa11yConfig = (parallel: number) => {
  const file = path.join(work, `pa11yci-${parallel}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      defaults: {
        runners: ['axe'],
        concurrency: parallel,
        // Its report goes to a file: a large report on stdout is cut when pa11y-ci exits.
        reporters: [['json', { fileName: path.join(work, `pa11yci-${parallel}-report.json`) }]],
        timeout: 30_000,
        chromeLaunchConfig: { executablePath: chromium, args: ['--no-sandbox', '--disable-dev-shm-usage'] },
      },
      urls,
    }),
  );
  return file;
};
const pa11yBin = path.join(root, 'node_modules/.bin/pa11y-ci');
const env = { PUPPETEER_SKIP_DOWNLOAD: 'true' };

const runs: (Timed & { checked: number; note: string })[] = [];
try {
  const floor = await timeCommand('floor', 'node', [
    '--import',
    'tsx',
    'scripts/bench/floor.ts',
    urlsFile,
    String(concurrency),
  ]);
  const floorFacts = JSON.parse(floor.stdout.trim().split('\n').at(-1) ?? '{}') as { failed?: number };
  runs.push({
    ...floor,
    checked: urls.length - (floorFacts.failed ?? urls.length),
    note: 'navigation + axe-core only',
  });

  const out = path.join(work, 'charte');
  const charte = await timeCommand('charte', 'node', [
    'packages/checker/bin/charte.js',
    'check',
    ...urls,
    '-f',
    'json',
    '-o',
    out,
    '-q',
    '--concurrency',
    String(concurrency),
    '--browser-path',
    chromium,
  ]);
  const report = JSON.parse(readFileSync(path.join(out, 'charte-report.json'), 'utf8'));
  runs.push({
    ...charte,
    checked: report.summary.checked,
    note: `brand rules + axe-core, ${report.summary.errors} errors and ${report.summary.warnings} warnings found`,
  });

  for (const parallel of values['no-pa11y-parallel'] ? [1] : [1, concurrency]) {
    const run = await timeCommand(`pa11y-ci ×${parallel}`, pa11yBin, ['--config', pa11yConfig(parallel)], env);
    const json = JSON.parse(readFileSync(path.join(work, `pa11yci-${parallel}-report.json`), 'utf8')) as {
      results?: Record<string, { message?: string; code?: string }[]>;
    };
    const results = Object.values(json.results ?? {});
    const errors = results.flatMap((issues) => issues.filter((i) => i.message && !i.code).slice(0, 1));
    const reasons = [...new Set(errors.map((e) => (e.message ?? '').split('\n')[0]?.slice(0, 80)))];
    runs.push({
      ...run,
      checked: results.length - errors.length,
      note: `axe runner, concurrency ${parallel}${parallel === 1 ? ' (its default)' : ''}${
        errors.length ? `; ${errors.length} pages ended in an error (${reasons.slice(0, 2).join('; ')})` : ''
      }`,
    });
  }
} finally {
  await server.close();
}

const reference = runs.find((r) => r.label === 'pa11y-ci ×1');
// Throughput counts the pages a tool actually checked: a page that ended in an error is not a result.
const rate = (r: { checked: number; seconds: number }) => (r.checked / r.seconds) * 60;
const rows = runs.map(
  (r) =>
    `| ${r.label} | ${r.checked}/${urls.length} | ${r.seconds.toFixed(1)} | ${rate(r).toFixed(0)} | ${reference ? `${(rate(r) / rate(reference)).toFixed(2)}×` : '–'} | ${r.note} |`,
);
const charteRun = runs.find((r) => r.label === 'charte');
const floorRun = runs.find((r) => r.label === 'floor');
const markdown = `
## Pages: \`charte check\` against pa11y-ci

${urls.length} pages (${chosen.length} DSFR ${dsfrVersion} example pages and ${own.length} of \`examples/pages\`), served on
127.0.0.1 without third-party scripts, checked with the same Chromium (${path.basename(chromium)}), ${concurrency} pages
at a time unless said otherwise. Machine: ${machine()}. Measured ${new Date().toISOString().slice(0, 10)} with
\`pnpm bench:pages --pages ${wanted}\`.

| command | pages checked | seconds | pages checked/min | throughput vs pa11y-ci | what it does |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${
  charteRun && reference && floorRun
    ? `\`charte check\` runs at **${(rate(charteRun) / rate(reference)).toFixed(2)}×** pa11y-ci's throughput (target: 3×) and at ${((rate(charteRun) / rate(floorRun)) * 100).toFixed(0)}% of the floor's, while also reading computed styles, boxes and rendered fonts and running the brand rules.`
    : ''
}
`;
const file = writeSection('pages', markdown);
process.stderr.write(`${markdown}\nwritten to ${path.relative(root, file)}\n`);
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
