/** The rules catalogue, in Markdown, made from the rules' metadata. */
import type { Reference } from '../model/index.ts';
import { axeVersion } from './axe.ts';
import { allRules } from './index.ts';

const reference = (r: Reference) => {
  const label = `${r.type === 'rgaa' ? 'RGAA' : r.type === 'wcag' ? 'WCAG' : r.type === 'dsfr' ? 'DSFR' : r.type === 'pdfua' ? 'PDF/UA' : 'Charte'} ${r.id}`;
  return r.url ? `[${label}](${r.url})` : label;
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesMarkdown(): string {
  const own = allRules.filter((r) => !r.id.startsWith('axe/'));
  const axe = allRules.filter((r) => r.id.startsWith('axe/'));
  const lines = [
    '# Rules',
    '',
    'Generated from the rules’ metadata by `pnpm rules:doc`; do not edit.',
    'Severities are the defaults; `charte.config.json` changes them per rule and per target.',
    '',
    '## State brand and RGAA rules',
    '',
    ...own.flatMap((r) => [
      `### \`${r.id}\` — ${r.title.en}`,
      '',
      `*${r.title.fr}* · default severity **${r.defaultSeverity}** · ${r.kinds.join(', ')}`,
      '',
      r.help.en,
      '',
      `> ${r.help.fr}`,
      '',
      `References: ${r.references.map(reference).join(', ') || '—'}`,
      '',
    ]),
    `## Accessibility rules of axe-core ${axeVersion} (WCAG 2.1 A and AA)`,
    '',
    'Violations are errors by default; results axe cannot decide ("needs review") are always warnings.',
    '',
    '| rule | what it checks | RGAA | WCAG |',
    '| --- | --- | --- | --- |',
    ...axe.map(
      (r) =>
        `| \`${r.id}\` | ${cell(r.title.en)} | ${
          r.references
            .filter((x) => x.type === 'rgaa')
            .map((x) => x.id)
            .join(', ') || '—'
        } | ${
          r.references
            .filter((x) => x.type === 'wcag')
            .map((x) => x.id)
            .join(', ') || '—'
        } |`,
    ),
    '',
    '## HTML_CodeSniffer (`--engine axe,htmlcs`)',
    '',
    'With `--engine axe,htmlcs` (or a pa11y-ci configuration whose runners name `htmlcs`), HTML_CodeSniffer runs',
    'through pa11y’s runner as a second opinion. Each of its codes is a rule, `htmlcs/<code>` without the',
    'standard’s prefix (`htmlcs/Principle1.Guideline1_1.1_1_1.H37`). Its RGAA criteria are those that cite the',
    'WCAG technique the code names, narrowed to its success criterion; when RGAA cites none of the techniques,',
    'those of the success criterion. Its errors are errors; its warnings and notices are left out.',
    '',
  ];
  return lines.join('\n');
}
