import { afterAll, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteAccordion } from './accordion.ts';

afterAll(async () => {
  // Leave the pointer in a corner, off the content: a hovered element would change later tests' colours.
  const spot = document.createElement('div');
  spot.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(spot);
  await userEvent.hover(spot);
  spot.remove();
});

const one = '<charte-accordion label="Libellé"><p>Contenu</p></charte-accordion>';
const group = (attrs = '') =>
  `<charte-accordion-group${attrs}>${one}${one}<charte-accordion label="Trois" expanded><p>3</p></charte-accordion></charte-accordion-group>`;

const button = (root: ParentNode, selector = 'charte-accordion') =>
  deepQuery(root, `${selector} >>> button`) as HTMLButtonElement;
const content = (root: ParentNode, selector = 'charte-accordion') =>
  deepQuery(root, `${selector} >>> .collapse`) as HTMLElement;

it('renders a native button in a heading of the level asked, controlling the content', async () => {
  const root = await mount('<charte-accordion label="Libellé" heading-level="4"><p>Contenu</p></charte-accordion>');
  const btn = button(root);
  expect(btn.parentElement?.localName).toBe('h4');
  expect(btn.textContent?.trim()).toBe('Libellé');
  expect(btn.getAttribute('aria-expanded')).toBe('false');
  const controlled = btn.getRootNode() as ShadowRoot;
  expect(controlled.getElementById(btn.getAttribute('aria-controls')!)).toBe(content(root));
  expect(getComputedStyle(content(root)).visibility).toBe('hidden');
});

it('toggles with a click, fires charte-toggle and reflects expanded', async () => {
  const root = await mount(one);
  const el = root.querySelector('charte-accordion') as CharteAccordion;
  const details: boolean[] = [];
  el.addEventListener('charte-toggle', (e) => details.push(e.detail.expanded));
  await userEvent.click(button(root));
  await el.updateComplete;
  expect(button(root).getAttribute('aria-expanded')).toBe('true');
  expect(el.hasAttribute('expanded')).toBe(true);
  expect(content(root).classList.contains('expanded')).toBe(true);
  await userEvent.click(button(root));
  await el.updateComplete;
  expect(button(root).getAttribute('aria-expanded')).toBe('false');
  expect(details).toEqual([true, false]);
});

it('toggles with Enter and Space from the keyboard', async () => {
  const root = await mount(`<button>avant</button>${one}`);
  const el = root.querySelector('charte-accordion') as CharteAccordion;
  root.querySelector('button')!.focus();
  await userEvent.keyboard('{Tab}');
  expect(el.shadowRoot!.activeElement).toBe(button(root));
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
  expect(el.expanded).toBe(true);
  await userEvent.keyboard(' ');
  await el.updateComplete;
  expect(el.expanded).toBe(false);
});

it('fires a native toggle event when expanded is set by code', async () => {
  const root = await mount(one);
  const el = root.querySelector('charte-accordion') as CharteAccordion;
  let toggles = 0;
  el.addEventListener('toggle', () => toggles++);
  el.expanded = true;
  await el.updateComplete;
  expect(toggles).toBe(1);
  expect(button(root).getAttribute('aria-expanded')).toBe('true');
});

it('in a group, opening one closes the others', async () => {
  const root = await mount(group());
  const [first, , third] = [...root.querySelectorAll('charte-accordion')] as CharteAccordion[];
  expect(third!.expanded).toBe(true);
  await userEvent.click(button(root, 'charte-accordion:nth-child(1)'));
  await first!.updateComplete;
  await third!.updateComplete;
  expect(first!.expanded).toBe(true);
  expect(third!.expanded).toBe(false);
  expect(button(root, 'charte-accordion:nth-child(3)').getAttribute('aria-expanded')).toBe('false');
});

it('in an independent group, accordions stay open together', async () => {
  const root = await mount(group(' independent'));
  const [first, , third] = [...root.querySelectorAll('charte-accordion')] as CharteAccordion[];
  button(root, 'charte-accordion:nth-child(1)').focus();
  await userEvent.keyboard('{Enter}');
  await first!.updateComplete;
  expect(first!.expanded).toBe(true);
  expect(third!.expanded).toBe(true);
});
