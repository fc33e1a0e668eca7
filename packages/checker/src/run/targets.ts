/**
 * What `charte check` checks: the URLs, files and folders the user names, and the pages of the
 * sitemaps they give, turned into `Target`s. Local files are served over HTTP (one server per root
 * folder) so that every target is loaded by URL. Nothing the user named is silently dropped: what
 * cannot become a target is returned as a problem.
 */
import type { Dirent } from 'node:fs';
import { access, constants, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target, TargetKind } from '../model/index.ts';
import { readSitemap } from './sitemap.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';
import { extensionOf, isHttpUrl, looksLikeUrl, normaliseUrl } from './urls.ts';

/** Why something the user named gave no target. */
export interface TargetProblem {
  /** The input as given (path, URL, sitemap) or the sitemap entry concerned. */
  input: string;
  /**
   * `not-found`, `unreadable`, `unknown-kind`, `invalid-url`, `empty-folder`, `empty-sitemap`,
   * `unsupported-name`, `server`, or a sitemap problem code (see `SitemapProblem`).
   */
  code: string;
  message: string;
}

export interface ResolveOptions {
  /** Folder that relative paths start from and that local target ids are relative to. */
  cwd: string;
  /** Sitemaps (URLs or local files) whose pages are added after the inputs. */
  sitemaps?: string[];
  /**
   * Glob patterns that filter what folders and sitemaps bring in (what is named directly is always
   * kept). A pattern without `/` is matched against the file or URL's last path segment (`*.html`);
   * one with `/` against the whole id: the path relative to `cwd` for files (`site/docs/**`), the URL
   * for pages of a sitemap (`https://www.example.gouv.fr/actualites/*`). `*` stays within a segment, `**` crosses them, `?`
   * is one character, `{a,b}` is either.
   */
  include?: string[];
  /** Used to download sitemaps; the global `fetch` by default. */
  fetchImpl?: typeof fetch;
}

export interface ResolvedTargets {
  /** In the order given: inputs first (folders' files sorted), then each sitemap's pages. */
  targets: Target[];
  problems: TargetProblem[];
  /** The servers started for local files, one per root folder. */
  servers: StaticServer[];
  /** Stops every server; call it once the targets have been checked. */
  close(): Promise<void>;
}

const KIND_BY_EXTENSION: Record<string, TargetKind> = {
  html: 'page',
  htm: 'page',
  xhtml: 'page',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  webp: 'image',
  avif: 'image',
  tif: 'image',
  tiff: 'image',
  gif: 'image',
  svg: 'svg',
  pdf: 'pdf',
};

/** The kind of a file or URL path by its extension; undefined when it is none we check. */
export function kindOfPath(file: string): TargetKind | undefined {
  return KIND_BY_EXTENSION[extensionOf(file.replaceAll('\\', '/'))];
}

/** Folders never walked into. */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** A regular expression for a glob pattern (`*`, `**`, `?`, `{a,b}`), anchored at both ends. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else {
      source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
  }
  if (braces > 0) throw new Error(`Include pattern "${pattern}" has an unclosed "{"`);
  return new RegExp(`^${source}$`);
}

/** A predicate telling whether a found target's id passes the include patterns (all pass when none). */
function includeFilter(patterns: string[] | undefined): (id: string) => boolean {
  if (!patterns || patterns.length === 0) return () => true;
  const matchers = patterns.map((pattern) => {
    const regexp = globToRegExp(pattern);
    const onName = !pattern.includes('/');
    return (id: string) => {
      const withoutQuery = looksLikeUrl(id) ? new URL(id).pathname : id;
      const name = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
      return regexp.test(onName ? name : id);
    };
  });
  return (id) => matchers.some((matches) => matches(id));
}

