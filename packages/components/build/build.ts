/**
 * Builds @charte/components: official assets from @gouvfr/dsfr (build/assets.ts), the ES modules and
 * their types (tsc), then the custom-elements manifest from the JSDoc of each component.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generateAssets, packageDir } from './assets.ts';

const require = createRequire(import.meta.url);
const started = Date.now();
const run = (file: string, args: string[]) =>
  execFileSync(process.execPath, [file, ...args], { cwd: packageDir, stdio: 'inherit' });

const assets = generateAssets();
console.log(`assets: ${assets.icons} icons, ${assets.charters} charters' intitulés`);
run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);
const cem = path.join(path.dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
run(cem, ['analyze', '--quiet']);
console.log(`@charte/components built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
