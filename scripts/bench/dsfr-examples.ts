/**
 * Runs `charte check` over the official DSFR example pages of the installed @gouvfr/dsfr and says, per
 * page, whether a bloc-marque was found where the page has a header or footer, and which palette or
 * typeface errors were reported. DSFR used as designed should give none of those.
 *
 * Usage: pnpm bench:dsfr [--filter REGEX] [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Report } from '../../packages/checker/src/model/index.ts';
import { check } from '../../packages/checker/src/run/engine.ts';
import { dsfrExamplePages, dsfrRoot, dsfrVersion, serveFolders, writeSection } from './lib.ts';

const { values } = parseArgs({
  options: { filter: { type: 'string', default: '^(component|layout|core)/' }, json: { type: 'string' } },
});
const filter = new RegExp(values.filter);
const pages = dsfrExamplePages(filter);
const server = await serveFolders({ '/dsfr/': dsfrRoot });
const started = Date.now();
let report: Report;
/** Pages where a bloc-marque was recognised in the header or the footer. */
const detected = new Set<string>();
try {
  report = await check(
    pages.map((p) => ({ id: p, url: `${server.origin}/dsfr/example/${p}`, kind: 'page', origin: 'argument' })),
    {
      axe: false,
      onSnapshot: (target, snapshot) => {
        if (snapshot.blocMarques.some((b) => b.inHeader || b.inFooter)) detected.add(target.id);
      },
      onProgress: (e) => {
        if (e.type === 'done') process.stderr.write(`\r${e.done}/${e.total}`);
      },
    },
  );
} finally {
  await server.close();
}
process.stderr.write('\n');
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));

const withChrome = new Set<string>();
for (const p of pages) {
  const html = readFileSync(path.join(dsfrRoot, 'example', p), 'utf8');
  if (/class="fr-(header|footer)[" ]/.test(html) && /class="fr-logo/.test(html)) withChrome.add(p);
}
const rows: string[] = [];
let missing = 0;
let paletteErrors = 0;
let typefaceErrors = 0;
for (const r of report.results) {
  const errors = r.findings.filter((f) => f.severity === 'error');
  const palette = errors.filter((f) => f.ruleId === 'brand/palette');
  const typeface = errors.filter((f) => f.ruleId === 'brand/typeface');
  const absent = !detected.has(r.target.id);
  if (withChrome.has(r.target.id) && absent) missing++;
  paletteErrors += palette.length;
  typefaceErrors += typeface.length;
  if (r.status === 'failed' || palette.length || typeface.length || (withChrome.has(r.target.id) && absent))
    rows.push(
      `| ${r.target.id} | ${r.status === 'failed' ? `failed: ${r.error?.code}` : [...palette, ...typeface].map((f) => f.message).join('<br>') || 'bloc-marque not found'} |`,
    );
}
const failed = report.results.filter((r) => r.status === 'failed').length;
const markdown = `
## DSFR example pages

\`pnpm bench:dsfr\` checks the ${pages.length} example pages of @gouvfr/dsfr ${dsfrVersion} (components, layouts, core; not
the analytics variants or icon galleries) with the brand rules, in ${((Date.now() - started) / 1000).toFixed(0)} s.

- Pages with a DSFR header or footer holding a \`.fr-logo\`: ${withChrome.size}; bloc-marque recognised in the header
  or footer of ${withChrome.size - missing} of them${missing ? `, not found on ${missing}` : ''}.
- Palette errors: ${paletteErrors}; typeface errors: ${typefaceErrors}; pages that could not be checked: ${failed}.
- Expected on these pages, and not counted above: the intitulé error (the examples write "Intitulé officiel"), and the
  footer and favicon findings of pages that show a single component.
${rows.length ? `\n| page | finding |\n| --- | --- |\n${rows.join('\n')}\n` : ''}`;
writeSection('dsfr', markdown);
process.stderr.write(markdown);
process.exitCode = missing || paletteErrors || typefaceErrors || failed ? 1 : 0;
