/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Reference, Report, RuleMeta, Severity, Target } from '../model/index.ts';
import { filePath, isLocal, type ReportOptions, whereLabel } from './common.ts';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warn: 'warning', off: 'none' };
const INFORMATION_URI = 'https://charte.dev/';
const REFERENCE_LABEL: Record<Reference['type'], string> = {
  rgaa: 'RGAA',
  wcag: 'WCAG',
  charter: 'Charter',
  dsfr: 'DSFR',
  pdfua: 'PDF/UA',
};
const SRCROOT = 'SRCROOT';

/**
 * The report as a SARIF 2.1.0 log with one run: one rule descriptor per rule (help with its references, tags),
 * one result per finding with a stable `partialFingerprints["charte/v1"]`, and the targets that could not be
 * checked as error notifications of the invocation. With `options.cwd`, local files are relative to `SRCROOT`.
 */
export function sarifReport(report: Report, options: ReportOptions = {}): string {
  const rules = report.rules.map(descriptor);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Sarif.Result[] = [];
  for (const { target, findings } of report.results) {
    const seen = new Map<string, number>();
    for (const finding of findings) {
      let ruleIndex = index.get(finding.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push({ id: finding.ruleId, name: finding.ruleId }) - 1;
        index.set(finding.ruleId, ruleIndex);
      }
      const key = identity(target, finding);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      results.push(result(target, finding, ruleIndex, fingerprint(key, occurrence), options));
    }
  }
  const failed = report.results.filter((r) => r.status === 'failed');
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'charte', informationUri: INFORMATION_URI, version: report.tool.version, rules },
        },
        ...(options.cwd && { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } } }),
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            startTimeUtc: report.startedAt,
            endTimeUtc: endTime(report),
            toolExecutionNotifications: failed.map((r) => ({
              level: 'error',
              message: {
                text: `${r.target.id} could not be checked (${r.error?.code ?? 'unknown'}): ${r.error?.message ?? ''}`,
              },
              locations: [{ physicalLocation: { artifactLocation: artifact(r.target, options) } }],
              properties: { code: r.error?.code ?? 'unknown' },
            })),
          },
        ],
        results,
        properties: { charter: report.charter },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The stable fingerprint of a finding: sha256 of its rule, target and place (selector or page), never of its
 * message or data, plus its rank among findings of the same rule at the same place when there are several.
 */
export function findingFingerprint(target: Target, finding: Finding, occurrence = 0): string {
  return fingerprint(identity(target, finding), occurrence);
}

function identity(target: Target, finding: Finding): string {
  return JSON.stringify([finding.ruleId, target.id, whereLabel(finding.location) ?? '']);
}

function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256')
    .update(occurrence === 0 ? key : `${key}\u0000${occurrence}`)
    .digest('hex');
}

function descriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const refs = rule.references.map((ref) => ({ ref, label: `${REFERENCE_LABEL[ref.type]} ${ref.id}` }));
  const text = refs.map(
    ({ ref, label }) => `- ${label}${ref.title ? ` ${ref.title}` : ''}${ref.url ? `: ${ref.url}` : ''}`,
  );
  const markdown = refs.map(({ ref, label }) => {
    const name = markdownText(`${label}${ref.title ? ` ${ref.title}` : ''}`);
    return `- ${ref.url ? `[${name}](${ref.url})` : name}`;
  });
  const helpUri = rule.references.find((ref) => ref.url)?.url;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title.en },
    fullDescription: { text: rule.help.en },
    ...(helpUri && { helpUri }),
    help: {
      text: refs.length ? `${rule.help.en}\n\nReferences:\n${text.join('\n')}` : rule.help.en,
      markdown: refs.length
        ? `${markdownText(rule.help.en)}\n\n**References**\n\n${markdown.join('\n')}`
        : markdownText(rule.help.en),
    },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: tags(rule) },
  };
}

function tags(rule: RuleMeta): string[] {
  const tags = new Set<string>();
  const family = rule.id.split('/')[0];
  if (family === 'brand' || rule.references.some((r) => r.type === 'charter' || r.type === 'dsfr')) tags.add('brand');
  if (family === 'rgaa' || family === 'axe' || rule.references.some((r) => r.type === 'rgaa' || r.type === 'wcag')) {
    tags.add('accessibility');
  }
  for (const ref of rule.references) {
    if (ref.type === 'rgaa' || ref.type === 'wcag') tags.add(`${ref.type}-${ref.id}`);
  }
  return [...tags];
}

function result(
  target: Target,
  finding: Finding,
  ruleIndex: number,
  hash: string,
  options: ReportOptions,
): Sarif.Result {
  const selector = finding.location?.selector;
  const properties: Sarif.PropertyBag = {};
  if (finding.rgaa?.length) properties.rgaa = finding.rgaa;
  if (finding.location?.snippet) properties.snippet = finding.location.snippet;
  if (finding.location?.page !== undefined) properties.page = finding.location.page;
  if (finding.data) properties.data = finding.data;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: selector ? `${finding.message} (${selector})` : finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact(target, options), region: { startLine: 1 } },
        ...(selector && { logicalLocations: [{ fullyQualifiedName: selector, kind: 'element' }] }),
      },
    ],
    partialFingerprints: { 'charte/v1': hash },
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

function artifact(target: Target, options: ReportOptions): Sarif.ArtifactLocation {
  if (!isLocal(target)) return { uri: target.id };
  const uri = filePath(target).split('/').map(encodeURIComponent).join('/');
  return options.cwd ? { uri, uriBaseId: SRCROOT } : { uri };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function endTime(report: Report): string | undefined {
  const start = Date.parse(report.startedAt);
  return Number.isNaN(start) ? undefined : new Date(start + report.durationMs).toISOString();
}

function markdownText(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
