import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteBreadcrumb } from './breadcrumb.ts';

const markup = `<charte-breadcrumb>
  <charte-breadcrumb-item href="/">Accueil</charte-breadcrumb-item>
  <charte-breadcrumb-item href="/rubrique">Rubrique</charte-breadcrumb-item>
  <charte-breadcrumb-item>Page actuelle</charte-breadcrumb-item>
</charte-breadcrumb>`;

afterEach(async () => {
  await page.viewport(1280, 900);
});

const link = (root: ParentNode, n: number) =>
  deepQuery(root, `charte-breadcrumb-item:nth-child(${n}) >>> a`) as HTMLAnchorElement;

it('lists links in an ordered list of a labelled navigation, the last one the current page', async () => {
  const root = await mount(markup);
  const nav = deepQuery(root, 'charte-breadcrumb >>> nav')!;
  expect(nav.getAttribute('aria-label')).toBe('vous êtes ici :');
  expect(nav.querySelector('ol')).not.toBeNull();
  expect(root.querySelector('charte-breadcrumb-item')!.getAttribute('role')).toBe('listitem');
  expect(link(root, 1).getAttribute('href')).toBe('/');
  expect(link(root, 1).hasAttribute('aria-current')).toBe(false);
  expect(link(root, 3).getAttribute('aria-current')).toBe('page');
  expect(link(root, 3).hasAttribute('href')).toBe(false);
});

it('under md, the list is collapsed behind a button that shows it and moves focus to the first link', async () => {
  await page.viewport(375, 800);
  const root = await mount(markup);
  const crumb = root.querySelector('charte-breadcrumb') as CharteBreadcrumb;
  const button = deepQuery(root, 'charte-breadcrumb >>> .button') as HTMLButtonElement;
  const list = deepQuery(root, 'charte-breadcrumb >>> #list') as HTMLElement;
  expect(button.textContent?.trim()).toBe('Voir le fil d’Ariane');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(list.getBoundingClientRect().height).toBe(0);
  let toggled = false;
  crumb.addEventListener('charte-toggle', () => {
    toggled = true;
  });
  button.focus();
  await userEvent.keyboard('{Enter}');
  await crumb.updateComplete;
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(getComputedStyle(button).display).toBe('none');
  expect(list.getBoundingClientRect().height).toBeGreaterThan(0);
  expect(crumb.hasAttribute('expanded')).toBe(true);
  expect(toggled).toBe(true);
  expect(root.querySelector('charte-breadcrumb-item')!.shadowRoot!.activeElement).toBe(link(root, 1));
});

it('from md, the button is hidden and the list shown', async () => {
  const root = await mount(markup);
  const button = deepQuery(root, 'charte-breadcrumb >>> .button') as HTMLButtonElement;
  expect(getComputedStyle(button).display).toBe('none');
  expect(link(root, 1).getBoundingClientRect().height).toBeGreaterThan(0);
});

it('speaks English when the page does', async () => {
  const root = await mount(`<div lang="en">${markup}</div>`);
  expect(deepQuery(root, 'charte-breadcrumb >>> nav')!.getAttribute('aria-label')).toBe('you are here:');
  expect(deepQuery(root, 'charte-breadcrumb >>> .button')!.textContent?.trim()).toBe('See the breadcrumb');
});
