/** `charte check --pa11yci`: a pa11y-ci configuration run as it is, and `--crawl` from the command line. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { startTestServer, type TestServer } from './run/helpers.ts';

async function run(args: string[], files: Record<string, string>) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'charte-pa11yci-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(cwd, name), content);
  let stderr = '';
  const sink = (append: (s: string) => void) => ({ write: (s: string) => append(s), isTTY: false });
  const code = await main(args, {
    stdout: sink(() => {}),
    stderr: sink((s) => {
      stderr += s;
    }),
    cwd,
    env: { CI: 'true' },
  });
  const report = JSON.parse(readFileSync(path.join(cwd, 'charte-report.json'), 'utf8'));
  return { code, stderr, report };
}

let server: TestServer;
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire</title></head><body><main>
<h1>Démarche</h1><button id="open" type="button">Ouvrir</button><div id="panel"></div>
<p style="color:#aaa">Texte pâle</p>
<script>document.getElementById('open').addEventListener('click', () => setTimeout(() => {
  document.getElementById('panel').innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"><span id="done">prêt</span>';
}, 100));</script></main></body></html>`;

beforeAll(async () => {
  server = await startTestServer((pathname, req, res) => {
    if (pathname === '/headers') {
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="fr"><title>${req.headers['x-token'] ?? 'none'}</title><body><main><p>x</p></main></body></html>`,
        );
    }
    if (pathname === '/' || pathname === '/page')
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('charte check --pa11yci', () => {
  it('runs each URL with its actions, headers and ignore list, and the runners the file names', async () => {
    const pa11yci = {
      defaults: { runners: ['axe'], timeout: 10_000, ignore: ['color-contrast'] },
      urls: [
        `${server.origin}/page`,
        { url: `${server.origin}/page`, actions: ['click element #open', 'wait for element #done to be added'] },
        { url: `${server.origin}/headers`, headers: { 'X-Token': 'secret-42' } },
      ],
    };
    const { code, stderr, report } = await run(['check', '--pa11yci', '.pa11yci', '-f', 'json'], {
      '.pa11yci': JSON.stringify(pa11yci),
    });
    expect(stderr).not.toMatch(/^warning:/m);
    expect(code).toBe(1);
    const [plain, clicked, headers] = report.results;
    expect(plain.target).toMatchObject({ id: `${server.origin}/page`, origin: 'pa11yci .pa11yci' });
    expect(clicked.target.id).toBe(`${server.origin}/page [2]`);
    const rules = (r: { findings: { ruleId: string }[] }) => new Set(r.findings.map((f) => f.ruleId));
    // The image only exists once the actions ran, before the page was read.
    expect(rules(clicked).has('axe/image-alt')).toBe(true);
    expect(rules(plain).has('axe/image-alt')).toBe(false);
    // ignore: ["color-contrast"] turns that axe rule off for these URLs; the brand rules still run.
    expect(rules(plain).has('axe/color-contrast')).toBe(false);
    expect(rules(plain).has('brand/palette')).toBe(true);
    expect(headers.title).toBe('secret-42');
  }, 90_000);

  it('ends a URL whose action fails as an explicit error naming the action, and checks the others', async () => {
    const { code, report } = await run(['check', '--pa11yci', 'pa11y.json', '-f', 'json', '--no-axe'], {
      // A short timeout for the action that cannot succeed only: the other page keeps the default, however
      // loaded the machine.
      'pa11y.json': JSON.stringify({
        urls: [
          { url: `${server.origin}/page`, timeout: 2000, actions: ['click element #nowhere'] },
          `${server.origin}/headers`,
        ],
      }),
    });
    expect(code).toBe(2);
    expect(report.results[0].error.code).toBe('action');
    expect(report.results[0].error.message).toContain('click element #nowhere');
    expect(report.results[1].status).toBe('checked');
  }, 60_000);

  it('refuses a configuration it cannot read, naming the file', async () => {
    await expect(run(['check', '--pa11yci', 'broken.json'], { 'broken.json': '{ "urls": [' })).rejects.toThrow(
      /broken\.json/,
    );
  });
});

describe('charte check --crawl', () => {
  it('needs an http(s) URL', async () => {
    await expect(run(['check', '--crawl', 'site/'], {})).rejects.toThrow(/--crawl needs an http\(s\) URL/);
  });
});
