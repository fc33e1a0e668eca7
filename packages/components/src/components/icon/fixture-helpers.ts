/**
 * Helpers for the fixtures of the components that draw DSFR icons (icon, button, link, tag, badge…).
 * Test-only: imported by `*.fixtures.ts` files, never by a component. No import from test/, so that the
 * package build (which compiles src/) stays self-contained.
 */
import { iconUrl } from '../../base/icons.ts';

/** Every element under `root`, shadow roots included (as test/dom.ts's, kept here so this file needs no test import). */
function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/**
 * DSFR's rule for one icon class, as its icon utility stylesheet (`dist/utility/icons/…`) writes it. The
 * parity page loads only `dsfr.min.css`, which names a few icons; a DSFR page using `fr-icon-<name>` loads
 * the utility stylesheet too. Put this `<style>` in a fixture's `dsfr` markup to get the same icon file.
 */
export function dsfrIconStyle(...names: string[]): string {
  const rules = names.map((name) => {
    const url = iconUrl(name);
    return `.fr-icon-${name}::before,.fr-icon-${name}::after{-webkit-mask-image:url("${url}");mask-image:url("${url}")}`;
  });
  return `<style>${rules.join('')}</style>`;
}

const urlsOf = (value: string) => [...value.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1]!);

/**
 * A fixture's `prepare`: waits until every mask image drawn on both sides (icons of elements and of their
 * `::before`/`::after`) is loaded and decoded, so the screenshots do not race the icon files.
 */
export async function masksLoaded(sides: { ours: HTMLElement; dsfr: HTMLElement }): Promise<void> {
  const urls = new Set<string>();
  for (const root of [sides.ours, sides.dsfr]) {
    for (const el of [root, ...allElements(root)]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        for (const url of urlsOf(style.maskImage || style.getPropertyValue('-webkit-mask-image'))) urls.add(url);
      }
    }
  }
  await Promise.all(
    [...urls].map((url) => {
      const image = new Image();
      image.src = url;
      return image.decode().catch(() => undefined);
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Puts markup on DSFR's page surface (`--background-default-grey`, what DSFR's CSS gives `<body>`). For
 * components with a transparent background (secondary and tertiary buttons, link details): the axe page
 * loads no DSFR CSS, so without it their dark-theme text would be measured against a white page.
 */
export const onSurface = (markup: string) =>
  `<div style="background-color: var(--background-default-grey)">${markup}</div>`;
