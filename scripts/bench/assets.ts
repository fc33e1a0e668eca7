/**
 * Speed of the asset audit: the full audit of a set of images (`check()` with its worker pool: decoding,
 * bloc-marque detection, pixel summary, every asset rule) against a bare sharp decode plus `stats()` of the
 * same files, in one run, with as many files in flight as there are cores for both; and PDF pages read per
 * second. The files are made by this script (posters with the Marianne block, flat graphics, synthetic
 * photographs; multi-page PDFs) in .cache/bench-assets/. Writes its section of docs/benchmarks.md.
 *
 *   pnpm bench:assets [--images N] [--runs N]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import type { Target } from '../../packages/checker/src/model/index.ts';
import { check } from '../../packages/checker/src/run/engine.ts';
import { marianneBlockSvg } from '../../packages/checker/src/vision/marianne.ts';
import { machine, root, writeSection } from './lib.ts';

const { values } = parseArgs({
  options: { images: { type: 'string', default: '48' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.images);
const runs = Number(values.runs);
const dir = path.join(root, '.cache/bench-assets');
mkdirSync(dir, { recursive: true });

let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const PALETTE = ['#000091', '#e1000f', '#f5f5fe', '#ececfe', '#fef4f4', '#161616', '#ffffff', '#6a6af4', '#009081'];
const pick = () => PALETTE[Math.floor(random() * PALETTE.length)] as string;

async function poster(file: string, width: number, height: number, format: 'jpeg' | 'png') {
  const block = Math.round(height * (0.03 + random() * 0.05));
  const shapes = Array.from({ length: 6 }, () => {
    const w = Math.round(width * (0.1 + random() * 0.4));
    const h = Math.round(height * (0.05 + random() * 0.3));
    return `<rect x="${Math.round(random() * (width - w))}" y="${Math.round(height * 0.3 + random() * (height * 0.7 - h))}" width="${w}" height="${h}" fill="${pick()}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${pick()}"/>${shapes}</svg>`;
  const image = sharp(Buffer.from(svg)).composite([
    { input: Buffer.from(marianneBlockSvg(block)), left: Math.round(block * 1.5), top: Math.round(block * 1.5) },
  ]);
  await (format === 'jpeg' ? image.jpeg({ quality: 85 }) : image.png()).toFile(file);
}

async function photo(file: string, width: number, height: number) {
  const small = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < small.length; i++) small[i] = Math.floor(random() * 256);
  const noise = Buffer.alloc(width * height);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(random() * 40);
  await sharp(small, { raw: { width: 64, height: 48, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .blur(3)
    .composite([{ input: noise, raw: { width, height, channels: 1 }, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toFile(file);
}

async function pdf(file: string, pages: number) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 40; line++)
      page.drawText(`Page ${p + 1}, ligne ${line + 1} : texte courant d'un rapport de la République française.`, {
        x: 50,
        y: 790 - line * 18,
        size: 10,
        font,
        color: rgb(0.09, 0.09, 0.09),
      });
    page.drawRectangle({ x: 50, y: 40, width: 200, height: 20, color: rgb(0, 0, 0.57) });
  }
  writeFileSync(file, await doc.save());
}

process.stderr.write(`making ${count} images and 4 PDF files in ${path.relative(root, dir)}/\n`);
const images: string[] = [];
for (let i = 0; i < count; i++) {
  const kind = i % 4;
  const file = path.join(dir, `image-${i}.${kind === 1 ? 'png' : 'jpg'}`);
  if (kind === 3) await photo(file, 1920, 1280);
  else await poster(file, kind === 1 ? 1200 : 1920, kind === 1 ? 1200 : 1080, kind === 1 ? 'png' : 'jpeg');
  images.push(file);
}
const pdfs: string[] = [];
for (let i = 0; i < 4; i++) {
  const file = path.join(dir, `document-${i}.pdf`);
  await pdf(file, 25);
  pdfs.push(file);
}

const cores = availableParallelism();
const targetOf = (file: string): Target => ({
  id: path.relative(root, file),
  url: `file://${file}`,
  kind: file.endsWith('.pdf') ? 'pdf' : 'image',
  origin: 'argument',
  file,
});

/** Runs `work` over the files with `cores` in flight; returns the wall time in ms. */
async function timed(files: string[], work: (file: string) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const queue = [...files];
  await Promise.all(
    Array.from({ length: cores }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await work(file);
    }),
  );
  return performance.now() - started;
}

const bare: number[] = [];
const audit: number[] = [];
let checked = 0;
let failed = 0;
for (let run = 0; run < runs; run++) {
  bare.push(await timed(images, (file) => sharp(file).stats()));
  const started = performance.now();
  const report = await check(images.map(targetOf), { axe: false });
  audit.push(performance.now() - started);
  checked = report.summary.checked;
  failed = report.summary.failed;
  process.stderr.write(
    `run ${run + 1}: bare ${Math.round(bare.at(-1) as number)} ms, audit ${Math.round(audit.at(-1) as number)} ms\n`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const bareMs = median(bare);
const auditMs = median(audit);
const ratio = auditMs / bareMs;

const pdfStarted = performance.now();
const pdfReport = await check(pdfs.map(targetOf), { axe: false, assetLimits: { maxPdfPages: 25 } });
const pdfMs = performance.now() - pdfStarted;
const pdfPages = pdfs.length * 25;

const megabytes = images.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
const table = [
  '## Asset audit speed',
  '',
  `Run: \`pnpm bench:assets --images ${count} --runs ${runs}\` on ${machine()}, ${cores} in flight for both sides; medians of ${runs} runs.`,
  '',
  `| command | ${count} images (${megabytes.toFixed(1)} MB: 1920×1080 JPEG posters, 1200×1200 PNG, 1920×1280 JPEG photos) | per image | ratio |`,
  '| --- | ---: | ---: | ---: |',
  `| bare: \`sharp(file).stats()\` | ${(bareMs / 1000).toFixed(2)} s | ${(bareMs / count).toFixed(1)} ms | 1 |`,
  `| charte: full audit (\`check()\`, worker pool) | ${(auditMs / 1000).toFixed(2)} s | ${(auditMs / count).toFixed(1)} ms | **${ratio.toFixed(2)}×** |`,
  '',
  `Target: the audit at most 3× the bare decode: **${ratio <= 3 ? 'met' : 'not met'}** (${ratio.toFixed(2)}×). ${checked} images checked, ${failed} failed. The audit's time includes starting its worker threads.`,
  '',
  `PDF: ${pdfs.length} documents of 25 pages (text on every page), read in full (text, fonts, colours; first page rendered): ${(pdfMs / 1000).toFixed(2)} s, **${(pdfPages / (pdfMs / 1000)).toFixed(0)} pages per second** (${pdfReport.summary.checked} checked, ${pdfReport.summary.failed} failed).`,
].join('\n');
writeSection('assets', table);
process.stdout.write(`${table}\n`);
