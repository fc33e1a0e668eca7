import { afterAll, afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteSidemenu, CharteSidemenuItem } from './sidemenu.ts';

afterAll(async () => {
  // Leave the pointer in a corner, off the content: a hovered element would change later tests' colours.
  const spot = document.createElement('div');
  spot.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(spot);
  await userEvent.hover(spot);
  spot.remove();
});

const markup = `<charte-sidemenu heading="Titre de rubrique">
  <charte-sidemenu-item label="Section A">
    <charte-sidemenu-item href="/a/1">A 1</charte-sidemenu-item>
    <charte-sidemenu-item label="Section A 2">
      <charte-sidemenu-item href="/a/2/1">A 2 1</charte-sidemenu-item>
    </charte-sidemenu-item>
  </charte-sidemenu-item>
  <charte-sidemenu-item label="Section B">
    <charte-sidemenu-item href="/b/1" current>B 1</charte-sidemenu-item>
  </charte-sidemenu-item>
  <charte-sidemenu-item href="/c">C</charte-sidemenu-item>
</charte-sidemenu>`;

afterEach(async () => {
  await page.viewport(1280, 900);
});

const items = (root: ParentNode) => [...root.querySelectorAll('charte-sidemenu-item')] as CharteSidemenuItem[];
const button = (item: Element) => item.shadowRoot!.querySelector('button') as HTMLButtonElement;
const link = (item: Element) => item.shadowRoot!.querySelector('a') as HTMLAnchorElement;

it('renders levels, links, sections and the current page, its section open', async () => {
  const root = await mount(markup);
  const [a, a1, a2, a21, b, b1, c] = items(root);
  expect([a, a1, a2, a21, b, b1, c].map((i) => i!.getAttribute('level'))).toEqual(['1', '2', '2', '3', '1', '2', '1']);
  expect(a!.getAttribute('role')).toBe('listitem');
  expect(link(a1!).getAttribute('href')).toBe('/a/1');
  expect(link(b1!).getAttribute('aria-current')).toBe('page');
  expect(button(b!).getAttribute('aria-expanded')).toBe('true');
  expect(button(b!).getAttribute('aria-current')).toBe('true');
  expect(button(a!).getAttribute('aria-expanded')).toBe('false');
  expect(button(a!).hasAttribute('aria-current')).toBe(false);
  const nav = deepQuery(root, 'charte-sidemenu >>> nav')!;
  expect(nav.getAttribute('aria-labelledby')).toBe('title');
  expect((nav.getRootNode() as ShadowRoot).getElementById('title')!.textContent).toBe('Titre de rubrique');
});

it('opens and closes a section with Enter and Space, and with a click', async () => {
  const root = await mount(markup);
  const [a, a1] = items(root);
  const sub = a!.shadowRoot!.querySelector('#sub') as HTMLElement;
  const toggles: boolean[] = [];
  a!.addEventListener('charte-toggle', (e) => toggles.push((e as CustomEvent<{ expanded: boolean }>).detail.expanded));
  button(a!).focus();
  await userEvent.keyboard('{Enter}');
  await a!.updateComplete;
  expect(button(a!).getAttribute('aria-expanded')).toBe('true');
  expect(a!.expanded).toBe(true);
  expect(sub.classList.contains('expanded')).toBe(true);
  expect(button(a!).getAttribute('aria-controls')).toBe(sub.id);
  await userEvent.keyboard('{Tab}');
  expect(a1!.shadowRoot!.activeElement).toBe(link(a1!));
  button(a!).focus();
  await userEvent.keyboard(' ');
  await a!.updateComplete;
  expect(a!.expanded).toBe(false);
  await userEvent.click(button(a!));
  await a!.updateComplete;
  expect(a!.expanded).toBe(true);
  expect(toggles).toEqual([true, false, true]);
});

it('under md, the menu is collapsed behind "Dans cette rubrique"', async () => {
  await page.viewport(375, 800);
  const root = await mount(markup);
  const menu = root.querySelector('charte-sidemenu') as CharteSidemenu;
  const toggle = deepQuery(root, 'charte-sidemenu >>> .inner > .btn') as HTMLButtonElement;
  const list = deepQuery(root, 'charte-sidemenu >>> #menu') as HTMLElement;
  expect(toggle.textContent?.trim()).toBe('Dans cette rubrique');
  expect(getComputedStyle(list).visibility).toBe('hidden');
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  await menu.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(menu.expanded).toBe(true);
  expect(list.classList.contains('expanded')).toBe(true);
});

it('speaks English when the page does', async () => {
  const root = await mount(
    `<div lang="en"><charte-sidemenu><charte-sidemenu-item href="/">X</charte-sidemenu-item></charte-sidemenu></div>`,
  );
  expect(deepQuery(root, 'charte-sidemenu >>> .inner > .btn')!.textContent?.trim()).toBe('In this section');
  expect(deepQuery(root, 'charte-sidemenu >>> nav')!.getAttribute('aria-label')).toBe('Side menu');
});

it('an open link shows its sub-entries without a button; disabled entries cannot be used', async () => {
  const root = await mount(`<charte-sidemenu>
    <charte-sidemenu-item label="Rubrique" href="/r">
      <charte-sidemenu-item href="/r/1" current>R 1</charte-sidemenu-item>
    </charte-sidemenu-item>
    <charte-sidemenu-item href="/x" disabled>X</charte-sidemenu-item>
    <charte-sidemenu-item label="Section" disabled><charte-sidemenu-item href="/s">S</charte-sidemenu-item></charte-sidemenu-item>
  </charte-sidemenu>`);
  const [open, r1, x, section] = items(root);
  expect(button(open!)).toBeNull();
  expect(link(open!).getAttribute('href')).toBe('/r');
  expect(link(open!).getAttribute('aria-current')).toBe('true');
  expect(link(r1!).getBoundingClientRect().height).toBeGreaterThan(0);
  expect(link(x!).hasAttribute('href')).toBe(false);
  expect(link(x!).getAttribute('aria-disabled')).toBe('true');
  expect(button(section!).disabled).toBe(true);
  await userEvent.click(button(section!), { force: true });
  await section!.updateComplete;
  expect((section as CharteSidemenuItem).expanded).toBe(false);
});
