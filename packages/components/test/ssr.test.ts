/**
 * Server rendering: every fixture renders with @lit-labs/ssr to declarative shadow DOM (in Node, before
 * the tests) and hydrates here in Chromium without an error, ending as the client-side render would.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { allElements, mount, settled } from './dom.ts';
import { fixtures } from './fixtures.ts';

const rendered = inject('ssr');
let errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.error?.message ?? event.message));
const originalConsoleError = console.error;

beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalConsoleError(...args);
  };
});
afterEach(() => {
  window.removeEventListener('error', onError);
  console.error = originalConsoleError;
});

/** What the user sees and hears of a subtree: the text and names of every shadow root (no styles), whitespace folded. */
const shadowText = (root: ShadowRoot) => {
  const clone = document.createElement('div');
  for (const child of root.childNodes) clone.append(child.cloneNode(true));
  for (const style of clone.querySelectorAll('style')) style.remove();
  // Names and titles are read out too: they must be in the same language.
  for (const el of clone.querySelectorAll('[aria-label], [title], [alt]'))
    el.append(['aria-label', 'title', 'alt'].map((name) => `[${el.getAttribute(name) ?? ''}]`).join(''));
  return clone.textContent ?? '';
};
const visibleText = (root: ParentNode) =>
  [...allElements(root)]
    .filter((el) => el.shadowRoot)
    .map((el) => `${el.localName}:${shadowText(el.shadowRoot!)}`)
    .join('|')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Server-renders `fixture`, hydrates it (inside an element with `lang` when given: the server saw none) and
 * checks it ends as a client-side render in the same place.
 */
async function hydrates(fixture: (typeof fixtures)[number], lang?: string) {
  const ssr = rendered[fixture.id];
  expect(ssr?.error, 'server rendering failed').toBeUndefined();
  expect(ssr?.html).toMatch(/<template shadowroot(mode)?="open"/);
  const wrap = (markup: string) => (lang ? `<div lang="${lang}">${markup}</div>` : markup);

  const client = visibleText(await mount(wrap(fixture.html), 'client'));
  document.getElementById('client')?.remove();

  const container = document.createElement('div');
  container.id = 'ssr';
  document.getElementById('ssr')?.remove();
  container.setHTMLUnsafe(wrap(ssr!.html!));
  document.body.append(container);
  await settled(container);
  expect(errors).toEqual([]);
  const charteElements = [...allElements(container)].filter((el) => el.localName.startsWith('charte-'));
  expect(charteElements.length).toBeGreaterThan(0);
  for (const el of charteElements)
    expect((el as Element & { hasUpdated: boolean }).hasUpdated, el.localName).toBe(true);
  expect(visibleText(container), fixture.id).toBe(client);
  container.remove();
}

describe('server rendering and hydration', () => {
  for (const fixture of fixtures) it(fixture.id, () => hydrates(fixture));
});

describe('server rendering in an English page', () => {
  // The server cannot see the page's language: the hydrated elements must switch to it.
  const components = [...new Set(fixtures.map((f) => f.id.split('/')[0]!))];
  for (const component of components)
    it(`${component}/* end in English`, async () => {
      for (const fixture of fixtures.filter((f) => f.id.startsWith(`${component}/`))) await hydrates(fixture, 'en');
    });
});
