/** Writes docs/rules.md from the rules' metadata: `pnpm rules:doc` (the checker's tests fail when it is stale). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from '../packages/checker/src/rules/doc.ts';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/rules.md');
writeFileSync(file, rulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
