// Copies the DSFR assets the example pages use (CSS, fonts, favicons, icons) from the installed
// @gouvfr/dsfr into examples/pages/dsfr/, which is not committed. Run by `npm start` and the tests.
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const pagesDir = path.dirname(fileURLToPath(import.meta.url));

export function prepareExamplePages() {
  const require = createRequire(path.join(pagesDir, '../../packages/tokens/package.json'));
  const dist = path.join(path.dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist');
  const out = path.join(pagesDir, 'dsfr');
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(dist, 'dsfr.min.css'), path.join(out, 'dsfr.min.css'));
  for (const dir of ['fonts', 'favicon', 'icons'])
    cpSync(path.join(dist, dir), path.join(out, dir), { recursive: true });
  return pagesDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) prepareExamplePages();
