import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A 1×1 PNG of DSFR blue (#000091). */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYJgIAACVAJLYAt6/AAAAAElFTkSuQmCC',
  'base64',
);

/** A few bytes with the wOF2 signature; the server only looks at the extension. */
export const WOFF2_BYTES = Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0, 0, 0, 0, 0]);

const made: string[] = [];

/** A new empty temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `charte-run-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `content` at `relative` below `root`, creating folders. */
export function write(root: string, relative: string, content: string | Buffer): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/**
 * A working folder holding `site/`: the fixture site plus binary files (PNG, WOFF2, JPEG), a
 * `node_modules` and dot entries that must never become targets, and `secret.txt` next to `site/`.
 */
export function makeWorkspace(): { cwd: string; site: string } {
  const cwd = tempDir('workspace');
  const site = path.join(cwd, 'site');
  cpSync(path.join(fixturesDir, 'site'), site, { recursive: true });
  write(site, 'images/photo.png', PNG_BYTES);
  write(site, 'images/Photo Équipe.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  write(site, 'fonts/marianne.woff2', WOFF2_BYTES);
  write(site, 'js/app.js', 'document.documentElement.dataset.ready = "yes";\n');
  write(site, 'node_modules/pkg/index.html', '<!doctype html><title>dependency</title>');
  write(site, '.git/description.html', '<!doctype html><title>git</title>');
  write(site, '.env', 'TOKEN=do-not-serve\n');
  write(site, 'images/.hidden.png', PNG_BYTES);
  write(cwd, 'secret.txt', 'SECRET OUTSIDE THE ROOT\n');
  return { cwd, site };
}

export interface TestServer {
  origin: string;
  /** How many times each path was requested. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** A loopback HTTP server answering with `handle`, counting requests per path. */
export async function startTestServer(
  handle: (pathname: string, req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    handle(pathname, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A GET request sent with the path exactly as written (fetch would resolve `..` segments before
 * sending), as an attacker would send it.
 */
export function rawGet(origin: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}
