/**
 * Shared by the benchmarks: timing a command, a loopback server for the pages measured, and writing a
 * section of docs/benchmarks.md between markers so each benchmark owns its part of the file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The installed @gouvfr/dsfr: its folder and version. */
export const dsfrRoot = path.dirname(
  createRequire(path.join(root, 'packages/tokens/package.json')).resolve('@gouvfr/dsfr/package.json'),
);
export const dsfrVersion = JSON.parse(readFileSync(path.join(dsfrRoot, 'package.json'), 'utf8')).version as string;

/** DSFR's example pages (their index.html, relative to `example/`, sorted) whose path matches `filter`. */
export function dsfrExamplePages(filter: RegExp): string[] {
  const base = path.join(dsfrRoot, 'example');
  const below = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return below(full);
      return name === 'index.html' ? [path.relative(base, full)] : [];
    });
  return below(base)
    .sort()
    .filter((p) => filter.test(p));
}

export interface Timed {
  label: string;
  command: string;
  seconds: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and measures its wall-clock time. */
export function timeCommand(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Timed> {
  const started = process.hrtime.bigint();
  process.stderr.write(
    `→ ${label}: ${command} ${args.length > 6 ? `${args.slice(0, 6).join(' ')} … (${args.length} arguments)` : args.join(' ')}\n`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`  ${seconds.toFixed(1)} s, exit code ${code}\n`);
      resolve({ label, command: [command, ...args].join(' '), seconds, code: code ?? -1, stdout, stderr });
    });
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Serves folders under URL prefixes on 127.0.0.1. HTML is served without its references to other
 * hosts (script and stylesheet tags), so every tool measured loads exactly the same local resources.
 */
export async function serveFolders(
  mounts: Record<string, string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    let file = prefix ? path.join(mounts[prefix] as string, pathname.slice(prefix.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!prefix || !file.startsWith(mounts[prefix] as string) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (type.startsWith('text/html'))
      body = body
        .toString('utf8')
        .replace(/<script\b[^>]*\bsrc="https?:\/\/[^"]*"[^>]*>\s*<\/script>/gi, '')
        .replace(/<link\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/gi, '');
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Replaces the part of docs/benchmarks.md between `<!-- bench:name -->` and `<!-- /bench:name -->`. */
export function writeSection(name: string, markdown: string): string {
  const file = path.join(root, 'docs/benchmarks.md');
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  return file;
}

/** One line naming the machine, for the table's caption. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}`;
}
