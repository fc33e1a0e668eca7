/**
 * Builds the example site into dist/: the pages (with the display setting's boot script inlined in <head>),
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
  for (const page of readdirSync(path.join(here, 'pages')).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(here, 'pages', page), 'utf8').replace(
      '<!-- charte:boot -->',
      `<script>${bootScript}</script>`,
    );
    writeFileSync(path.join(out, page), html);
  }
  console.log(`example site built in ${path.relative(process.cwd(), out) || '.'} (${Date.now() - started} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildSite();
