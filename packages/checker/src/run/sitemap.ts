/**
 * Sitemaps as a source of pages: `<urlset>` files, `<sitemapindex>` files followed recursively, gzip
 * compressed or not, from a URL or a local file (and the plain-text form, one URL per line). Whatever
 * goes wrong with one sitemap becomes a problem and the others are still read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { isHttpUrl, looksLikeUrl, normaliseUrl } from './urls.ts';

/** Something that kept a sitemap, or an entry of one, from being read. */
export interface SitemapProblem {
  /** The sitemap (URL or path) or the entry concerned. */
  input: string;
  /** `not-found`, `read`, `fetch`, `http-status`, `too-large`, `gzip`, `invalid-xml`, `not-a-sitemap`, `invalid-url`, `too-deep`, `too-many-urls`. */
  code: string;
  message: string;
}

export interface SitemapOptions {
  /** Folder local sitemap paths are relative to. */
  cwd: string;
  /** Used for sitemaps given by URL; the global `fetch` by default. */
  fetchImpl?: typeof fetch;
  /** Page URLs kept at most, over all the sitemaps reached (default 50,000); the rest is reported. */
  maxUrls?: number;
  /** How many levels of `<sitemapindex>` are followed below the source (default 3). */
  maxDepth?: number;
  /** Time allowed for each download, in milliseconds (default 30,000). */
  timeoutMs?: number;
}

export interface SitemapResult {
  /** Page URLs, normalised, without duplicates, in the order the sitemaps list them. */
  urls: string[];
  problems: SitemapProblem[];
}

const DEFAULT_MAX_URLS = 50_000;
const DEFAULT_MAX_DEPTH = 3;
const DEFAULT_TIMEOUT_MS = 30_000;
/** The sitemap protocol caps a file at 50 MB uncompressed; we allow a little more. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Where a sitemap is read from. */
type Location = { type: 'url'; url: string } | { type: 'file'; file: string };

const parser = new XMLParser({
  // Entities are decoded by `decodeXmlEntities` (predefined and numeric only); the DOCTYPE, where
  // custom and external entities would be declared, is removed before parsing.
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap' || name === 'loc',
});

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five predefined XML entities and character references; leaves any other `&name;`. */
function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z][\w.-]*);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED_ENTITIES[name] ?? whole;
  });
}

/** Index just past `<!-- … -->` or `<? … ?>` starting at `at`, or -1 when there is none there. */
function skipMarkup(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) {
    const end = xml.indexOf('-->', at + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (xml.startsWith('<?', at)) {
    const end = xml.indexOf('?>', at + 2);
    return end === -1 ? -1 : end + 2;
  }
  return -1;
}

/**
 * The document without its DOCTYPE declaration (internal subset included), so that no entity it
 * declares, external or not, is ever read or expanded.
 */
function withoutDoctype(xml: string): string {
  let at = 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at] ?? '')) at++;
    const next = skipMarkup(xml, at);
    if (next === -1) break;
    at = next;
  }
  if (!xml.startsWith('<!DOCTYPE', at)) return xml;
  let depth = 0;
  let quote = '';
  for (let i = at + 9; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '<' && xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 2;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      depth--;
    } else if (c === '>' && depth <= 0) {
      return xml.slice(0, at) + xml.slice(i + 1);
    }
  }
  return xml;
}

/** The text values of `loc` in each entry (`<url>` or `<sitemap>`), entities decoded. */
function locsOf(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [];
  const locs: string[] = [];
  for (const entry of entries) {
    const loc = (entry as { loc?: unknown } | null)?.loc;
    const first = Array.isArray(loc) ? loc[0] : loc;
    locs.push(typeof first === 'string' ? decodeXmlEntities(first).trim() : '');
  }
  return locs;
}

type Parsed = { type: 'urlset'; locs: string[] } | { type: 'index'; locs: string[] };

/**
 * Reads page URLs from a sitemap, following sitemap indexes.
 *
 * `source` is an http(s) URL, a `file://` URL or a path relative to `options.cwd`. A child sitemap
 * is read once even when listed several times (cycles included); a child that cannot be read,
 * is not a sitemap or lies deeper than `maxDepth` becomes a problem and the others are still read.
 * A child of a remote sitemap is only ever read over http(s), never from the local disk.
 */
