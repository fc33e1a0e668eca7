/** A single self-contained, accessible HTML page: no script, no external resource. */
import type { Box, Finding, Report, RuleMeta, TargetResult } from '../model/index.ts';
import { countFindings, groupByRule, isHttpUrl, isLocal, type Lang, type ReportOptions, rulesById } from './common.ts';
import { verdict, type Words, words } from './i18n.ts';

/** Room kept around an element in its cropped view, and the largest crop shown (CSS pixels). */
const MARGIN = 8;
const MAX_CROP = { width: 600, height: 300 };

const CSS = `
.preview{margin:1rem 0}.preview img{max-width:100%;height:auto;border:1px solid #ddd}.preview figcaption{font-size:.875rem;color:#666}
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#161616;background:#fff}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
a{color:#000091}a:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
h1,h2,h3{line-height:1.25}h2{margin-top:2.5rem;border-bottom:2px solid #000091;padding-bottom:.25rem}
table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:700;margin-bottom:.25rem}
th,td{border:1px solid #929292;padding:.375rem .75rem;text-align:left;vertical-align:top}
thead th{background:#eee}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875rem;overflow-wrap:anywhere}
pre{background:#f6f6f6;border:1px solid #ddd;padding:.5rem;white-space:pre-wrap}
.badge{display:inline-block;border-radius:.25rem;padding:0 .5rem;font-weight:700;color:#fff;font-size:.875rem}
.error{background:#ce0500}.warn{background:#b34000}.ok{background:#18753c}
.verdict{font-weight:700;font-size:1.125rem}.meta{color:#3a3a3a}
.problem{border-left:4px solid #ce0500;padding:.5rem 1rem;background:#fef4f4}
.findings{list-style:none;padding:0}.findings>li{border:1px solid #ddd;border-radius:.25rem;padding:.75rem 1rem;margin:.75rem 0}
.findings p{margin:.25rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:700}dd{margin:0}
.crop{position:relative;overflow:hidden;max-width:100%;border:1px solid #929292;background-repeat:no-repeat;background-color:#fff;margin:.5rem 0}
.crop span{position:absolute;outline:3px solid #ce0500;box-shadow:0 0 0 5px #fff}
`;

/**
 * The report as one HTML page in `options.lang`: a summary (counts, a table of targets linking to their sections),
 * then one section per target with its error or its findings grouped by rule (severity as text, message, selector,
 * snippet) and, where the result has a screenshot and the finding a box, a cropped view of the element. Each
 * screenshot is embedded once, in a CSS rule of its target. Everything that comes from pages is escaped.
 */
