/**
 * The asset audit through `charte check`, as the multimedia bureau runs it: a folder mixing a page, images, an
 * SVG and PDFs, audited in worker threads, with findings, failures, previews and exit codes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, TargetResult } from '../../src/model/index.ts';
import { check } from '../../src/run/engine.ts';
import { resolveTargets } from '../../src/run/targets.ts';
import { marianneBlockSvg } from '../../src/vision/marianne.ts';
import { runCli } from '../run-cli.ts';

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Accueil - Ministère</title></head><body><main><h1>Accueil</h1><p>Texte.</p></main></body></html>`;

/** A poster: Bleu France tint, the Marianne block at (x, y), a block of text-like bars. */
async function poster(block: string, x: number, y: number, height = 40) {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#f5f5fe' } })
    .composite([
      { input: Buffer.from(block), left: x, top: y },
      { input: { create: { width: 700, height: 60, channels: 3, background: '#000091' } }, left: 100, top: 500 },
      { input: { create: { width: 500, height: 30, channels: 3, background: '#161616' } }, left: 100, top: 600 },
    ])
    .png()
    .toBuffer()
    .then((png) => ({ png, height }));
}

let dir: string;
let report: Report;
let code: number;
let stderr: string;
const result = (name: string) => report.results.find((r) => r.target.id === name) as TargetResult;
const rules = (name: string) => [...new Set(result(name).findings.map((f) => f.ruleId))].sort();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'charte-assets-'));
  const folder = path.join(dir, 'livraison');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'index.html'), PAGE);
  writeFileSync(path.join(folder, 'affiche.png'), (await poster(marianneBlockSvg(40), 48, 48)).png);
  // Bottom right, recoloured green and black.
  const altered = marianneBlockSvg(40, 110, { left: '#18753c', right: '#161616' });
  writeFileSync(
    path.join(folder, 'visuel.jpg'),
    await sharp((await poster(altered, 1000, 800)).png)
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
  writeFileSync(
    path.join(folder, 'logo.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><rect width="200" height="80" fill="#ff00ff"/><text x="10" y="50" font-family="Comic Sans MS">Bonjour</text></svg>`,
  );
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Note de service', { x: 50, y: 780, size: 14, font });
  writeFileSync(path.join(folder, 'note.pdf'), await doc.save());
  writeFileSync(path.join(folder, 'vide.png'), '');

  const run = await runCli(
    ['check', 'livraison', '--no-axe', '-f', 'json,html', '-o', 'out', '--asset-workers', '2'],
    dir,
  );
  code = run.code;
  stderr = run.stderr;
  report = JSON.parse(readFileSync(path.join(dir, 'out/charte-report.json'), 'utf8'));
  if (!report.results.length) throw new Error(stderr);
}, 120_000);

describe('charte check on a folder of pages and assets', () => {
  it('checks the page and every asset of the folder, and exits 2 because one file cannot be read', () => {
    expect(report.results.map((r) => [r.target.id, r.target.kind, r.status]).sort()).toEqual([
      ['livraison/affiche.png', 'image', 'checked'],
      ['livraison/index.html', 'page', 'checked'],
      ['livraison/logo.svg', 'svg', 'checked'],
      ['livraison/note.pdf', 'pdf', 'checked'],
      ['livraison/vide.png', 'image', 'failed'],
      ['livraison/visuel.jpg', 'image', 'checked'],
    ]);
    expect(code).toBe(2);
    // The progress says how the work is shared: pages in the browser, assets on worker threads.
    expect(stderr).toMatch(/^checking 6 targets: pages \d at a time \(.+\), 5 assets on 2 worker threads$/m);
    expect(result('livraison/vide.png').error).toMatchObject({ code: 'empty' });
    expect(result('livraison/vide.png').error?.message).toContain('vide.png');
  });

  it('finds the conforming poster’s bloc-marque and has nothing against it', () => {
    expect(result('livraison/affiche.png').findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports the misplaced, recoloured bloc-marque of the visual, with its box', () => {
    expect(rules('livraison/visuel.jpg')).toEqual(
      expect.arrayContaining(['brand/bloc-marque-integrity', 'brand/bloc-marque-placement']),
    );
    const placement = result('livraison/visuel.jpg').findings.find((f) => f.ruleId === 'brand/bloc-marque-placement');
    expect(placement?.location?.box?.x).toBeGreaterThan(980);
    expect(placement?.location?.box?.y).toBeGreaterThan(780);
  });

  it('reports the SVG’s colours, typeface and missing name, and the PDF’s accessibility and fonts', () => {
    expect(rules('livraison/logo.svg')).toEqual(
      expect.arrayContaining(['brand/asset-typeface', 'brand/vector-palette', 'svg/accessible-name']),
    );
    expect(rules('livraison/note.pdf')).toEqual(
      expect.arrayContaining([
        'brand/bloc-marque-present',
        'pdf/fonts-embedded',
        'pdf/lang',
        'pdf/tagged',
        'pdf/title',
      ]),
    );
    expect(result('livraison/note.pdf').findings.find((f) => f.ruleId === 'pdf/lang')?.rgaa).toEqual(['13.3']);
  });

  it('shows an annotated preview of each asset in the HTML report, and none in the JSON by default', () => {
    const html = readFileSync(path.join(dir, 'out/charte-report.html'), 'utf8');
    expect(html.match(/<figure class="preview"><img src="data:image\/png;base64,/g)).toHaveLength(4);
    expect(report.results.some((r) => 'preview' in r)).toBe(false);
    expect(JSON.stringify(report)).not.toContain(dir);
  });

  it('finds the same in the calling thread as in the worker threads', async () => {
    const resolved = await resolveTargets(['livraison'], { cwd: dir });
    try {
      const assets = resolved.targets.filter((t) => t.kind !== 'page');
      const inThread = await check(assets, { axe: false, assetWorkers: 0 });
      for (const r of inThread.results) expect(r.findings, r.target.id).toEqual(result(r.target.id).findings);
    } finally {
      await resolved.close();
    }
  });

  it('downloads an asset named by URL, and fails one the server does not have with its HTTP status', async () => {
    const png = readFileSync(path.join(dir, 'livraison/affiche.png'));
    const server = createServer((req, res) => {
      if (req.url === '/affiche.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const targets = ['affiche.png', 'absente.png'].map((name) => ({
        id: `${origin}/${name}`,
        url: `${origin}/${name}`,
        kind: 'image' as const,
        origin: 'argument',
      }));
      const remote = await check(targets, { axe: false, assetWorkers: 0 });
      expect(remote.results[0]).toMatchObject({ status: 'checked' });
      expect(remote.results[0]?.findings).toEqual(result('livraison/affiche.png').findings);
      expect(remote.results[1]).toMatchObject({ status: 'failed', error: { code: 'http-status' } });
      expect(remote.results[1]?.error?.message).toBe(`${origin}/absente.png: HTTP 404`);
    } finally {
      server.close();
    }
  });
});
