/** The main job's summary of the brand as built: palette, decisions, contrast, charters, outputs. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contrastRatio } from '../packages/tokens/build/colour.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'packages/tokens/dist');
const entry = path.join(dist, 'js/index.js');
if (!existsSync(entry)) {
  console.error(`${path.relative(root, entry)} is missing: run \`pnpm build\` first`);
  process.exit(1);
}
const t = await import(pathToFileURL(entry).href);

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const count = <T>(items: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].map(([k, n]) => `${n} ${k}`).join(', ');
};

type Family = { id: string; kind: string };
type Decision = { context: string; light: string; dark: string };
type Pair = { text: string; background: string; minRatio: number; exception?: string };
const decisions = Object.values(t.decisions) as Decision[];
const pairs = t.contrastPairs as Pair[];
const byName = t.decisions as Record<string, Decision>;
let passing = 0;
for (const p of pairs.filter((x) => !x.exception)) {
  const ok = (['light', 'dark'] as const).every(
    (theme) => contrastRatio(byName[p.text]![theme], byName[p.background]![theme]) >= p.minRatio,
  );
  if (ok) passing++;
}
const exceptions = pairs.filter((p) => p.exception);
const rel = (p: string) => path.relative(process.cwd(), path.join(dist, p));

const lines = [
  bold(`charte: the State brand as code (values of DSFR ${t.dsfrVersion})`),
  '',
  bold('Tokens (@charte/tokens)'),
  `  palette      ${t.palette.length} colour options in ${t.families.length} families (${count(t.families as Family[], (f) => f.kind)})`,
  `  pairs        ${Object.keys(t.optionPairs).length} light/dark option pairs (--blue-france-sun-113-625 …)`,
  `  decisions    ${decisions.length} (${count(decisions, (d) => d.context)})`,
  `  contrast     ${passing}/${pairs.length - exceptions.length} text/background pairs at 4.5:1 or more in both themes; ${exceptions.length} kept lower by design: ${[...new Set(exceptions.map((p) => p.text))].join(', ')}`,
  `  other        ${Object.keys(t.tokens).length} (type scale, spacing, layout, radius, elevation, motion)`,
  '',
  bold(`Charters (${Object.keys(t.charters).length}), in tokens/charters/`),
  ...Object.values(
    t.charters as Record<string, { id: string; chain: string[]; intitule: string[]; accentFamilies: string[] }>,
  ).map((c) => `  ${c.id.padEnd(20)} ${(c.chain[1] ? `< ${c.chain[1]}` : 'root').padEnd(8)} ${c.intitule.join(' / ')}`),
  '',
  bold('Outputs'),
  `  CSS     ${rel('css/all.css')} (light.css, dark.css, fonts.css, charters/<id>.css)`,
  `  ESM     ${rel('js/index.js')} with types; ${rel('js/fonts.js')}`,
  `  JSON    ${rel('json/')} (tokens, palette, charters)`,
  `  fonts   ${rel('fonts/')} (Marianne, Spectral, from @gouvfr/dsfr)`,
  '',
  'Tests: npm test',
];
console.log(lines.join('\n'));