export function htmlReport(report: Report, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const w = words(lang);
  const rules = rulesById(report);
  const { outcome, label, detail, text: outcomeText } = verdict(report.summary, lang);
  const s = report.summary;
  const shots: string[] = [];
  const sections = report.results.map((result, i) => {
    const id = `t${i + 1}`;
    const image = pngSize(result.screenshot);
    if (image && result.findings.some((f) => f.location?.box && crop(f.location.box, image))) {
      shots.push(`#${id} .crop{background-image:url("data:image/png;base64,${result.screenshot}")}`);
    }
    return targetSection(result, id, { lang, w, rules, image });
  });
  const totals: [string, number][] = [
    [w.targets, s.targets],
    [w.checkedCount, s.checked],
    [w.failedCount, s.failed],
    [w.errors, s.errors],
    [w.warnings, s.warnings],
    [w.baselined, s.baselined],
  ];
  const rows = report.results.map((result, i) => {
    const { errors, warnings } = countFindings(result.findings);
    const checked = result.status === 'checked';
    return `<tr><th scope="row"><a href="#t${i + 1}">${esc(result.title ?? result.target.id)}</a>${result.title ? `<br><code>${esc(result.target.id)}</code>` : ''}</th><td>${statusBadge(result, w)}</td><td class="n">${checked ? errors : '–'}</td><td class="n">${checked ? warnings : '–'}</td></tr>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${w.report} – ${outcomeText}`)}</title>
<style>${CSS}${shots.join('\n')}
</style>
</head>
<body>
<main>
<h1>${esc(w.report)}</h1>
<p class="meta">${esc(w.charter + w.colon)}<code>${esc(report.charter)}</code> · ${esc(w.started + w.colon + report.startedAt)} · ${esc(w.duration + w.colon + duration(report.durationMs))}</p>
<section aria-labelledby="summary">
<h2 id="summary">${esc(w.summary)}</h2>
<p class="verdict"><span class="badge ${outcome === 0 ? 'ok' : 'error'}">${esc(label)}</span> ${esc(detail)}</p>
<table>
<caption>${esc(w.totals)}</caption>
<thead><tr>${totals.map(([label]) => `<th scope="col" class="n">${esc(label)}</th>`).join('')}</tr></thead>
<tbody><tr>${totals.map(([, n]) => `<td class="n">${n}</td>`).join('')}</tr></tbody>
</table>
<table>
<caption>${esc(w.targets)}</caption>
<thead><tr><th scope="col">${esc(w.target)}</th><th scope="col">${esc(w.status)}</th><th scope="col" class="n">${esc(w.errors)}</th><th scope="col" class="n">${esc(w.warnings)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
${sections.join('\n')}
</main>
<footer><p class="meta">${esc(w.generated)} ${esc(report.tool.name)} ${esc(report.tool.version)}</p></footer>
</body>
</html>
`;
}

interface Context {
  lang: Lang;
  w: Words;
  rules: Map<string, RuleMeta>;
  image: { width: number; height: number } | undefined;
}

function targetSection(result: TargetResult, id: string, ctx: Context): string {
  const { target } = result;
  const { w } = ctx;
  const place = isLocal(target) ? `${esc(w.file + w.colon)}<code>${esc(target.id)}</code>` : link(target.id);
  const redirected =
    result.finalUrl && result.finalUrl !== target.id && isHttpUrl(result.finalUrl)
      ? ` · ${esc(w.redirected)} ${link(result.finalUrl)}`
      : '';
  const parts = [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${esc(result.title ?? target.id)}</h2>`,
    `<p>${place}${redirected} · ${esc(target.kind)} · ${statusBadge(result, w)} · ${esc(duration(result.durationMs))}</p>`,
  ];
  if (result.preview) {
    parts.push(
      `<figure class="preview"><img src="data:image/png;base64,${esc(result.preview)}" alt="${esc(w.previewAlt)}"><figcaption>${esc(w.previewCaption)}</figcaption></figure>`,
    );
  }
  if (result.error) {
    parts.push(
      `<p class="problem"><strong>${esc(w.notChecked)}</strong> (<code>${esc(result.error.code)}</code>)${esc(w.colon + result.error.message)}</p>`,
    );
  } else if (result.findings.length === 0) {
    parts.push(`<p>${esc(w.noFinding)}</p>`);
  }
  for (const [ruleId, findings] of groupByRule(result.findings)) {
    const rule = ctx.rules.get(ruleId);
    parts.push(`<h3><code>${esc(ruleId)}</code> ${esc(rule?.title[ctx.lang] ?? '')} (${findings.length})</h3>`);
    if (rule) parts.push(`<p>${esc(rule.help[ctx.lang])}</p>`);
    const refs = rule?.references ?? [];
    if (refs.length > 0) {
      const items = refs.map((r) => {
        const label = esc(
          `${r.type === 'charter' ? w.charter : r.type === 'pdfua' ? 'PDF/UA' : r.type.toUpperCase()} ${r.id}${r.title ? ` ${r.title}` : ''}`,
        );
        return r.url && isHttpUrl(r.url) ? `<a href="${esc(r.url)}">${label}</a>` : label;
      });
      parts.push(`<p>${esc(w.references + w.colon)}${items.join(' · ')}</p>`);
    }
    parts.push('<ul class="findings">', ...findings.map((f) => findingItem(f, ctx)), '</ul>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

function findingItem(finding: Finding, { w, image }: Context): string {
  const { location } = finding;
  const details: string[] = [];
  if (location?.selector) details.push(`<dt>${esc(w.selector)}</dt><dd><code>${esc(location.selector)}</code></dd>`);
  if (location?.page !== undefined) details.push(`<dt>Page</dt><dd>${location.page}</dd>`);
  if (finding.rgaa?.length) details.push(`<dt>${esc(w.rgaa)}</dt><dd>${esc(finding.rgaa.join(', '))}</dd>`);
  const sev =
    finding.severity === 'error'
      ? `<span class="badge error">${esc(w.error)}</span>`
      : `<span class="badge warn">${esc(w.warning)}</span>`;
  const parts = [`<li>`, `<p>${sev} ${esc(finding.message)}</p>`];
  if (details.length > 0) parts.push(`<dl>${details.join('')}</dl>`);
  if (location?.snippet) parts.push(`<pre><code>${esc(location.snippet)}</code></pre>`);
  const view = location?.box && image && crop(location.box, image);
  if (view) {
    const label = `${w.element}${location?.selector ? w.colon + location.selector : ''}`;
    parts.push(
      `<div class="crop" role="img" aria-label="${esc(label)}" style="width:${view.width}px;height:${view.height}px;background-position:${-view.left}px ${-view.top}px"><span style="left:${view.mark.x}px;top:${view.mark.y}px;width:${view.mark.width}px;height:${view.mark.height}px"></span></div>`,
    );
  }
  parts.push('</li>');
  return parts.join('\n');
}

/** The part of the screenshot showing a box with a margin, or nothing when the box is empty or off the viewport. */
export function crop(
  box: Box,
  image: { width: number; height: number },
): { left: number; top: number; width: number; height: number; mark: Box } | undefined {
  if (!(box.width > 0 && box.height > 0)) return undefined;
  if (box.x >= image.width || box.y >= image.height || box.x + box.width <= 0 || box.y + box.height <= 0)
    return undefined;
  const left = Math.max(0, Math.floor(box.x - MARGIN));
  const top = Math.max(0, Math.floor(box.y - MARGIN));
  const width = Math.min(Math.ceil(box.x + box.width + MARGIN) - left, MAX_CROP.width, image.width - left);
  const height = Math.min(Math.ceil(box.y + box.height + MARGIN) - top, MAX_CROP.height, image.height - top);
  const mark = {
    x: Math.round(box.x - left),
    y: Math.round(box.y - top),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
  return { left, top, width, height, mark };
}

/** Width and height of a base64 PNG, read from its header; nothing if it is not a PNG. */
export function pngSize(base64: string | undefined): { width: number; height: number } | undefined {
  if (!base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  const head = Buffer.from(base64.slice(0, 32), 'base64');
  if (head.length < 24 || head.readUInt32BE(0) !== 0x89504e47 || head.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function statusBadge(result: TargetResult, w: Words): string {
  return result.status === 'checked'
    ? `<span class="badge ok">${esc(cap(w.checked))}</span>`
    : `<span class="badge error">${esc(cap(w.failed))}</span>`;
}

function link(url: string): string {
  return isHttpUrl(url) ? `<a href="${esc(url)}">${esc(url)}</a>` : `<code>${esc(url)}</code>`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes, and drops control characters HTML does not allow. */
export function esc(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
