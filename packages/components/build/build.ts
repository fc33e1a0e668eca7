/**
 * Builds @charte/components: official assets from @gouvfr/dsfr (build/assets.ts), the ES modules and
 * their types (tsc), then the custom-elements manifest from the JSDoc of each component.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { bootScript } from '../src/components/display/boot.ts';
import { generateAssets, packageDir } from './assets.ts';
import { minifyCssIn } from './minify-css.ts';

const require = createRequire(import.meta.url);
const started = Date.now();
const run = (file: string, args: string[]) =>
  execFileSync(process.execPath, [file, ...args], { cwd: packageDir, stdio: 'inherit' });

const assets = generateAssets();
console.log(
  `assets: ${assets.icons} icons (${assets.classNames} of DSFR's own also by class name), ${assets.charters} charters' intitulés`,
);
run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);
console.log(
  `styles: ${(minifyCssIn(path.join(packageDir, 'dist')) / 1024).toFixed(1)} KB of whitespace and comments removed`,
);
// One file for pages without a bundler: every component with Lit, as a module (`<script type="module">`).
await esbuild({
  entryPoints: [path.join(packageDir, 'dist/index.js')],
  outfile: path.join(packageDir, 'dist/charte-components.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      // The bundle sits in dist/, one level above dist/base/: icons/ is found at ../icons/ from it.
      name: 'icon-base',
      setup(build) {
        build.onLoad({ filter: /[\\/]base[\\/]icons\.js$/ }, (args) => ({
          contents: readFileSync(args.path, 'utf8').replaceAll('../../icons/', '../icons/'),
          loader: 'js',
        }));
      },
    },
  ],
});
// The theme boot script as a classic script, for `<script src>` in `<head>` where it cannot be inlined.
writeFileSync(path.join(packageDir, 'dist/boot.classic.js'), `${bootScript}\n`);
const cem = path.join(path.dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
run(cem, ['analyze', '--quiet']);
console.log(`@charte/components built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
