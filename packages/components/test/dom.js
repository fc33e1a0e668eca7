/** Helpers shared by the browser tests. */
/**
 * The element `selector` names, where `>>>` enters the shadow root of what was matched so far:
 * `charte-tabs >>> [role=tab]`.
 */
export function deepQuery(root, selector) {
  let scope = root;
  let found = null;
  for (const part of selector.split('>>>').map((s) => s.trim())) {
    if (!scope) return null;
    found = part === ':host' ? (scope.host ?? null) : scope.querySelector(part);
    scope = found?.shadowRoot ?? found;
  }
  return found;
}
/** Waits until every charte element under `root` has rendered, and fonts are loaded. */
export async function settled(root) {
  for (let pass = 0; pass < 3; pass++) {
    const elements = [...allElements(root)].filter((el) => el.localName.startsWith('charte-'));
    await Promise.all(elements.map((el) => el.updateComplete));
  }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
/** Every element under `root`, shadow roots included. */
export function* allElements(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}
/** Renders `markup` into a fresh container at the end of the body. */
export async function mount(markup, id = 'fixture') {
  document.getElementById(id)?.remove();
  const container = document.createElement('div');
  container.id = id;
  container.innerHTML = markup;
  document.body.append(container);
  await settled(container);
  return container;
}
/** Sets the theme as DSFR does: `data-fr-theme` on `<html>`. */
export function setTheme(theme) {
  document.documentElement.setAttribute('data-fr-theme', theme);
  document.documentElement.setAttribute('data-fr-scheme', theme);
}
