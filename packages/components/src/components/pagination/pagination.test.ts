import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount } from '../../../test/dom.ts';
import { type ChartePagination, pageEntries } from './pagination.ts';

const links = (root: ParentNode) =>
  [...root.querySelector('charte-pagination')!.shadowRoot!.querySelectorAll<HTMLElement>('.link')].map((el) => ({
    text: el.textContent!.trim(),
    href: el.getAttribute('href'),
    current: el.getAttribute('aria-current'),
    disabled: el.getAttribute('aria-disabled'),
    title: el.getAttribute('title'),
  }));

it('marks the current page and links the others through href-template', async () => {
  const root = await mount(
    '<charte-pagination page="2" total="5" href-template="/liste?p={page}#top"></charte-pagination>',
  );
  expect(links(root)).toEqual([
    { text: 'Première page', href: '/liste?p=1#top', current: null, disabled: null, title: 'Première page' },
    { text: 'Page précédente', href: '/liste?p=1#top', current: null, disabled: null, title: 'Page précédente' },
    { text: '1', href: '/liste?p=1#top', current: null, disabled: null, title: 'Page 1' },
    { text: '2', href: null, current: 'page', disabled: null, title: 'Page 2' },
    { text: '3', href: '/liste?p=3#top', current: null, disabled: null, title: 'Page 3' },
    { text: '4', href: '/liste?p=4#top', current: null, disabled: null, title: 'Page 4' },
    { text: '5', href: '/liste?p=5#top', current: null, disabled: null, title: 'Page 5' },
    { text: 'Page suivante', href: '/liste?p=3#top', current: null, disabled: null, title: 'Page suivante' },
    { text: 'Dernière page', href: '/liste?p=5#top', current: null, disabled: null, title: 'Dernière page' },
  ]);
  const nav = root.querySelector('charte-pagination')!.shadowRoot!.querySelector('nav')!;
  expect(nav.getAttribute('aria-label')).toBe('Pagination');
});

it('disables first and previous on the first page, next and last on the last one', async () => {
  const root = await mount('<charte-pagination page="1" total="3"></charte-pagination>');
  const el = root.querySelector('charte-pagination') as ChartePagination;
  let all = links(root);
  expect(all[0]).toMatchObject({ href: null, disabled: 'true' });
  expect(all[1]).toMatchObject({ href: null, disabled: 'true' });
  expect(all.at(-1)).toMatchObject({ href: '?page=3', disabled: null });
  el.page = 3;
  await el.updateComplete;
  all = links(root);
  expect(all[0]).toMatchObject({ href: '?page=1' });
  expect(all.at(-2)).toMatchObject({ href: null, disabled: 'true' });
  expect(all.at(-1)).toMatchObject({ href: null, disabled: 'true' });
  expect(all.find((l) => l.current)?.text).toBe('3');
});

it('truncates long lists with ellipses, far pages shown from lg only', async () => {
  expect(pageEntries(1, 132)).toEqual([
    { page: 1, lg: false },
    { page: 2, lg: false },
    { page: 3, lg: true },
    { ellipsis: true },
    { page: 130, lg: true },
    { page: 131, lg: true },
    { page: 132, lg: false },
  ]);
  expect(pageEntries(50, 132)).toEqual([
    { page: 1, lg: false },
    { ellipsis: true },
    { page: 49, lg: true },
    { page: 50, lg: false },
    { page: 51, lg: true },
    { ellipsis: true },
    { page: 132, lg: false },
  ]);
  await page.viewport(375, 800);
  const root = await mount('<charte-pagination page="50" total="132"></charte-pagination>');
  const shadow = root.querySelector('charte-pagination')!.shadowRoot!;
  const visible = () =>
    [...shadow.querySelectorAll<HTMLElement>('.link')]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.textContent!.trim());
  expect(visible()).toEqual(['Première page', 'Page précédente', '1', '50', '132', 'Page suivante', 'Dernière page']);
  await page.viewport(1280, 900);
  expect(visible()).toEqual([
    'Première page',
    'Page précédente',
    '1',
    '…',
    '49',
    '50',
    '51',
    '…',
    '132',
    'Page suivante',
    'Dernière page',
  ]);
});

it('speaks English when the page does', async () => {
  const root = await mount('<div lang="en"><charte-pagination page="2" total="3"></charte-pagination></div>');
  const texts = links(root).map((l) => l.text);
  expect(texts).toEqual(['First page', 'Previous page', '1', '2', '3', 'Next page', 'Last page']);
});
