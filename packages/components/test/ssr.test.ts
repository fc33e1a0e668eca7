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

/** What the user sees of a subtree: the text of every shadow root (styles left out), whitespace folded. */
const shadowText = (root: ShadowRoot) => {
  const clone = document.createElement('div');
  for (const child of root.childNodes) clone.append(child.cloneNode(true));
  for (const style of clone.querySelectorAll('style')) style.remove();
  return clone.textContent ?? '';
};
const visibleText = (root: ParentNode) =>
  [...allElements(root)]
    .filter((el) => el.shadowRoot)
    .map((el) => `${el.localName}:${shadowText(el.shadowRoot!)}`)
    .join('|')
    .replace(/\s+/g, ' ')
    .trim();

describe('server rendering and hydration', () => {
  for (const fixture of fixtures) {
    it(fixture.id, async () => {
      const ssr = rendered[fixture.id];
      expect(ssr?.error, 'server rendering failed').toBeUndefined();
      expect(ssr?.html).toMatch(/<template shadowroot(mode)?="open"/);

      const client = visibleText(await mount(fixture.html, 'client'));
      document.getElementById('client')?.remove();

      const container = document.createElement('div');
      container.id = 'ssr';
      document.getElementById('ssr')?.remove();
      container.setHTMLUnsafe(ssr!.html!);
      document.body.append(container);
      await settled(container);
      expect(errors).toEqual([]);
      const charteElements = [...allElements(container)].filter((el) => el.localName.startsWith('charte-'));
      expect(charteElements.length).toBeGreaterThan(0);
      for (const el of charteElements)
        expect((el as Element & { hasUpdated: boolean }).hasUpdated, el.localName).toBe(true);
      expect(visibleText(container)).toBe(client);
      container.remove();
    });
  }
});
