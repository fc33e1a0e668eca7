/**
 * Reads an SVG file as XML, never as a web page: no entity from a DOCTYPE is resolved, nothing external is
 * fetched and no script runs. Scripts, event handlers, foreign objects and every reference that is not a
 * fragment (`#id`) or a `data:` URI are removed, and each removal is listed, before librsvg (through sharp)
 * draws the cleaned document at analysis size. Colours, typefaces and the accessible name are read from the
 * cleaned document.
 */
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import type { AssetLimits, FontUse, SvgAsset, SvgRemoval, VectorColour } from '../model/asset.ts';
import { parseColour, toHex } from '../vision/colour.ts';
import {
  AssetReadError,
  addColour,
  byteSize,
  checkBytes,
  checkPixels,
  excerpt,
  fitInside,
  messageOf,
  toRaster,
} from './raster.ts';

export { AssetReadError } from './raster.ts';

/** An element of the parsed document. */
interface El {
  /** Qualified name as written (`svg:rect`). */
  name: string;
  /** Local name (`rect`). */
  local: string;
  attrs: Record<string, string>;
  children: Node[];
  parent?: El;
  /** 1-based position among siblings of the same local name, and how many there are. */
  typeIndex: number;
  typeCount: number;
}
type Node = El | { text: string };

const isEl = (node: Node): node is El => 'local' in node;

/** Drawing the cleaned document may not take longer than this (sharp stops and throws). */
const RENDER_TIMEOUT_SECONDS = 60;
/** Internal entities expanded at most to this many characters in all. */
const MAX_ENTITY_EXPANSION = 10_000_000;
/** Elements nested deeper than this are refused (every walk over the document is recursive). */
const MAX_DEPTH = 1_000;
/** `data:` SVG images inside SVG are cleaned too, to this depth; deeper ones are removed. */
const MAX_NESTED_SVG = 3;

/**
 * Reads an SVG file (plain or gzip-compressed). `name` (file name or URL) is used in messages. Throws an
 * AssetReadError (`empty`, `too-large`, `malformed` with the line and column, `unsupported-format` when the
 * root is not `<svg>`). `blocMarques` is left empty and `pixels` undefined: other code fills them from `raster`.
 */
export async function readSvg(bytes: Uint8Array, name: string, limits: AssetLimits): Promise<SvgAsset> {
  checkBytes(bytes, name, limits);
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes, name, limits) : bytes;
  const removed: SvgRemoval[] = [];
  const notes: string[] = [];
  const root = parseSvg(decodeText(data), name, removed, 0);

  const sheet = parseSheet(styleText(root));
  const ids = indexIds(root);
  const colours = coloursOf(root, sheet);
  const { fonts, hasText, unstyled } = fontsOf(root, sheet);
  if (unstyled) notes.push('some text has no font-family: it is drawn in the viewer’s default typeface');

  let size = intrinsicSize(root);
  if (!size) {
    notes.push('no usable width, height or viewBox: the size is the one librsvg gives the drawing');
    size = await librsvgSize(root);
  }
  const target = fitInside(size.width, size.height, limits.analysisSize, true);
  checkPixels(target.width, target.height, name, limits);

  let raster: SvgAsset['raster'];
  try {
    const document = serialise(root, { width: target.width, height: target.height, source: size });
    const { data: pixels, info } = await sharp(Buffer.from(document), { limitInputPixels: limits.maxPixels })
      .timeout({ seconds: RENDER_TIMEOUT_SECONDS })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    raster = toRaster(
      new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength),
      info.width,
      info.height,
      info.channels,
      size.width,
    );
  } catch (error) {
    notes.push(`not drawn: ${excerpt(messageOf(error), 160)}`);
  }

  return {
    kind: 'svg',
    bytes: bytes.byteLength,
    width: size.width,
    height: size.height,
    ...(raster ? { raster } : {}),
    blocMarques: [],
    notes,
    colours,
    fonts,
    name: accessibleName(root, ids),
    hasText,
    removed,
  };
}

// ---- Bytes to document ----------------------------------------------------------------------------------

function gunzip(bytes: Uint8Array, name: string, limits: AssetLimits): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw new AssetReadError(
        'too-large',
        `${name}: decompressed, the SVG is above the ${byteSize(limits.maxBytes)} limit (limits.maxBytes)`,
      );
    throw new AssetReadError('malformed', `${name}: damaged gzip compression (${excerpt(messageOf(error))})`);
  }
}

