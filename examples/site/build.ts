/**
 * Builds the example site into dist/: the pages (each page's <main> in layout.html, with the display setting's
 * boot script inlined in <head>),
 * one bundled module with the components, the tokens' CSS and fonts, DSFR's icons and favicons, all from the
 * installed packages.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(here, 'dist');
const packageRoot = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * A page of the site: `pages/<name>.html` holds its title (`<!-- charte:title … -->`, first line) and its
 * `<main>`; layout.html gives the rest (head, skiplinks, header, footer), its navigation marking this page
 * (`aria-current="page"` on the links to it, `current` on the menu holding one).
 */
export function assemble(layout: string, source: string, page: string, file = page): string {
  const title = /^<!-- charte:title (.+?) -->\n/.exec(source);
  if (!title) throw new Error(`${file}: the first line must be <!-- charte:title The page's title -->`);
  const main = source.slice(title[0].length);
  const link = `<a href="${page}">`;
  return layout
    .replace('<!-- charte:title -->', title[1]!)
    .replace('    <!-- charte:main -->\n', () => main)
    .replace(/<charte-header-nav[\s\S]*?<\/charte-header-nav>/, (nav) =>
      nav
        .replace(
          /(<charte-header-menu\b[^>]*)(>[\s\S]*?<\/charte-header-menu>)/g,
          (menu, open: string, rest: string) => (rest.includes(link) ? `${open} current${rest}` : menu),
        )
        .replaceAll(link, `<a href="${page}" aria-current="page">`),
    );
}

export async function buildSite(out = distDir) {
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'assets'), { recursive: true });

  const tokens = packageRoot('@charte/tokens');
  const components = packageRoot('@charte/components');
  const dsfr = packageRoot('@gouvfr/dsfr');
  cpSync(path.join(tokens, 'dist/css'), path.join(out, 'assets/tokens/css'), { recursive: true });
  cpSync(path.join(tokens, 'dist/fonts'), path.join(out, 'assets/tokens/fonts'), { recursive: true });
  cpSync(path.join(components, 'icons'), path.join(out, 'assets/icons'), { recursive: true });
  cpSync(path.join(dsfr, 'dist/favicon'), path.join(out, 'favicon'), { recursive: true });
  cpSync(path.join(here, 'src/site.css'), path.join(out, 'assets/site.css'));

  await build({
    entryPoints: [path.join(here, 'src/app.ts')],
    outfile: path.join(out, 'assets/app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });

  const { bootScript } = await import('@charte/components/boot.js');
  const layout = readFileSync(path.join(here, 'layout.html'), 'utf8').replace(
    '<!-- charte:boot -->',
    `<script>${bootScript}</script>`,
  );
  for (const page of readdirSync(path.join(here, 'pages')).filter((f) => f.endsWith('.html'))) {
    const file = path.join(here, 'pages', page);
    writeFileSync(path.join(out, page), assemble(layout, readFileSync(file, 'utf8'), page, file));
  }
  console.log(`example site built in ${path.relative(process.cwd(), out) || '.'} (${Date.now() - started} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildSite();
