/**
 * Writes one story file per component (`stories/components/<name>.stories.ts`) from the component's fixtures:
 * a playground with the manifest's controls, then a story per fixture. Storybook needs the story names as
 * static exports, so they are written out; `--check` fails when a file is not what the fixtures give.
 * Writes also the checker's brand rules as the charter pages show them (`stories/charte/rules.generated.ts`):
 * the checker's modules run in Node only, the pages in the browser.
 *
 *   pnpm stories          write the files
 *   pnpm stories --check  exit 1 when a file is missing or stale
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const componentsDir = join(root, 'packages/components/src/components');
const storiesDir = join(root, 'stories/components');

/** Each component's page title, in the words of the DSFR. */
export const TITLES: Readonly<Record<string, string>> = {
  accordion: 'Accordéon',
  alert: 'Alerte',
  badge: 'Badge',
  'bloc-marque': 'Bloc-marque',
  breadcrumb: 'Fil d’Ariane',
  button: 'Bouton',
  callout: 'Mise en avant',
  card: 'Carte',
  display: 'Paramètres d’affichage',
  footer: 'Pied de page',
  header: 'En-tête',
  highlight: 'Mise en exergue',
  icon: 'Icône',
  link: 'Lien',
  modal: 'Modale',
  notice: 'Bandeau d’information importante',
  pagination: 'Pagination',
  quote: 'Citation',
  sidemenu: 'Menu latéral',
  skiplinks: 'Liens d’évitement',
  summary: 'Sommaire',
  table: 'Tableau',
  tabs: 'Onglets',
  tag: 'Tag',
  tile: 'Tuile',
};

/** Globals an export must not shadow. */
const RESERVED = new Set([
  'Error',
  'Object',
  'Array',
  'Map',
  'Set',
  'Symbol',
  'Number',
  'String',
  'Boolean',
  'Date',
  'Promise',
  'JSON',
  'Math',
  'Infinity',
  'NaN',
]);

interface Manifest {
  modules: { path: string; declarations?: { tagName?: string }[] }[];
}

/** `with-icon` → `WithIcon`; a name starting with a digit gets a `V` (CSF exports are identifiers). */
export function exportName(variant: string): string {
  const name = variant
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return /^[0-9]/.test(name) ? `V${name}` : name;
}

/** The code as the repository's formatter writes it. */
function format(path: string, code: string): string {
  return execFileSync(join(root, 'node_modules/.bin/biome'), ['format', `--stdin-file-path=${path}`], {
    input: code,
    encoding: 'utf8',
  });
}

/** The story files the fixtures give, by path. */
export async function storyFiles(): Promise<Map<string, string>> {
  const manifestPath = join(root, 'packages/components/custom-elements.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`pnpm build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const files = new Map<string, string>();
  for (const folder of readdirSync(componentsDir).sort()) {
    const fixturesPath = join(componentsDir, folder, `${folder}.fixtures.ts`);
    if (!existsSync(fixturesPath)) continue;
    const title = TITLES[folder];
    if (!title)
      throw new Error(
        `No page title for component "${folder}": add it to TITLES in ${relative(root, fileURLToPath(import.meta.url))}.`,
      );
    const { module } = await runnerImport<{ fixtures: { id: string; html: string }[] }>(fixturesPath, {
      root: join(root, 'packages/components'),
      configFile: false,
      logLevel: 'error',
    });
    const tags = manifest.modules
      .filter((m) => m.path.startsWith(`src/components/${folder}/`))
      .flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter((t): t is string => Boolean(t)));
    const tag = tags.includes(`charte-${folder}`) ? `charte-${folder}` : tags[0];
    if (!tag) throw new Error(`No custom element of ${folder} in custom-elements.json.`);
    const subcomponents = tags.filter((t) => t !== tag);
    const first = module.fixtures.find((f) => f.html.includes(`<${tag}`)) ?? module.fixtures[0]!;
    const hasPlays = existsSync(join(storiesDir, `${folder}.play.ts`));
    const hasDocs = existsSync(join(storiesDir, `${folder}.mdx`));
    const seen = new Set<string>(['Playground']);
    const lines = [
      `// Written by \`pnpm stories\` from ${folder}.fixtures.ts: a story per fixture. Do not edit; edit the fixtures.`,
      `import type { Meta } from '@storybook/web-components-vite';`,
      `import { fixtures } from '../../packages/components/src/components/${folder}/${folder}.fixtures.ts';`,
      `import { argTypesFor, playground, variant } from '../lib/component.ts';`,
      ...(hasPlays ? [`import { plays } from './${folder}.play.ts';`] : []),
      '',
      `export default {`,
      `  title: ${JSON.stringify(`Composants/${title}`)},`,
      `  component: ${JSON.stringify(tag)},`,
      `  subcomponents: ${JSON.stringify(Object.fromEntries(subcomponents.map((t) => [t, t])))},`,
      `  argTypes: argTypesFor(${JSON.stringify(tag)}),`,
      `  tags: ${JSON.stringify(hasDocs ? [] : ['autodocs'])},`,
      `} satisfies Meta;`,
      '',
      `export const Playground = { ...playground(fixtures, ${JSON.stringify(first.id)}, ${JSON.stringify(tag)}), name: 'Bac à sable' };`,
    ];
    for (const fixture of module.fixtures) {
      const name = exportName(fixture.id.slice(fixture.id.indexOf('/') + 1));
      if (seen.has(name)) throw new Error(`${fixturesPath}: two fixtures give the story name ${name}.`);
      seen.add(name);
      const play = hasPlays ? `, plays[${JSON.stringify(fixture.id)}]` : '';
      const story = `variant(fixtures, ${JSON.stringify(fixture.id)}${play})`;
      // A global's name (`Error`) cannot be an export here: the story keeps its name, the export gets a suffix.
      lines.push(
        RESERVED.has(name)
          ? `export const ${name}Story = { ...${story}, name: ${JSON.stringify(name)} };`
          : `export const ${name} = ${story};`,
      );
    }
    const path = join(storiesDir, `${folder}.stories.ts`);
    files.set(path, format(path, `${lines.join('\n')}\n`));
  }
  return files;
}

/** The file of the checker's brand rules (`brand/*`): French title and help, default severity, targets read. */
export async function brandRulesFile(): Promise<[string, string]> {
  const { allRules } = await import('../../packages/checker/src/rules/index.ts');
  const rules = Object.fromEntries(
    allRules
      .filter((rule) => rule.id.startsWith('brand/'))
      .map((rule) => [
        rule.id,
        { title: rule.title.fr, help: rule.help.fr, severity: rule.defaultSeverity, kinds: rule.kinds },
      ]),
  );
  const path = join(root, 'stories/charte/rules.generated.ts');
  const code = [
    "// Written by `pnpm stories` from the checker's rules (packages/checker/src/rules). Do not edit.",
    "/** The checker's brand rules, by id: French title and help, default severity, the targets each reads. */",
    `export const brandRules = ${JSON.stringify(rules, null, 2)} as const;`,
    '',
  ].join('\n');
  return [path, format(path, code)];
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await storyFiles();
  files.set(...(await brandRulesFile()));
  const stale: string[] = [];
  for (const [path, content] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    if (check) stale.push(relative(root, path));
    else writeFileSync(path, content);
  }
  if (check && stale.length) {
    console.error(`Stale generated files (run \`pnpm stories\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    check
      ? `${files.size} files up to date (story files and the brand rules).`
      : `${files.size} files written: stories/components/*.stories.ts, stories/charte/rules.generated.ts.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
