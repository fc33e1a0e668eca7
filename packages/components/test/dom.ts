/** Helpers shared by the browser tests. */

/**
 * The element `selector` names, where `>>>` enters the shadow root of what was matched so far:
 * `charte-tabs >>> [role=tab]`.
 */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const part of selector.split('>>>').map((s) => s.trim())) {
    if (!scope) return null;
    found = part === ':host' ? ((scope as ShadowRoot).host ?? null) : scope.querySelector(part);
    scope = found?.shadowRoot ?? found;
  }
  return found;
}

/** Waits until every charte element under `root` has rendered, and fonts are loaded. */
export async function settled(root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const elements = [...allElements(root)].filter((el) => el.localName.startsWith('charte-'));
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Every element under `root`, shadow roots included. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Renders `markup` into a fresh container at the end of the body. */
export async function mount(markup: string, id = 'fixture'): Promise<HTMLElement> {
  document.getElementById(id)?.remove();
  const container = document.createElement('div');
  container.id = id;
  container.innerHTML = markup;
  document.body.append(container);
  await settled(container);
  return container;
}

/** Sets the theme as DSFR does: `data-fr-theme` on `<html>`. */
export function setTheme(theme: 'light' | 'dark') {
  document.documentElement.setAttribute('data-fr-theme', theme);
  document.documentElement.setAttribute('data-fr-scheme', theme);
}

/**
 * Moves the pointer to the viewport's bottom-right corner, off the content: a hovered element left by an
 * earlier test would change colours measured later (contrast, parity).
 */
export async function parkPointer(): Promise<void> {
  const { userEvent } = await import('vitest/browser');
  const spot = document.createElement('div');
  spot.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px;z-index:2147483647';
  document.body.append(spot);
  await userEvent.hover(spot);
  spot.remove();
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
