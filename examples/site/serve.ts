/**
 * Serves the built example site: `pnpm --filter @charte/example-site serve [--port 8080]`
 * (or `pnpm site` from the repository root, which builds it first).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const flag = process.argv.indexOf('--port');
const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 8080));
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port: "${process.argv[flag + 1]}" is not a port number`);
  process.exit(2);
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist} has no index.html: build the site first (pnpm --filter @charte/example-site build)`);
  process.exit(2);
}
const serve = sirv(dist, { dev: true, extensions: ['html'] });
createServer((req, res) =>
  serve(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }),
)
  .on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : error.message);
    process.exit(2);
  })
  .listen(port, '127.0.0.1', () => console.log(`example site: http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
