/**
 * The audit of one asset (image, SVG, PDF): its bytes are read once (from disk, or downloaded when the user
 * named a URL), decoded by its reader, the bloc-marque looked for in its pixels, the pixels summarised, and
 * every asset rule run. Runs in a worker thread (src/run/asset-worker.js) or in-process; takes and returns
 * plain data only, so that it crosses thread boundaries.
 */
import { readFile, stat } from 'node:fs/promises';
import { loadCharter, paletteFor } from '../charter/index.ts';
import type { Asset, AssetLimits, Raster } from '../model/asset.ts';
import { DEFAULT_ASSET_LIMITS } from '../model/asset.ts';
import type { Box, Target, TargetError } from '../model/index.ts';
import type { AssetContext, Issue } from '../model/rule.ts';
import { readImage } from '../readers/image.ts';
import { readPdf } from '../readers/pdf.ts';
import { readSvg } from '../readers/svg.ts';
import { assetRules } from '../rules/asset/index.ts';
import { detectBlocMarques, measureBlocMarque } from '../vision/detect.ts';
import { summarisePixels } from '../vision/pixels.ts';
import { preview } from './preview.ts';

export type AssetUse = 'web' | 'print' | 'auto';

export interface AssetAuditOptions {
  charter: string;
  /** What the assets are for; `auto`: PDF and TIFF files are print, the others web. */
  use: AssetUse;
  limits: Partial<AssetLimits>;
  /** Judge photographs on the palette too. */
  photoPalette?: boolean;
  /** Make the annotated preview for the HTML report. */
  preview: boolean;
  /** Rules turned off for this target (their checks are skipped). */
  off: string[];
  /** Download timeout for assets named by URL, ms. */
  timeout: number;
}

export interface AssetAudit {
  status: 'checked' | 'failed';
  error?: TargetError;
  /** Issues by rule id, with the rules' default severities; the engine applies the configured ones. */
  issues: [string, Issue[]][];
  title: string;
  /** Annotated PNG preview, base64. */
  preview?: string;
  durationMs: number;
}

/** A charter and its palette, made once per thread: the palette keeps its nearest-colour answers between assets. */
const charters = new Map<string, { charter: ReturnType<typeof loadCharter>; palette: ReturnType<typeof paletteFor> }>();
function charterOf(id: string) {
  let known = charters.get(id);
  if (!known) {
    const charter = loadCharter(id);
    known = { charter, palette: paletteFor(charter) };
    charters.set(id, known);
  }
  return known;
}

const names = (target: Target) => decodeURIComponent(target.id.split(/[/\\]/).pop() || target.id);

/** A failure of an asset, with the code reports show. */
export class AssetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function load(target: Target, limits: AssetLimits, timeout: number): Promise<Uint8Array> {
  if (target.file) {
    const info = await stat(target.file).catch(() => undefined);
    if (!info) throw new AssetError('not-found', `${target.id}: file not found`);
    if (info.size > limits.maxBytes)
      throw new AssetError(
        'too-large',
        `${target.id}: ${info.size.toLocaleString('en')} bytes is above the ${limits.maxBytes.toLocaleString('en')}-byte limit (limits.maxBytes)`,
      );
    return new Uint8Array(await readFile(target.file));
  }
  const response = await fetch(target.url, { signal: AbortSignal.timeout(timeout), redirect: 'follow' }).catch(
    (error: Error) => {
      throw new AssetError(error.name === 'TimeoutError' ? 'timeout' : 'network', `${target.url}: ${error.message}`);
    },
  );
  if (!response.ok) throw new AssetError('http-status', `${target.url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes)
    throw new AssetError(
      'too-large',
      `${target.url}: ${declared.toLocaleString('en')} bytes is above the limit (limits.maxBytes)`,
    );
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.length;
    if (size > limits.maxBytes) {
      await reader?.cancel();
      throw new AssetError(
        'too-large',
        `${target.url}: more than ${limits.maxBytes.toLocaleString('en')} bytes (limits.maxBytes)`,
      );
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

const scaleBox = (b: Box, k: number): Box => ({ x: b.x / k, y: b.y / k, width: b.width / k, height: b.height / k });

/** Bloc-marque detection and measures, in the asset's own units. */
function findBlocMarques(asset: Asset, raster: Raster, clearSpace: number): void {
  const found = detectBlocMarques(raster);
  asset.blocMarques = found.map((m, i) => {
    const match = { ...m, box: scaleBox(m.box, raster.scale) };
    if (i > 0) return match;
    const measure = measureBlocMarque(raster, m.box, clearSpace * m.box.height);
    return {
      ...match,
      extent: scaleBox(measure.extent, raster.scale),
      clearSpace: {
        margin: measure.clearSpace.margin / raster.scale,
        free: measure.clearSpace.free,
        intrusions: measure.clearSpace.intrusions.map((b) => scaleBox(b, raster.scale)),
      },
    };
  });
}

export async function auditAsset(target: Target, options: AssetAuditOptions): Promise<AssetAudit> {
  const begin = Date.now();
  const limits = { ...DEFAULT_ASSET_LIMITS, ...options.limits };
  const title = names(target);
  try {
    const bytes = await load(target, limits, options.timeout);
    const reader = target.kind === 'svg' ? readSvg : target.kind === 'pdf' ? readPdf : readImage;
    const asset: Asset = await reader(bytes, target.id, limits);
    const { charter, palette } = charterOf(options.charter);
    const raster = asset.raster;
    if (raster) {
      findBlocMarques(asset, raster, charter.thresholds.blocMarque.clearSpace);
      if (asset.kind === 'image')
        asset.pixels = summarisePixels(raster, {
          palette: palette.colours.map((c) => c.value),
          tolerance: charter.thresholds.deltaERaster,
          mask: options.preview,
        });
    }
    const use =
      options.use !== 'auto'
        ? options.use
        : asset.kind === 'pdf' || (asset.kind === 'image' && asset.format === 'tiff')
          ? 'print'
          : 'web';
    const context: AssetContext = { charter, palette, use, photoPalette: options.photoPalette ?? false };
    const issues: [string, Issue[]][] = [];
    for (const rule of assetRules) {
      if (!rule.meta.kinds.includes(target.kind) || options.off.includes(rule.meta.id)) continue;
      const found = rule.check(asset, context);
      if (found.length) issues.push([rule.meta.id, found]);
    }
    return {
      status: 'checked',
      issues,
      title,
      ...(options.preview && raster
        ? { preview: await preview(raster, asset.blocMarques, asset.pixels?.offPaletteMask) }
        : {}),
      durationMs: Date.now() - begin,
    };
  } catch (error) {
    const e = error as Error & { code?: unknown };
    const code = typeof e.code === 'string' && /^[a-z-]+$/.test(e.code) ? e.code : 'read';
    const message =
      e.message?.startsWith(target.id) || e.message?.startsWith(target.url) ? e.message : `${target.id}: ${e.message}`;
    return { status: 'failed', error: { code, message }, issues: [], title, durationMs: Date.now() - begin };
  }
}
