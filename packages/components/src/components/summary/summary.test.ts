import { expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';

const markup = `<charte-summary>
  <charte-summary-item href="#a" label="Partie A">
    <charte-summary-item href="#a1" label="Partie A 1"></charte-summary-item>
    <charte-summary-item href="#a2" label="Partie A 2">
      <charte-summary-item href="#a21" label="Partie A 2 1"></charte-summary-item>
    </charte-summary-item>
  </charte-summary-item>
  <charte-summary-item href="#b" label="Partie B"></charte-summary-item>
</charte-summary>`;

const entries = (root: ParentNode) =>
  [...root.querySelectorAll('charte-summary-item')].map((item) => {
    const link = item.shadowRoot!.querySelector('a')!;
    return {
      level: item.getAttribute('level'),
      href: link.getAttribute('href'),
      number: link.querySelector('.number')?.textContent,
      text: link.textContent!.replace(/^[\d.]+\.\s+/, ''),
    };
  });

it('numbers the links by level and place, in a navigation labelled by its title', async () => {
  const root = await mount(markup);
  expect(entries(root)).toEqual([
    { level: '1', href: '#a', number: '1.\u00a0\u00a0', text: 'Partie A' },
    { level: '2', href: '#a1', number: '1.1.\u00a0\u00a0', text: 'Partie A 1' },
    { level: '2', href: '#a2', number: '1.2.\u00a0\u00a0', text: 'Partie A 2' },
    { level: '3', href: '#a21', number: '1.2.1.\u00a0\u00a0', text: 'Partie A 2 1' },
    { level: '1', href: '#b', number: '2.\u00a0\u00a0', text: 'Partie B' },
  ]);
  const nav = deepQuery(root, 'charte-summary >>> nav')!;
  const title = (nav.getRootNode() as ShadowRoot).getElementById(nav.getAttribute('aria-labelledby')!)!;
  expect(title.localName).toBe('h2');
  expect(title.textContent).toBe('Sommaire');
  expect(nav.querySelector('ol')).not.toBeNull();
  expect(root.querySelector('charte-summary-item')!.getAttribute('role')).toBe('listitem');
});

it('shows a sub-list only for entries that have sub-entries', async () => {
  const root = await mount(markup);
  const [a, a1] = root.querySelectorAll('charte-summary-item');
  expect(a!.shadowRoot!.querySelector('ol')!.hidden).toBe(false);
  expect(a1!.shadowRoot!.querySelector('ol')!.hidden).toBe(true);
});

it('takes a title and its level, and speaks English when the page does', async () => {
  let root = await mount('<charte-summary heading="Dans cette page" heading-level="3"></charte-summary>');
  expect(deepQuery(root, 'charte-summary >>> h3')!.textContent).toBe('Dans cette page');
  root = await mount('<div lang="en"><charte-summary></charte-summary></div>');
  expect(deepQuery(root, 'charte-summary >>> .title')!.textContent).toBe('Contents');
});