/** Text from bytes: byte-order mark first, then the XML declaration's encoding, else UTF-8. */
function decodeText(bytes: Uint8Array): string {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
    if (declared) label = declared;
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Where a document's prolog ends its DOCTYPE: the declaration's bounds, or undefined when there is none. */
function findDoctype(text: string): { start: number; end: number } | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return undefined;
      i = close + 3;
    } else break;
  }
  if (!/^<!DOCTYPE/i.test(text.slice(i, i + 9))) return undefined;
  const start = i;
  let quote = '';
  let depth = 0;
  for (i = start + 9; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth > 0 && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? text.length : close + 2;
    } else if (c === '>' && depth <= 0) return { start, end: i + 1 };
  }
  return { start, end: text.length };
}

const ENTITY_DECLARATION =
  /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:(SYSTEM|PUBLIC)\s+((?:"[^"]*"|'[^']*')(?:\s+(?:"[^"]*"|'[^']*'))?)|("[^"]*"|'[^']*'))[^>]*>/gi;

/**
 * Takes the DOCTYPE out of the text (blanked, so that line and column numbers stay right). Internal entities
 * whose value is plain text are kept for expansion; every other entity is recorded as removed and never read.
 */
function stripDoctype(text: string, removed: SvgRemoval[]): { text: string; entities: Map<string, string> } {
  const entities = new Map<string, string>();
  const bounds = findDoctype(text);
  if (!bounds) return { text, entities };
  const doctype = text.slice(bounds.start, bounds.end);
  const subsetStart = doctype.indexOf('[');
  const head = subsetStart >= 0 ? doctype.slice(0, subsetStart) : doctype;
  const subset = subsetStart >= 0 ? doctype.slice(subsetStart + 1, doctype.lastIndexOf(']')) : '';
  const dtd = /(?:SYSTEM|PUBLIC\s+(?:"[^"]*"|'[^']*'))\s+("([^"]*)"|'([^']*)')/i.exec(head);
  const dtdUrl = dtd?.[2] ?? dtd?.[3];
  if (dtdUrl && !/^https?:\/\/www\.w3\.org\/(Graphics\/SVG|TR\/[^/]*SVG)/i.test(dtdUrl))
    removed.push({ kind: 'entity', detail: `external DTD "${excerpt(dtdUrl)}" (not read)` });
  let understood = 0;
  for (const m of subset.matchAll(ENTITY_DECLARATION)) {
    understood++;
    const [, parameter, entity, external, ids, value] = m;
    if (external) {
      const label = parameter ? `parameter entity "%${entity}"` : `entity "${entity}"`;
      removed.push({
        kind: 'entity',
        detail: `external ${label} (${external} ${excerpt(ids!.replace(/\s+/g, ' '))}) not resolved`,
      });
    } else if (parameter) {
      removed.push({ kind: 'entity', detail: `parameter entity "%${entity}" not expanded` });
    } else {
      const literal = value!.slice(1, -1);
      if (/[<&%]/.test(literal) || literal.length > 10_000)
        removed.push({ kind: 'entity', detail: `entity "${entity}" holds markup or references: not expanded` });
      else entities.set(entity!, literal);
    }
  }
  const declared = subset.match(/<!ENTITY/gi)?.length ?? 0;
  if (declared > understood)
    removed.push({ kind: 'entity', detail: `${declared - understood} entity declaration(s) not understood: not read` });
  const blank = doctype.replace(/[^\n]/g, ' ');
  return { text: text.slice(0, bounds.start) + blank + text.slice(bounds.end), entities };
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces character and entity references; unknown entities (never resolved) become nothing. */
function expander(entities: Map<string, string>, name: string) {
  let expanded = 0;
  return (value: string): string => {
    if (!value.includes('&')) return value;
    return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.:-]*);/g, (_all, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      const predefined = PREDEFINED[ref];
      if (predefined) return predefined;
      const entity = entities.get(ref);
      if (entity === undefined) return '';
      expanded += entity.length;
      if (expanded > MAX_ENTITY_EXPANSION)
        throw new AssetReadError(
          'too-large',
          `${name}: entities expand to more than ${MAX_ENTITY_EXPANSION} characters`,
        );
      return entity;
    });
  };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: false,
  maxNestedTags: MAX_DEPTH,
});

type Parsed = Record<string, unknown>;