/** Files below `folder` (absolute paths) whose kind we check, sorted; unreadable subfolders are reported. */
async function walk(folder: string, display: (file: string) => string, problems: TargetProblem[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({
        input: display(dir),
        code: 'unreadable',
        message: `Folder "${display(dir)}" cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) await visit(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // A symbolic link counts when it leads to a file; linked folders are not followed (no cycles).
        if (entry.isSymbolicLink() && !(await stat(full).catch(() => undefined))?.isFile()) continue;
        if (kindOfPath(entry.name)) found.push(full);
      }
    }
  };
  await visit(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Turns inputs into targets. Each input is an http(s) URL (a page, or an image, SVG or PDF when its
 * path ends with such an extension), a `file://` URL, a local file (kind by extension: html, htm,
 * xhtml → page; png, jpg, jpeg, webp, avif, tif, tiff, gif → image; svg → svg; pdf → pdf) or a folder
 * (every such file below it, sorted, skipping `node_modules`, dot folders and dot files).
 *
 * Local files are served by one static server per root folder (the folder given, or the file's
 * folder); their `url` is the served URL and their `id` the path relative to `cwd`, with `/`. URL ids
 * are the normalised URL. A target reached twice is kept once (the first time). A missing or
 * unreadable path, a file of unknown kind named directly, a folder with nothing to check or a bad
 * URL gives a problem, never an exception; the caller decides whether problems stop the run.
 *
 * @throws Error only for an invalid `include` pattern.
 */
export async function resolveTargets(inputs: string[], options: ResolveOptions): Promise<ResolvedTargets> {
  const cwd = path.resolve(options.cwd);
  const included = includeFilter(options.include);
  const problems: TargetProblem[] = [];
  const targets: Target[] = [];
  const ids = new Set<string>();
  const display = (file: string): string => path.relative(cwd, file).split(path.sep).join('/') || '.';

  /** Local files to serve, grouped by root folder, in the order first met. */
  const pending: { file: string; root: string; kind: TargetKind; input: string }[] = [];
  /** Placeholder positions so local and remote targets keep the order of the inputs. */
  const slots: (Target | { pendingIndex: number })[] = [];

  const addUrl = (url: string, origin: string): void => {
    const id = normaliseUrl(url);
    if (ids.has(id)) return;
    ids.add(id);
    slots.push({ id, url: id, kind: kindOfPath(new URL(id).pathname) ?? 'page', origin });
  };
  const addFile = (file: string, root: string, kind: TargetKind, input: string): void => {
    const id = display(file);
    if (ids.has(id)) return;
    ids.add(id);
    if (/[#?]/.test(path.relative(root, file))) {
      // The static server looks files up by decoded path, where `#` and `?` cannot appear.
      problems.push({
        input,
        code: 'unsupported-name',
        message: `"${id}" cannot be served: its path contains "#" or "?"; rename it to check it`,
      });
      return;
    }
    slots.push({ pendingIndex: pending.length });
    pending.push({ file, root, kind, input });
  };

  for (const input of inputs) {
    if (isHttpUrl(input)) {
      addUrl(input, 'argument');
      continue;
    }
    let local = input;
    if (input.startsWith('file:')) {
      try {
        local = fileURLToPath(input);
      } catch {
        problems.push({ input, code: 'invalid-url', message: `"${input}" is not a valid file URL` });
        continue;
      }
    } else if (looksLikeUrl(input)) {
      problems.push({ input, code: 'invalid-url', message: `"${input}" is not an http(s) URL, a file or a folder` });
      continue;
    }

    const absolute = path.resolve(cwd, local);
    let stats: Awaited<ReturnType<typeof stat>>;
    try {
      stats = await stat(absolute);
      await access(absolute, constants.R_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const hint = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(input) && !kindOfPath(input) ? ' (for a site, add https://)' : '';
        problems.push({ input, code: 'not-found', message: `"${input}" does not exist${hint}` });
      } else {
        problems.push({ input, code: 'unreadable', message: `"${input}" cannot be read: ${code ?? String(error)}` });
      }
      continue;
    }

    if (stats.isDirectory()) {
      const files = (await walk(absolute, display, problems)).filter((file) => included(display(file)));
      if (files.length === 0) {
        problems.push({
          input,
          code: 'empty-folder',
          message: `Folder "${input}" holds no page, image, SVG or PDF file to check${options.include?.length ? ' matching the include patterns' : ''}`,
        });
      }
      for (const file of files) addFile(file, absolute, kindOfPath(file) as TargetKind, input);
    } else {
      const kind = kindOfPath(absolute);
      if (!kind) {
        const extension = extensionOf(absolute);
        problems.push({
          input,
          code: 'unknown-kind',
          message: `"${input}" is not a page, image, SVG or PDF (${extension ? `unknown extension ".${extension}"` : 'no extension'}); expected .html, .htm, .xhtml, .png, .jpg, .jpeg, .webp, .avif, .tif, .tiff, .gif, .svg or .pdf`,
        });
        continue;
      }
      addFile(absolute, path.dirname(absolute), kind, input);
    }
  }

  for (const sitemap of options.sitemaps ?? []) {
    const read = await readSitemap(sitemap, { cwd, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
    problems.push(...read.problems);
    const origin = `sitemap ${sitemap}`;
    const kept = read.urls.filter((url) => included(url));
    if (read.urls.length > 0 && kept.length === 0) {
      problems.push({
        input: sitemap,
        code: 'empty-sitemap',
        message: `None of the ${read.urls.length} pages of sitemap ${sitemap} match the include patterns`,
      });
    }
    for (const url of kept) addUrl(url, origin);
  }

  // One server per distinct root folder, started only for roots that have targets.
  const servers = new Map<string, StaticServer>();
  const failedRoots = new Map<string, string>();
  for (const { root } of pending) {
    if (servers.has(root) || failedRoots.has(root)) continue;
    try {
      servers.set(root, await startStaticServer(root));
    } catch (error) {
      failedRoots.set(root, (error as Error).message);
    }
  }

  for (const slot of slots) {
    if (!('pendingIndex' in slot)) {
      targets.push(slot);
      continue;
    }
    const item = pending[slot.pendingIndex] as (typeof pending)[number];
    const server = servers.get(item.root);
    if (!server) {
      problems.push({
        input: item.input,
        code: 'server',
        message: `"${display(item.file)}" cannot be served: ${failedRoots.get(item.root)}`,
      });
      continue;
    }
    targets.push({
      id: display(item.file),
      url: server.urlFor(item.file),
      kind: item.kind,
      origin: 'argument',
      file: item.file,
    });
  }

  const started = [...servers.values()];
  return {
    targets,
    problems,
    servers: started,
    close: async () => {
      await Promise.all(started.map((server) => server.close()));
    },
  };
}
