/**
 * A local HTTP server for the files the user names, so pages are loaded by URL like any site and
 * their stylesheets, fonts and images load with the right content types. It listens on the loopback
 * interface only, on a port the system picks, and never serves a file outside its root folder.
 */
import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Absolute path of the folder served. */
  root: string;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The URL of a file below `root` (absolute path, or path relative to `root`). */
  urlFor(file: string): string;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** Characters left as they are in a URL path segment: RFC 3986 sub-delimiters, `:` and `@`. */
const PATH_SAFE = /%(2[46BC]|3[ABD]|40)/gi;

/** A file name percent-encoded for a URL path, keeping characters a path may contain literally. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(PATH_SAFE, (sequence) => decodeURIComponent(sequence));
}

/**
 * True when the request path, once decoded, climbs out of the root (`..` segments, written plainly or
 * percent-encoded, including `..%2f`) or holds a NUL byte. Such requests get a 404 before any lookup.
 */
function isTraversal(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return decoded.includes('\0') || decoded.split(/[/\\]/).includes('..');
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

/**
 * Serves `root` on `127.0.0.1` with an ephemeral port. Files are listed once at start (files added
 * later are not served); `folder/` serves `folder/index.html`; dot files, missing files and any path
 * outside `root` get a 404; only GET and HEAD are answered.
 *
 * @throws Error naming `root` when it is not a folder.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  let isFolder = false;
  try {
    isFolder = statSync(absoluteRoot).isDirectory();
  } catch (error) {
    throw new Error(`Cannot serve "${root}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!isFolder) throw new Error(`Cannot serve "${root}": not a folder`);

  // dev: files are read when asked for, not listed up front (a root may be large).
  const serve = sirv(absoluteRoot, { dev: true, etag: true, dotfiles: false, extensions: ['html', 'htm'] });

  const hiddenSegment = (raw: string) => {
    try {
      return decodeURIComponent(raw)
        .split(/[\\/]/)
        .some((segment) => segment.startsWith('.'));
    } catch {
      return true;
    }
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (isTraversal(rawPath) || hiddenSegment(rawPath)) {
      notFound(res);
      return;
    }
    serve(req, res, () => notFound(res));
  };

  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;

  return {
    root: absoluteRoot,
    origin,
    urlFor(file: string): string {
      const absolute = path.resolve(absoluteRoot, file);
      const relative = path.relative(absoluteRoot, absolute);
      if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
        throw new Error(`"${file}" is outside the served folder "${absoluteRoot}"`);
      }
      return `${origin}/${relative.split(path.sep).map(encodeSegment).join('/')}`;
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