/** Parses, checks the root and cleans; `depth` counts `data:` SVG images inside SVG. */
function parseSvg(source: string, name: string, removed: SvgRemoval[], depth: number): El {
  const { text, entities } = stripDoctype(source.replace(/^\uFEFF/, ''), removed);
  if (!/^\s*</.test(text))
    throw new AssetReadError('unsupported-format', `${name}: not an SVG document (it does not start with XML)`);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true)
    throw new AssetReadError(
      'malformed',
      `${name}: malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    );
  let nodes: Parsed[];
  try {
    nodes = parser.parse(text) as Parsed[];
  } catch (error) {
    if (error instanceof RangeError || /nested tags/i.test(messageOf(error)))
      throw new AssetReadError('malformed', `${name}: elements are nested more than ${MAX_DEPTH} levels deep`);
    throw new AssetReadError('malformed', `${name}: malformed XML: ${excerpt(messageOf(error), 160)}`);
  }
  const expand = expander(entities, name);
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== ':@');
    if (key?.startsWith('?')) {
      const href = (node[':@'] as Record<string, string> | undefined)?.href;
      if (href) removed.push({ kind: 'external-reference', detail: `<${key} href="${excerpt(expand(href))}">` });
    }
  }
  const top = nodes.find((node) => {
    const key = Object.keys(node).find((k) => k !== ':@');
    return key && !key.startsWith('?') && !key.startsWith('#');
  });
  if (!top) throw new AssetReadError('malformed', `${name}: no root element`);
  let root: El;
  try {
    root = build(top, undefined, expand);
  } catch (error) {
    if (error instanceof AssetReadError) throw error;
    if (error instanceof RangeError)
      throw new AssetReadError('malformed', `${name}: elements are nested more than ${MAX_DEPTH} levels deep`);
    throw error;
  }
  if (root.local !== 'svg')
    throw new AssetReadError('unsupported-format', `${name}: the root element is <${root.name}>, not <svg>`);
  clean(root, removed, depth);
  return root;
}

function build(node: Parsed, parent: El | undefined, expand: (s: string) => string, depth = 0): El {
  if (depth > MAX_DEPTH) throw new RangeError('too deep');
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries((node[':@'] as Record<string, unknown>) ?? {}))
    attrs[k] = expand(typeof v === 'string' ? v : '');
  const el: El = { name, local: localName(name), attrs, children: [], typeIndex: 1, typeCount: 1 };
  if (parent) el.parent = parent;
  const counts = new Map<string, El[]>();
  for (const child of (node[name] as Parsed[]) ?? []) {
    if ('#text' in child) el.children.push({ text: expand(String(child['#text'])) });
    else if ('#cdata' in child) {
      const inner = (child['#cdata'] as Parsed[]).map((c) => String(c['#text'] ?? '')).join('');
      el.children.push({ text: inner });
    } else {
      const key = Object.keys(child).find((k) => k !== ':@');
      if (!key || key.startsWith('?') || key.startsWith('#')) continue;
      const kid = build(child, el, expand, depth + 1);
      el.children.push(kid);
      const same = counts.get(kid.local) ?? [];
      same.push(kid);
      counts.set(kid.local, same);
    }
  }
  for (const same of counts.values())
    same.forEach((kid, i) => {
      kid.typeIndex = i + 1;
      kid.typeCount = same.length;
    });
  return el;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

// ---- Cleaning -------------------------------------------------------------------------------------------

/** A short element path for messages and locations: `path#logo`, `g#layer > rect:nth-of-type(2)`. */
function pathOf(el: El): string {
  const parts: string[] = [];
  let e: El | undefined = el;
  while (e && parts.length < 3) {
    const id = e.attrs.id;
    if (id) {
      parts.unshift(`${e.local}#${id}`);
      break;
    }
    parts.unshift(e.typeCount > 1 ? `${e.local}:nth-of-type(${e.typeIndex})` : e.local);
    e = e.parent;
  }
  return parts.join(' > ');
}

/** Elements removed whole, by local name. */
const REMOVED_ELEMENTS: Record<string, SvgRemoval['kind']> = {
  script: 'script',
  handler: 'script',
  foreignObject: 'foreign-object',
  iframe: 'foreign-object',
  embed: 'foreign-object',
  object: 'foreign-object',
  audio: 'foreign-object',
  video: 'foreign-object',
  include: 'external-reference',
};

const ANIMATIONS = new Set(['animate', 'set', 'animateMotion', 'animateTransform', 'animateColor']);

type UrlVerdict = { keep: true; value: string } | { keep: false; kind: SvgRemoval['kind'] };

/** Is a reference safe to draw: a fragment, or a `data:` image (SVG ones cleaned in their turn)? */
function judgeUrl(raw: string, removed: SvgRemoval[], depth: number): UrlVerdict {
  const value = raw.trim();
  if (value === '' || value.startsWith('#')) return { keep: true, value: raw };
  if (/^javascript:/i.test(value)) return { keep: false, kind: 'script' };
  const data = /^data:([^,;]*)((?:;[^,;]*)*),/i.exec(value.replace(/\s+/g, ''));
  if (!data) return { keep: false, kind: 'external-reference' };
  const type = data[1]!.toLowerCase();
  if (type === 'image/svg+xml') {
    if (depth >= MAX_NESTED_SVG) return { keep: false, kind: 'external-reference' };
    const compact = value.replace(/\s+/g, '');
    const payload = compact.slice(data[0].length);
    let text: string;
    try {
      text = /;base64/i.test(data[2]!)
        ? Buffer.from(payload, 'base64').toString('utf8')
        : decodeURIComponent(value.slice(value.indexOf(',') + 1));
    } catch {
      return { keep: false, kind: 'external-reference' };
    }
    const inner: SvgRemoval[] = [];
    let cleaned: El;
    try {
      cleaned = parseSvg(text, 'embedded SVG', inner, depth + 1);
    } catch {
      return { keep: false, kind: 'external-reference' };
    }
    for (const r of inner) removed.push({ kind: r.kind, detail: `in an embedded SVG image: ${r.detail}` });
    return {
      keep: true,
      value: `data:image/svg+xml;base64,${Buffer.from(serialise(cleaned)).toString('base64')}`,
    };
  }
  if (/^(image|font)\//.test(type)) return { keep: true, value: raw };
  return { keep: false, kind: 'external-reference' };
}

/** Decodes CSS escapes (`\75 rl(`, `\@import`), so that no reference hides behind them. */
function unescapeCss(css: string): string {
  if (!css.includes('\\')) return css;
  return css.replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([^\n0-9a-fA-F])/g, (_, hex: string, char: string) => {
    if (hex) {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return char;
  });
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi;
const CSS_IMAGE_FUNCTION = /(?:-webkit-)?(?:image-set|image|cross-fade)\(((?:[^()]|\([^()]*\))*)\)/gi;

/** A stylesheet or declaration list with every outside reference taken out (each recorded). */
function cleanCss(css: string, where: string, removed: SvgRemoval[], depth: number): string {
  let out = unescapeCss(css).replace(/\/\*[\s\S]*?\*\//g, ' ');
  out = out.replace(/@import\s[^;]*;?/gi, (rule) => {
    removed.push({ kind: 'external-reference', detail: `${excerpt(rule.replace(/;$/, ''))} in ${where}` });
    return '';
  });
  out = out.replace(CSS_URL, (all, dq: string | undefined, sq: string | undefined, bare: string | undefined) => {
    const target = dq ?? sq ?? bare ?? '';
    const verdict = judgeUrl(target, removed, depth);
    if (verdict.keep) return verdict.value === target ? all : `url("${verdict.value}")`;
    removed.push({ kind: verdict.kind, detail: `url(${excerpt(target)}) in ${where}` });
    return 'none';
  });
  out = out.replace(CSS_IMAGE_FUNCTION, (all, args: string) => {
    const outside = [...args.matchAll(/"([^"]*)"|'([^']*)'/g)]
      .map((m) => m[1] ?? m[2] ?? '')
      .find((s) => !judgeUrl(s, [], MAX_NESTED_SVG).keep);
    if (outside === undefined) return all;
    removed.push({ kind: 'external-reference', detail: `${excerpt(all)} in ${where}` });
    return 'none';
  });
  return out;
}

/** Removes, in place and recording each, everything that could run or reach outside the document. */
function clean(el: El, removed: SvgRemoval[], depth: number): void {
  const where = pathOf(el);
  for (const [key, value] of Object.entries(el.attrs)) {
    const lower = key.toLowerCase();
    const local = localName(lower);
    if (local.startsWith('on')) {
      delete el.attrs[key];
      removed.push({ kind: 'event-handler', detail: `${key} on ${where}` });
    } else if (local === 'href' || local === 'src') {
      const verdict = judgeUrl(value, removed, depth);
      if (verdict.keep) el.attrs[key] = verdict.value;
      else {
        delete el.attrs[key];
        // A link to a web page, an address or a number loads nothing when the image is shown: not reported.
        const plainLink = el.local === 'a' && /^\s*(https?:|mailto:|tel:)/i.test(value);
        if (!plainLink) {
          const link = el.local === 'a' ? ' (link)' : '';
          removed.push({ kind: verdict.kind, detail: `${key}="${excerpt(value)}" on ${where}${link}` });
        }
      }
    } else if (lower === 'xml:base') {
      delete el.attrs[key];
      removed.push({ kind: 'external-reference', detail: `xml:base="${excerpt(value)}" on ${where}` });
    } else if (lower === 'style') {
      el.attrs[key] = cleanCss(value, `the style of ${where}`, removed, depth);
    } else if (/url\(|image-set\(|image\(|cross-fade\(/i.test(unescapeCss(value))) {
      el.attrs[key] = cleanCss(value, `${key} of ${where}`, removed, depth);
    }
  }
  el.children = el.children.filter((child) => {
    if (!isEl(child)) return true;
    const kind = REMOVED_ELEMENTS[child.local];
    if (kind) {
      removed.push({ kind, detail: `<${child.name}> in ${where}${describeRemoved(child)}` });
      return false;
    }
    if (ANIMATIONS.has(child.local)) {
      const target = localName((child.attrs.attributeName ?? '').toLowerCase());
      if (target === 'href' || target.startsWith('on')) {
        removed.push({
          kind: target === 'href' ? 'external-reference' : 'event-handler',
          detail: `<${child.name} attributeName="${child.attrs.attributeName}"> in ${where}`,
        });
        return false;
      }
    }
    return true;
  });
  if (el.local === 'style') {
    const css = el.children.map((c) => (isEl(c) ? '' : c.text)).join('');
    el.children = [{ text: cleanCss(css, `<style> of ${pathOf(el.parent ?? el)}`, removed, depth) }];
    return;
  }
  for (const child of el.children) if (isEl(child)) clean(child, removed, depth);
}

function describeRemoved(el: El): string {
  const href = Object.entries(el.attrs).find(([k]) => /(^|:)(href|src)$/i.test(k))?.[1];
  if (href) return ` (${excerpt(href)})`;
  const body = textOf(el);
  return body.trim() ? ` (${excerpt(body, 60)})` : '';
}

// ---- Serialising ----------------------------------------------------------------------------------------

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, ' ');

/** The cleaned document as XML; with `size`, the root is given that pixel size (and a viewBox if it had none). */
function serialise(
  root: El,
  size?: { width: number; height: number; source: { width: number; height: number } },
): string {
  const out: string[] = [];
  const write = (el: El, top: boolean) => {
    const attrs = { ...el.attrs };
    if (top && size) {
      if (!attrs.viewBox) attrs.viewBox = `0 0 ${size.source.width} ${size.source.height}`;
      attrs.width = String(size.width);
      attrs.height = String(size.height);
    }
    out.push(`<${el.name}`);
    for (const [k, v] of Object.entries(attrs)) out.push(` ${k}="${escapeAttr(v)}"`);
    if (!el.children.length) {
      out.push('/>');
      return;
    }
    out.push('>');
    for (const child of el.children) {
      if (isEl(child)) write(child, false);
      else out.push(escapeText(child.text));
    }
    out.push(`</${el.name}>`);
  };
  write(root, true);
  return out.join('');
}

// ---- Size -----------------------------------------------------------------------------------------------

const UNITS: Record<string, number> = { '': 1, px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72, pc: 16 };

/** A length in px (absolute units at 96 dpi); undefined for percentages and anything else. */
function lengthPx(value: string | undefined): number | undefined {
  const m = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|mm|cm|in|pt|pc)?\s*$/i.exec(value ?? '');
  if (!m) return undefined;
  const n = Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]!;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function viewBoxOf(root: El): { width: number; height: number } | undefined {
  const parts = (root.attrs.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [, , width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Width and height in px from the root's attributes, completed from the viewBox's proportions. */
function intrinsicSize(root: El): { width: number; height: number } | undefined {
  const width = lengthPx(root.attrs.width);
  const height = lengthPx(root.attrs.height);
  const box = viewBoxOf(root);
  const round = (n: number) => Math.round(n * 100) / 100;
  if (width && height) return { width: round(width), height: round(height) };
  if (box && width) return { width: round(width), height: round((width * box.height) / box.width) };
  if (box && height) return { width: round((height * box.width) / box.height), height: round(height) };
  if (box) return { width: round(box.width), height: round(box.height) };
  return undefined;
}

async function librsvgSize(root: El): Promise<{ width: number; height: number }> {
  try {
    const meta = await sharp(Buffer.from(serialise(root))).metadata();
    if (meta.width && meta.height) return { width: meta.width, height: meta.height };
  } catch {
    // fall through to the SVG default size
  }
  return { width: 300, height: 150 };
}

// ---- Styles ---------------------------------------------------------------------------------------------

interface Declaration {
  property: string;
  value: string;
  important: boolean;
  /** Position in its block. */
  index: number;
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; value?: string }[];
}

/** A selector right to left: compounds and the combinator joining each to the next one on its left. */
interface Selector {
  parts: { compound: Compound; combinator: ' ' | '>' }[];
  specificity: [number, number, number];
}

interface Rule {
  text: string;
  /** Undefined when the selector uses more than this reader understands. */
  selectors?: Selector[];
  declarations: Declaration[];
  order: number;
}

function styleText(root: El): string {
  const texts: string[] = [];
  const walk = (el: El) => {
    if (el.local === 'style') texts.push(el.children.map((c) => (isEl(c) ? '' : c.text)).join(''));
    else for (const child of el.children) if (isEl(child)) walk(child);
  };
  walk(root);
  return texts.join('\n');
}

/** Splits at `separator` outside strings, parentheses and brackets. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseDeclarations(block: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const part of splitTop(block, ';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    if (property && value) declarations.push({ property, value, important, index: declarations.length });
  }
  return declarations;
}

/** Index of the `}` closing the block opened at `open`, skipping strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Style rules, in order; rules inside `@media`, `@supports` and `@layer` blocks are read as if unconditional. */
function parseSheet(css: string): Rule[] {
  const rules: Rule[] = [];
  const read = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      const semicolon = text.indexOf(';', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@') && semicolon >= 0 && semicolon < open) {
        i = semicolon + 1;
        continue;
      }
      const end = blockEnd(text, open);
      const body = text.slice(open + 1, end);
      if (prelude.startsWith('@')) {
        if (/^@(media|supports|layer|container|document)\b/i.test(prelude)) read(body);
      } else if (prelude) {
        rules.push({
          text: prelude.replace(/\s+/g, ' '),
          selectors: parseSelectors(prelude),
          declarations: parseDeclarations(body),
          order: rules.length,
        });
      }
      i = end + 1;
    }
  };
  read(css.replace(/\/\*[\s\S]*?\*\//g, ' '));
  return rules;
}

const COMPOUND =
  /^([A-Za-z_][\w-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[\s*[\w:-]+\s*(?:=\s*(?:"[^"]*"|'[^']*'|[\w-]+)\s*)?\])*)$/;

function parseSelectors(text: string): Selector[] | undefined {
  const selectors: Selector[] = [];
  for (const one of splitTop(text, ',')) {
    const tokens = one
      .trim()
      .replace(/\s*>\s*/g, ' > ')
      .split(/\s+/)
      .filter(Boolean);
    if (!tokens.length) return undefined;
    const parts: Selector['parts'] = [];
    const specificity: [number, number, number] = [0, 0, 0];
    let combinator: ' ' | '>' = ' ';
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token === '>') {
        if (!parts.length) return undefined;
        parts[parts.length - 1]!.combinator = '>';
        continue;
      }
      const m = COMPOUND.exec(token);
      if (!m || (!m[1] && !m[2])) return undefined;
      const compound: Compound = { classes: [], attributes: [] };
      if (m[1] && m[1] !== '*') {
        compound.tag = m[1];
        specificity[2]++;
      }
      for (const piece of (m[2] ?? '').match(/#[\w-]+|\.[\w-]+|\[[^\]]+\]/g) ?? []) {
        if (piece[0] === '#') {
          compound.id = piece.slice(1);
          specificity[0]++;
        } else if (piece[0] === '.') {
          compound.classes.push(piece.slice(1));
          specificity[1]++;
        } else {
          const a = /^\[\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]$/.exec(piece)!;
          const value = a[2] ?? a[3] ?? a[4];
          compound.attributes.push(value === undefined ? { name: a[1]! } : { name: a[1]!, value });
          specificity[1]++;
        }
      }
      parts.push({ compound, combinator });
      combinator = ' ';
    }
    selectors.push({ parts, specificity });
  }
  return selectors;
}

function matchesCompound(el: El, c: Compound): boolean {
  if (c.tag && c.tag !== el.local) return false;
  if (c.id && el.attrs.id !== c.id) return false;
  if (c.classes.length) {
    const classes = (el.attrs.class ?? '').split(/\s+/);
    if (!c.classes.every((k) => classes.includes(k))) return false;
  }
  for (const a of c.attributes) {
    const value = el.attrs[a.name];
    if (value === undefined || (a.value !== undefined && value !== a.value)) return false;
  }
  return true;
}

function matches(el: El, selector: Selector, i = 0): boolean {
  const part = selector.parts[i];
  if (!part) return true;
  if (!matchesCompound(el, part.compound)) return false;
  if (i + 1 >= selector.parts.length) return true;
  if (part.combinator === '>') return !!el.parent && matches(el.parent, selector, i + 1);
  for (let up = el.parent; up; up = up.parent) if (matches(up, selector, i + 1)) return true;
  return false;
}

type Priority = [number, number, number, number, number, number];

const higher = (a: Priority, b: Priority) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** The cascaded value of `property` on `el` (presentation attribute < rules < style attribute, `!important`). */
function cascaded(el: El, sheet: Rule[], property: string, shorthand?: (d: Declaration) => string | undefined) {
  let best: { value: string; priority: Priority } | undefined;
  const consider = (value: string | undefined, priority: Priority) => {
    if (value !== undefined && (!best || higher(priority, best.priority))) best = { value, priority };
  };
  const fromBlock = (declarations: Declaration[], layer: (important: boolean) => number, s: number[]) => {
    for (const d of declarations) {
      const value = d.property === property ? d.value : shorthand?.(d);
      consider(value, [layer(d.important), s[0] ?? 0, s[1] ?? 0, s[2] ?? 0, s[3] ?? 0, d.index]);
    }
  };
  consider(el.attrs[property], [0, 0, 0, 0, 0, 0]);
  for (const rule of sheet) {
    if (!rule.selectors) continue;
    for (const selector of rule.selectors)
      if (matches(el, selector))
        fromBlock(rule.declarations, (i) => (i ? 3 : 1), [...selector.specificity, rule.order]);
  }
  if (el.attrs.style) fromBlock(parseDeclarations(el.attrs.style), (i) => (i ? 4 : 2), [0, 0, 0, 0]);
  return best?.value;
}

// ---- Colours --------------------------------------------------------------------------------------------

const COLOUR_PROPERTIES = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];
const NOT_COLOURS =
  /^(none|transparent|currentcolor|inherit|initial|unset|revert|revert-layer|context-fill|context-stroke|auto)$/i;

/** `#rrggbb` of a paint or colour value; undefined for none, currentColor, a bare url(#…), var(), or no colour. */
export function colourHex(value: string): string | undefined {
  const v = value
    .replace(/!\s*important/i, '')
    .replace(/url\([^)]*\)/gi, '')
    .replace(/icc-color\([^)]*\)/gi, '')
    .trim();
  if (!v || NOT_COLOURS.test(v) || /var\(/i.test(v)) return undefined;
  const rgba = parseColour(v);
  if (!rgba || rgba.a === 0) return undefined;
  return toHex(rgba);
}

/** Elements whose paint is not seen as such: clipping paths and masks (only their shape or luminance counts). */
const HIDDEN_PAINT = new Set(['clipPath', 'mask', 'title', 'desc', 'metadata']);

function coloursOf(root: El, sheet: Rule[]): VectorColour[] {
  const groups = new Map<string, VectorColour>();
  const elements: El[] = [];
  const walk = (el: El) => {
    if (HIDDEN_PAINT.has(el.local)) return;
    elements.push(el);
    const where = { selector: pathOf(el) };
    for (const property of COLOUR_PROPERTIES) {
      const hex = el.attrs[property] !== undefined ? colourHex(el.attrs[property]) : undefined;
      if (hex) addColour(groups, { hex, property, space: 'rgb', where });
    }
    if (el.attrs.style)
      for (const d of parseDeclarations(el.attrs.style)) {
        const hex = COLOUR_PROPERTIES.includes(d.property) ? colourHex(d.value) : undefined;
        if (hex) addColour(groups, { hex, property: d.property, space: 'rgb', where });
      }
    for (const child of el.children) if (isEl(child)) walk(child);
  };
  walk(root);
  for (const rule of sheet) {
    const colourDeclarations = rule.declarations.filter((d) => COLOUR_PROPERTIES.includes(d.property));
    if (!colourDeclarations.length) continue;
    // A rule that applies to nothing draws nothing; one this reader cannot match is counted once.
    const used = rule.selectors ? elements.filter((el) => rule.selectors!.some((s) => matches(el, s))).length : 1;
    if (!used) continue;
    for (const d of colourDeclarations) {
      const hex = colourHex(d.value);
      if (hex)
        addColour(groups, { hex, property: d.property, space: 'rgb', where: { selector: excerpt(rule.text) } }, used);
    }
  }
  return [...groups.values()];
}

// ---- Text and typefaces ---------------------------------------------------------------------------------

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

function textOf(el: El): string {
  return el.children.map((c) => (isEl(c) ? (HIDDEN_PAINT.has(c.local) ? '' : textOf(c)) : c.text)).join('');
}

/** The first family of a `font-family` list, unquoted. */
function firstFamily(list: string): string | undefined {
  const first = splitTop(list, ',')[0]
    ?.trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  return first && !/^(inherit|initial|unset|revert)$/i.test(first) ? first : undefined;
}

/** The family part of a `font` shorthand (what follows the size). */
function shorthandFamily(d: Declaration): string | undefined {
  if (d.property !== 'font') return undefined;
  const m = /(?:^|\s)[+]?(?:\d+\.?\d*|\.\d+)(?:px|pt|pc|em|rem|ex|ch|%|mm|cm|in|vw|vh)?(?:\s*\/\s*\S+)?\s+(.+)$/i.exec(
    d.value,
  );
  return m?.[1];
}

function fontsOf(root: El, sheet: Rule[]): { fonts: FontUse[]; hasText: boolean; unstyled: boolean } {
  const family = new Map<El, string | undefined>();
  const familyOf = (el: El): string | undefined => {
    if (family.has(el)) return family.get(el);
    const value = cascaded(el, sheet, 'font-family', shorthandFamily);
    const result =
      value === undefined || /^inherit$/i.test(value.trim())
        ? el.parent
          ? familyOf(el.parent)
          : undefined
        : firstFamily(value);
    family.set(el, result);
    return result;
  };
  const uses = new Map<string, FontUse>();
  let hasText = false;
  let unstyled = false;
  const visitText = (el: El, where: string) => {
    for (const child of el.children) {
      if (isEl(child)) {
        if (!HIDDEN_PAINT.has(child.local)) visitText(child, where);
        continue;
      }
      const run = child.text.replace(/\s+/g, ' ').trim();
      if (!run) continue;
      hasText = true;
      const name = familyOf(el);
      if (!name) {
        unstyled = true;
        continue;
      }
      const use = uses.get(name);
      if (!use) uses.set(name, { family: name, embedded: false, sample: excerpt(run), where: { selector: where } });
      else if (use.sample.length < 80) use.sample = excerpt(`${use.sample} ${run}`);
    }
  };
  const walk = (el: El) => {
    if (TEXT_ELEMENTS.has(el.local)) {
      visitText(el, pathOf(el));
      return;
    }
    for (const child of el.children) if (isEl(child) && !HIDDEN_PAINT.has(child.local)) walk(child);
  };
  walk(root);
  return { fonts: [...uses.values()], hasText, unstyled };
}

// ---- Name -----------------------------------------------------------------------------------------------

function indexIds(root: El): Map<string, El> {
  const ids = new Map<string, El>();
  const walk = (el: El) => {
    if (el.attrs.id && !ids.has(el.attrs.id)) ids.set(el.attrs.id, el);
    for (const child of el.children) if (isEl(child)) walk(child);
  };
  walk(root);
  return ids;
}

function accessibleName(root: El, ids: Map<string, El>): SvgAsset['name'] {
  const name: SvgAsset['name'] = { hidden: root.attrs['aria-hidden']?.trim().toLowerCase() === 'true' };
  const title = root.children.find((c): c is El => isEl(c) && c.local === 'title');
  const titleText = title ? textOf(title).replace(/\s+/g, ' ').trim() : '';
  if (titleText) name.title = titleText;
  const labelledBy = (root.attrs['aria-labelledby'] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const el = ids.get(id);
      return el ? textOf(el).replace(/\s+/g, ' ').trim() : '';
    })
    .filter(Boolean)
    .join(' ');
  const label = labelledBy || root.attrs['aria-label']?.trim();
  if (label) name.ariaLabel = label;
  const role = root.attrs.role?.trim();
  if (role) name.role = role;
  return name;
}