export async function readSitemap(source: string, options: SitemapOptions): Promise<SitemapResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxUrls = options.maxUrls ?? DEFAULT_MAX_URLS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const urls = new Set<string>();
  const problems: SitemapProblem[] = [];
  const visited = new Set<string>();
  let full = false;

  const display = (location: Location): string =>
    location.type === 'url' ? location.url : path.relative(options.cwd, location.file).split(path.sep).join('/');
  const keyOf = (location: Location): string => (location.type === 'url' ? location.url : location.file);

  const load = async (location: Location, name: string): Promise<Buffer | SitemapProblem> => {
    if (location.type === 'file') {
      try {
        return await readFile(location.file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          return { input: name, code: 'not-found', message: `Sitemap "${name}" does not exist` };
        }
        return { input: name, code: 'read', message: `Sitemap "${name}" cannot be read: ${code ?? String(error)}` };
      }
    }
    let response: Response;
    try {
      response = await fetchImpl(location.url, {
        headers: { accept: 'application/xml, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5' },
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : errorText(error);
      return { input: name, code: 'fetch', message: `Sitemap ${name} could not be downloaded: ${reason}` };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { input: name, code: 'http-status', message: `Sitemap ${name} answered HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge(name);
    }
    try {
      const body = Buffer.from(await response.arrayBuffer());
      return body.length > MAX_BYTES ? tooLarge(name) : body;
    } catch (error) {
      return { input: name, code: 'fetch', message: `Sitemap ${name} could not be downloaded: ${errorText(error)}` };
    }
  };

  const parse = (bytes: Buffer, name: string): Parsed | SitemapProblem => {
    let data = bytes;
    if (data[0] === 0x1f && data[1] === 0x8b) {
      try {
        data = gunzipSync(data, { maxOutputLength: MAX_BYTES });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(name);
        return { input: name, code: 'gzip', message: `Sitemap ${name} is not valid gzip: ${errorText(error)}` };
      }
    }
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    const trimmed = text.trim();
    if (!trimmed.startsWith('<')) {
      // The plain-text form of the protocol: one absolute URL per line.
      const lines = trimmed.split(/\r?\n/).map((line) => line.trim());
      if (lines.some((line) => isHttpUrl(line))) return { type: 'urlset', locs: lines.filter((line) => line !== '') };
      return notASitemap(name, 'it is neither XML nor a list of URLs');
    }
    let document: Record<string, any>;
    try {
      document = parser.parse(withoutDoctype(text));
    } catch (error) {
      return { input: name, code: 'invalid-xml', message: `Sitemap ${name} is not valid XML: ${errorText(error)}` };
    }
    if (document.urlset !== undefined) return { type: 'urlset', locs: locsOf(document.urlset?.url) };
    if (document.sitemapindex !== undefined) return { type: 'index', locs: locsOf(document.sitemapindex?.sitemap) };
    const root = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
    return notASitemap(name, root ? `its root element is <${root}>` : 'it has no root element');
  };

  /** Where a `<sitemap><loc>` of `parent` points, or a problem when it may not be followed. */
  const childLocation = (loc: string, parent: Location, parentName: string): Location | SitemapProblem => {
    const invalid = (why: string): SitemapProblem => ({
      input: loc,
      code: 'invalid-url',
      message: `Sitemap entry "${loc}" in ${parentName} ${why}`,
    });
    if (loc === '') return invalid('is empty');
    if (parent.type === 'url') {
      if (!URL.canParse(loc, parent.url)) return invalid('is not a valid URL');
      const url = new URL(loc, parent.url).href;
      return isHttpUrl(url) ? { type: 'url', url: normaliseUrl(url) } : invalid('is not an http(s) URL');
    }
    if (isHttpUrl(loc)) return { type: 'url', url: normaliseUrl(loc) };
    if (loc.startsWith('file:')) {
      try {
        return { type: 'file', file: fileURLToPath(loc) };
      } catch {
        return invalid('is not a valid file URL');
      }
    }
    if (looksLikeUrl(loc)) return invalid('is not an http(s) URL');
    return { type: 'file', file: path.resolve(path.dirname(parent.file), loc) };
  };

  const visit = async (location: Location, depth: number, listedIn?: string): Promise<void> => {
    if (full) return;
    const key = keyOf(location);
    if (visited.has(key)) return;
    visited.add(key);
    const name = display(location);
    const where = listedIn ? ` (listed in ${listedIn})` : '';

    const loaded = await load(location, name);
    if (!Buffer.isBuffer(loaded)) {
      problems.push({ ...loaded, message: loaded.message + where });
      return;
    }
    const parsed = parse(loaded, name);
    if (!('type' in parsed)) {
      problems.push({ ...parsed, message: parsed.message + where });
      return;
    }

    if (parsed.type === 'urlset') {
      for (const loc of parsed.locs) {
        if (!isHttpUrl(loc)) {
          const why = loc === '' ? 'is empty' : 'is not an absolute http(s) URL';
          problems.push({ input: loc, code: 'invalid-url', message: `Sitemap entry "${loc}" in ${name} ${why}` });
          continue;
        }
        const url = normaliseUrl(loc);
        if (urls.has(url)) continue;
        if (urls.size >= maxUrls) {
          full = true;
          problems.push({
            input: name,
            code: 'too-many-urls',
            message: `Sitemap ${name} brings the number of pages over the limit of ${maxUrls}; the remaining URLs are ignored`,
          });
          return;
        }
        urls.add(url);
      }
      return;
    }

    for (const loc of parsed.locs) {
      if (full) return;
      const child = childLocation(loc, location, name);
      if (!('type' in child)) {
        problems.push(child);
        continue;
      }
      if (depth + 1 > maxDepth) {
        if (!visited.has(keyOf(child))) {
          problems.push({
            input: display(child),
            code: 'too-deep',
            message: `Sitemap ${display(child)} (listed in ${name}) is nested more than ${maxDepth} sitemap index levels deep; not read`,
          });
        }
        continue;
      }
      await visit(child, depth + 1, name);
    }
  };

  let start: Location | undefined;
  if (isHttpUrl(source)) {
    start = { type: 'url', url: normaliseUrl(source) };
  } else if (source.startsWith('file:')) {
    try {
      start = { type: 'file', file: fileURLToPath(source) };
    } catch {
      problems.push({ input: source, code: 'invalid-url', message: `Sitemap "${source}" is not a valid file URL` });
    }
  } else if (looksLikeUrl(source)) {
    problems.push({ input: source, code: 'invalid-url', message: `Sitemap "${source}" is not an http(s) URL` });
  } else {
    start = { type: 'file', file: path.resolve(options.cwd, source) };
  }
  if (start) await visit(start, 0);
  return { urls: [...urls], problems };
}

function tooLarge(name: string): SitemapProblem {
  return {
    input: name,
    code: 'too-large',
    message: `Sitemap ${name} is larger than ${MAX_BYTES / 1024 / 1024} MB uncompressed; not read`,
  };
}

function notASitemap(name: string, why: string): SitemapProblem {
  return {
    input: name,
    code: 'not-a-sitemap',
    message: `${name} is not a sitemap: ${why}, expected <urlset> or <sitemapindex>`,
  };
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
