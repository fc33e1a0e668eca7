/**
 * Test-only helpers for the fixtures of alert, notice, callout: DSFR's icon utility rule for one icon, and a
 * `prepare` that waits for the icon files drawn as masks. (The parity page loads only `dsfr.min.css`, which
 * does not hold every `fr-icon-*` class; a DSFR page using one loads DSFR's icon utility stylesheet too.)
 */
import { allElements } from '../../../test/dom.ts';
import { iconUrl } from '../../base/icons.ts';

/** DSFR's rule for `fr-icon-<name>`, as its icon utility stylesheet writes it, in a `<style>`. */
export function dsfrIcon(name: string): string {
  const url = iconUrl(name);
  return `<style>.fr-icon-${name}::before,.fr-icon-${name}::after{-webkit-mask-image:url("${url}");mask-image:url("${url}")}</style>`;
}

/** A fixture's `prepare`: waits until every mask image of both sides is loaded and decoded. */
export async function iconsLoaded(sides: { ours: HTMLElement; dsfr: HTMLElement }): Promise<void> {
  const urls = new Set<string>();
  for (const root of [sides.ours, sides.dsfr]) {
    for (const el of [root, ...allElements(root)]) {
      for (const pseudo of [null, '::before', '::after']) {
        const value = getComputedStyle(el, pseudo).maskImage;
        for (const match of value.matchAll(/url\("?([^")]+)"?\)/g)) urls.add(match[1]!);
      }
    }
  }
  await Promise.all(
    [...urls].map(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode().catch(() => undefined);
    }),
  );
}
