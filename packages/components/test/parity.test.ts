/**
 * Parity with DSFR: each fixture's element and the same DSFR markup styled by @gouvfr/dsfr's own CSS are
 * rendered in the same page, at 375 and 1280 px, light and dark. Their key computed styles must be equal and
 * their screenshots may differ by at most 2% of the pixels. Results go to .parity/results.json (and
 * the images of any failing case next to it); `pnpm parity` turns them into docs/parity.md.
 */
import '@gouvfr/dsfr/dist/dsfr.min.css';
import pixelmatch from 'pixelmatch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { deepQuery, masksLoaded, parkPointer, setTheme, settled } from './dom.ts';
import { fixtures } from './fixtures.ts';
import { MAX_PIXEL_DIFF, type ParityResult, PROPERTIES } from './parity-spec.ts';

const results: ParityResult[] = [];
const OUT = '.parity';

async function decode(base64: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Pads `image` to w × h with a colour no real rendering uses, so size differences count as differences. */
function padded(image: ImageData, w: number, h: number, fill: [number, number, number]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) out.set([...fill, 255], i * 4);
  for (let y = 0; y < image.height; y++) {
    out.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), y * w * 4);
  }
  return out;
}

async function screenshotDiff(ours: Element, dsfr: Element, name: string) {
  // The other side is taken out of the rendering with `display: none`, not `visibility: hidden`: visibility is
  // inherited, so a descendant that sets `visibility: visible` stays drawn, and one with a visibility transition
  // (DSFR's `.fr-collapse`, `transition: visibility .3s`) stays drawn for the length of the transition. Either
  // would draw both sides in one screenshot, depending on how long the screenshot takes.
  const shoot = async (element: Element, hide: HTMLElement) => {
    hide.style.display = 'none';
    const image = await decode(await page.screenshot({ element, save: false }));
    hide.style.display = '';
    return image;
  };
  const a = await shoot(ours, document.getElementById('parity-dsfr')!);
  const b = await shoot(dsfr, document.getElementById('parity-ours')!);
  const w = Math.max(a.width, b.width);
  const h = Math.max(a.height, b.height);
  const diff = new Uint8ClampedArray(w * h * 4);
  const pixels = pixelmatch(padded(a, w, h, [255, 0, 255]), padded(b, w, h, [0, 255, 255]), diff, w, h, {
    threshold: 0.1,
  });
  const ratio = w * h === 0 ? 0 : pixels / (w * h);
  if (ratio > MAX_PIXEL_DIFF) {
    // Keep the images of a failing case to look at: ours, DSFR's and the difference.
    const save = async (data: Uint8ClampedArray, suffix: string) => {
      const canvas = new OffscreenCanvas(w, h);
      canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(data), w, h), 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      await commands.writeFile(`${OUT}/${name}.${suffix}.png`, btoa(binary), 'base64');
    };
    await save(padded(a, w, h, [255, 0, 255]), 'ours');
    await save(padded(b, w, h, [0, 255, 255]), 'dsfr');
    await save(diff, 'diff');
  }
  return {
    ratio,
    size: { ours: [a.width, a.height] as [number, number], dsfr: [b.width, b.height] as [number, number] },
  };
}

beforeAll(parkPointer);

afterEach(() => {
  for (const name of [...document.documentElement.attributes].map((a) => a.name)) {
    if (name.startsWith('data-fr-')) document.documentElement.removeAttribute(name);
  }
});

afterAll(async () => {
  const noParity = fixtures.filter((f) => !f.dsfr).map((f) => ({ id: f.id, reason: f.noParity ?? '' }));
  await commands.writeFile(`${OUT}/results.json`, `${JSON.stringify({ results, noParity }, null, 1)}\n`);
});

describe('parity with DSFR', () => {
  for (const fixture of fixtures.filter((f) => f.dsfr)) {
    for (const width of fixture.widths ?? [375, 1280]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${fixture.id} at ${width}px (${theme})`, async () => {
          await page.viewport(width, 900);
          document.documentElement.lang = 'fr';
          setTheme(theme);
          for (const [name, value] of Object.entries(fixture.rootAttributes ?? {}))
            document.documentElement.setAttribute(name, value);
          document.body.style.margin = '0';
          document.getElementById('parity')?.remove();
          const root = document.createElement('div');
          root.id = 'parity';
          root.style.position = 'relative';
          // Both sides at the same place (one hidden while the other is screenshotted): same pixel grid.
          const side = 'position:absolute;top:0;left:0;right:0;padding:8px 16px';
          root.innerHTML = `<div id="parity-ours" style="${side}"></div><div id="parity-dsfr" style="${side}"></div>`;
          document.body.append(root);
          const ours = root.querySelector<HTMLElement>('#parity-ours')!;
          const dsfr = root.querySelector<HTMLElement>('#parity-dsfr')!;
          ours.innerHTML = fixture.html;
          dsfr.innerHTML = fixture.dsfr!;
          await settled(root);
          await fixture.prepare?.({ ours, dsfr });
          await settled(root);
          // Icons are mask images fetched from files: the screenshots must not race them.
          await masksLoaded({ ours, dsfr });

          const pairs = fixture.compare ?? [[':scope > *', ':scope > *']];
          const result: ParityResult = {
            id: fixture.id,
            width,
            theme,
            mismatches: [],
            pixelDiff: 1,
            size: { ours: [0, 0], dsfr: [0, 0] },
            ...(fixture.parityGap ? { gap: fixture.parityGap } : {}),
          };
          results.push(result);
          for (const [oursSelector, dsfrSelector] of pairs) {
            const a = deepQuery(ours, oursSelector);
            const b = dsfr.querySelector(dsfrSelector);
            if (!a || !b) {
              result.error = `nothing matches ${a ? `DSFR's "${dsfrSelector}"` : `"${oursSelector}"`}`;
              throw new Error(`${fixture.id}: ${result.error}`);
            }
            const [sa, sb] = [getComputedStyle(a), getComputedStyle(b)];
            for (const property of PROPERTIES) {
              if (fixture.styleExceptions?.[property]) continue;
              const [va, vb] = [sa.getPropertyValue(property), sb.getPropertyValue(property)];
              if (va !== vb)
                result.mismatches.push({ pair: `${oursSelector} | ${dsfrSelector}`, property, ours: va, dsfr: vb });
            }
          }
          const [first] = pairs;
          const shot = await screenshotDiff(
            deepQuery(ours, first![0])!,
            dsfr.querySelector(first![1])!,
            `${fixture.id.replace('/', '--')}-${width}-${theme}`,
          );
          result.pixelDiff = shot.ratio;
          result.size = shot.size;

          if (fixture.parityGap) return;
          expect(result.mismatches).toEqual([]);
          expect(shot.ratio, `${(shot.ratio * 100).toFixed(2)}% of the pixels differ`).toBeLessThanOrEqual(
            MAX_PIXEL_DIFF,
          );
        });
      }
    }
  }
});
