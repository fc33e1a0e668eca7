import { afterAll, afterEach, expect, it } from 'vitest';
import { page as browserPage, userEvent } from 'vitest/browser';
import { mount } from '../../../test/dom.ts';

const page = (skiplinks: string) => `${skiplinks}
  <header><a id="first" href="#x">Premier lien de la page</a></header>
  <main id="content"><h1>Titre</h1><a id="in-content" href="#y">Lien du contenu</a></main>
  <footer id="footer" tabindex="0">Pied de page</footer>`;

/** Leaves the pointer in a corner, off the components of later test files (hover styles). */
afterAll(async () => {
  const corner = document.createElement('div');
  corner.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
});

afterEach(() => {
  document.getElementById('fixture')?.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

it('is out of sight until one of its links takes focus by Tab, then shown', async () => {
  const container = await mount(
    page('<charte-skiplinks><a href="#content">Contenu</a><a href="#footer">Pied de page</a></charte-skiplinks>'),
  );
  const skiplinks = container.querySelector('charte-skiplinks')!;
  const link = skiplinks.querySelector('a')!;
  expect(getComputedStyle(skiplinks).opacity).toBe('0');
  expect(skiplinks.getBoundingClientRect().bottom).toBeLessThanOrEqual(container.getBoundingClientRect().top + 1);

  (document.activeElement as HTMLElement | null)?.blur();
  container.tabIndex = -1;
  container.focus();
  await userEvent.keyboard('{Tab}');
  expect(document.activeElement).toBe(link);
  expect(getComputedStyle(skiplinks).opacity).toBe('1');
  expect(getComputedStyle(skiplinks).position).toBe('relative');
  expect(skiplinks.getBoundingClientRect().height).toBeGreaterThan(0);

  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard('{Tab}');
  expect(document.activeElement?.id).toBe('first');
  expect(getComputedStyle(skiplinks).opacity).toBe('0');
});

it('moves focus to the target when a link is followed, and Tab continues from there', async () => {
  const container = await mount(page('<charte-skiplinks><a href="#content">Contenu</a></charte-skiplinks>'));
  const link = container.querySelector<HTMLAnchorElement>('charte-skiplinks a')!;
  link.focus();
  await userEvent.keyboard('{Enter}');
  const main = document.getElementById('content')!;
  expect(document.activeElement).toBe(main);
  expect(main.getAttribute('tabindex')).toBe('-1');
  await userEvent.keyboard('{Tab}');
  expect(document.activeElement?.id).toBe('in-content');
});

it('keeps the tabindex of a target that can already take focus', async () => {
  const container = await mount(
    page('<charte-skiplinks visible><a href="#footer">Pied de page</a></charte-skiplinks>'),
  );
  await userEvent.click(container.querySelector<HTMLAnchorElement>('charte-skiplinks a')!);
  const footer = document.getElementById('footer')!;
  expect(document.activeElement).toBe(footer);
  expect(footer.getAttribute('tabindex')).toBe('0');
});

it('gives its child links as a list, one item each, links added or removed later included (RGAA 9.3)', async () => {
  const container = await mount(
    page(
      '<charte-skiplinks visible><a href="#content">Contenu</a><a href="#footer">Pied de page</a></charte-skiplinks>',
    ),
  );
  const skiplinks = container.querySelector('charte-skiplinks')!;
  const nav = browserPage.getByRole('navigation', { name: 'Accès rapide' });
  await expect.element(nav).toMatchAriaInlineSnapshot(`
    - navigation "Accès rapide":
      - list:
        - listitem:
          - link "Contenu":
            - /url: "#content"
        - listitem:
          - link "Pied de page":
            - /url: "#footer"
  `);

  const menu = document.createElement('a');
  menu.href = '#first';
  menu.textContent = 'Menu';
  skiplinks.querySelector('a')!.after(menu);
  skiplinks.querySelector('a')!.remove();
  await expect.element(nav).toMatchAriaInlineSnapshot(`
    - navigation "Accès rapide":
      - list:
        - listitem:
          - link "Menu":
            - /url: "#first"
        - listitem:
          - link "Pied de page":
            - /url: "#footer"
  `);
  // The links stay the page's, in its order for Tab.
  expect([...skiplinks.children].map((a) => a.getAttribute('slot'))).toEqual(['link-1', 'link-2']);
  expect(browserPage.getByRole('listitem').all()).toHaveLength(2);
});

it('builds its links from the links attribute', async () => {
  const json = JSON.stringify([
    { href: '#content', label: 'Contenu' },
    { href: '#footer', label: 'Pied de page' },
  ]).replaceAll('"', '&quot;');
  const container = await mount(page(`<charte-skiplinks links="${json}"></charte-skiplinks>`));
  const skiplinks = container.querySelector('charte-skiplinks')!;
  const links = [...skiplinks.shadowRoot!.querySelectorAll('a')];
  expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
    ['#content', 'Contenu'],
    ['#footer', 'Pied de page'],
  ]);
  links[0]!.focus();
  expect(getComputedStyle(skiplinks).opacity).toBe('1');
  await userEvent.keyboard('{Enter}');
  expect(document.activeElement).toBe(document.getElementById('content'));
});

it('names its navigation in the page language', async () => {
  let container = await mount('<charte-skiplinks><a href="#c">Contenu</a></charte-skiplinks>');
  expect(container.querySelector('charte-skiplinks')!.shadowRoot!.querySelector('nav')!.ariaLabel).toBe('Accès rapide');
  container = await mount('<div lang="en"><charte-skiplinks><a href="#c">Content</a></charte-skiplinks></div>');
  expect(container.querySelector('charte-skiplinks')!.shadowRoot!.querySelector('nav')!.ariaLabel).toBe('Skip links');
});
