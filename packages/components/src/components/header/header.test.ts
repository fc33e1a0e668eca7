import { afterAll, afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, settled } from '../../../test/dom.ts';
import { iconUrl } from '../../base/icons.ts';
import type { CharteHeader } from './header.ts';
import type { CharteHeaderMenu } from './header-menu.ts';

const markup = (attrs = '') => `<charte-header service-name="Mon service" service-tagline="Baseline" ${attrs}>
  <a slot="tools" href="#contact">Contact</a>
  <div slot="search" role="search"><label for="q">Rechercher</label><input id="q" type="search"></div>
  <charte-header-nav slot="navigation">
    <a href="#home" aria-current="page">Accueil</a>
    <charte-header-menu label="Démarches"><a href="#d1">Démarche 1</a><a href="#d2">Démarche 2</a></charte-header-menu>
    <charte-header-menu label="Services"><a href="#s1">Service 1</a></charte-header-menu>
    <a href="#news">Actualités</a>
  </charte-header-nav>
</charte-header>
<p><a id="outside" href="#x">Ailleurs</a></p>`;

/** Leaves the pointer in a corner, off the components of later test files (hover styles). */
afterAll(async () => {
  const corner = document.createElement('div');
  corner.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
});

afterEach(async () => {
  document.getElementById('fixture')?.remove();
  await page.viewport(1280, 900);
});

const parts = (container: HTMLElement) => {
  const header = container.querySelector('charte-header') as CharteHeader;
  const root = header.shadowRoot!;
  return {
    header,
    root,
    dialog: root.querySelector('dialog')!,
    menuButton: root.querySelector<HTMLButtonElement>('.navbar-btn.menu')!,
    searchButton: root.querySelector<HTMLButtonElement>('.navbar-btn.search')!,
  };
};

/** Whether `node` is shown inside `ancestor`: a walk up the flat tree (slots and shadow hosts). */
const within = (node: Node | null, ancestor: Node): boolean => {
  while (node) {
    if (node === ancestor) return true;
    node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return false;
};

/** The focused element, inside shadow roots. */
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

it('opens the mobile menu as a modal dialog, keeps focus inside, closes on Escape and gives focus back', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { root, dialog, menuButton } = parts(container);
  expect(menuButton.checkVisibility()).toBe(true);
  expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  expect(dialog.open).toBe(false);

  await userEvent.click(menuButton);
  await settled(container);
  expect(dialog.open).toBe(true);
  expect(dialog.matches(':modal')).toBe(true);
  expect(menuButton.getAttribute('aria-expanded')).toBe('true');
  // The navigation and the tools are shown in the dialog (slots moved, elements untouched).
  const nav = container.querySelector('charte-header-nav')!;
  expect(dialog.contains(nav.assignedSlot)).toBe(true);
  expect(dialog.contains(container.querySelector('[slot=tools]')!.assignedSlot)).toBe(true);
  expect(nav.checkVisibility()).toBe(true);
  // Focus is on the close button, inside the dialog.
  expect(deepActive()).toBe(root.querySelector('.close'));

  // Tab moves through the dialog only: the page behind is inert.
  const visited: string[] = [];
  for (let i = 0; i < 5; i++) {
    await userEvent.keyboard('{Tab}');
    const active = deepActive();
    expect(within(active, dialog)).toBe(true);
    visited.push(active?.textContent?.trim() ?? '');
  }
  expect(visited).toEqual(['Contact', 'Accueil', 'Démarches', 'Services', 'Actualités']);

  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(dialog.open).toBe(false);
  expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  expect(deepActive()).toBe(menuButton);
  // The navigation is back in the bar.
  expect(dialog.contains(nav.assignedSlot)).toBe(false);
});

it('closes the mobile menu with its close button and fires open and close events', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { header, root, dialog, menuButton } = parts(container);
  const events: string[] = [];
  header.addEventListener('charte-header-open', (e) => events.push(`open:${e.detail.modal}`));
  header.addEventListener('charte-header-close', (e) => events.push(`close:${e.detail.modal}`));
  await userEvent.click(menuButton);
  await settled(container);
  await userEvent.click(root.querySelector<HTMLButtonElement>('.close')!);
  await settled(container);
  expect(dialog.open).toBe(false);
  expect(deepActive()).toBe(menuButton);
  expect(events).toEqual(['open:menu', 'close:menu']);
});

it('opens the search in the modal with the "Rechercher" button', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { dialog, searchButton } = parts(container);
  expect(searchButton.checkVisibility()).toBe(true);
  await userEvent.click(searchButton);
  await settled(container);
  expect(dialog.open).toBe(true);
  const search = container.querySelector('[slot=search]')!;
  expect(dialog.contains(search.assignedSlot)).toBe(true);
  expect(dialog.contains(container.querySelector('charte-header-nav')!.assignedSlot)).toBe(false);
  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(deepActive()).toBe(searchButton);
});

it('goes from the menu to the search, and opens again right after closing, before the browser’s close event', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { header, dialog } = parts(container);
  const events: string[] = [];
  header.addEventListener('charte-header-open', (e) => events.push(`open:${e.detail.modal}`));
  header.addEventListener('charte-header-close', (e) => events.push(`close:${e.detail.modal}`));
  const search = container.querySelector('[slot=search]')!;
  const later = () => new Promise((resolve) => setTimeout(resolve, 50));

  await header.show('menu');
  await header.show('search');
  await later();
  expect(dialog.open).toBe(true);
  expect(header.open).toBe(true);
  expect(dialog.contains(search.assignedSlot)).toBe(true);

  header.close();
  await header.show('search');
  await later();
  expect(dialog.open).toBe(true);
  expect(dialog.contains(search.assignedSlot)).toBe(true);
  expect(events).toEqual(['open:menu', 'close:menu', 'open:search', 'close:search', 'open:search']);
});

it('shows tools and navigation inline from the lg breakpoint, and closes the modal when the viewport grows', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { dialog, menuButton } = parts(container);
  await userEvent.click(menuButton);
  await settled(container);
  expect(dialog.open).toBe(true);
  await page.viewport(1280, 900);
  await settled(container);
  expect(dialog.open).toBe(false);
  expect(menuButton.checkVisibility()).toBe(false);
  expect(container.querySelector('charte-header-nav')!.checkVisibility()).toBe(true);
  expect(container.querySelector('[slot=tools]')!.checkVisibility()).toBe(true);
});

it('opens and closes a dropdown menu with the keyboard', async () => {
  const container = await mount(markup());
  const [menu, other] = [...container.querySelectorAll<CharteHeaderMenu>('charte-header-menu')];
  const button = menu!.shadowRoot!.querySelector('button')!;
  const panel = menu!.shadowRoot!.querySelector('#menu')!;
  expect(button.getAttribute('aria-controls')).toBe('menu');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(panel.checkVisibility()).toBe(false);

  button.focus();
  await userEvent.keyboard('{Enter}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(panel.checkVisibility()).toBe(true);

  await userEvent.keyboard('{Tab}');
  expect(document.activeElement?.textContent).toBe('Démarche 1');
  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(panel.checkVisibility()).toBe(false);
  expect(deepActive()).toBe(button);

  await userEvent.keyboard(' ');
  await settled(container);
  expect(menu!.open).toBe(true);
  // Opening another menu closes the first.
  other!.shadowRoot!.querySelector('button')!.focus();
  await userEvent.keyboard('{Enter}');
  await settled(container);
  expect(other!.open).toBe(true);
  expect(menu!.open).toBe(false);
});

it('opens a dropdown menu by click, closes it by a second click or a click outside', async () => {
  const container = await mount(markup());
  const menu = container.querySelector<CharteHeaderMenu>('charte-header-menu')!;
  const button = menu.shadowRoot!.querySelector('button')!;
  await userEvent.click(button);
  await settled(container);
  expect(menu.open).toBe(true);
  expect(container.querySelector<HTMLElement>('a[href="#d1"]')!.checkVisibility()).toBe(true);
  await userEvent.click(button);
  await settled(container);
  expect(menu.open).toBe(false);
  await userEvent.click(button);
  await settled(container);
  await userEvent.click(container.querySelector<HTMLElement>('#outside')!);
  await settled(container);
  expect(menu.open).toBe(false);
  expect(button.getAttribute('aria-expanded')).toBe('false');
});

it('links the service name home with DSFR’s title', async () => {
  const container = await mount(markup('home-href="/accueil"'));
  const { root } = parts(container);
  const link = root.querySelector('.service a')!;
  expect(link.getAttribute('href')).toBe('/accueil');
  expect(link.getAttribute('title')).toBe('Accueil - Mon service - République Française');
  // The bloc-marque is not a second link.
  expect(root.querySelector('charte-bloc-marque')!.hasAttribute('href')).toBe(false);
});

it('links the bloc-marque home when there is no service name', async () => {
  const container = await mount('<charte-header></charte-header>');
  const logo = container.querySelector('charte-header')!.shadowRoot!.querySelector('charte-bloc-marque')!;
  expect(logo.getAttribute('href')).toBe('/');
  expect(logo.shadowRoot!.querySelector('a')!.getAttribute('title')).toBe('Accueil - République Française');
  // Nothing to open: no navbar buttons.
  await page.viewport(375, 800);
  expect(container.querySelector('charte-header')!.shadowRoot!.querySelector('.navbar')!.checkVisibility()).toBe(false);
});

it('speaks English when lang="en"', async () => {
  await page.viewport(375, 800);
  const container = await mount(`<div lang="en">${markup()}</div>`);
  const { root, menuButton, searchButton } = parts(container);
  expect(menuButton.title).toBe('Menu');
  expect(searchButton.textContent?.trim()).toBe('Search');
  expect(container.querySelector('charte-header-nav')!.shadowRoot!.querySelector('nav')!.ariaLabel).toBe('Main menu');
  await userEvent.click(menuButton);
  await settled(container);
  expect(root.querySelector('.close')!.textContent?.trim()).toBe('Close');
});

it('takes its labels from attributes', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup('menu-label="Navigation" search-label="Chercher"'));
  const { menuButton, searchButton } = parts(container);
  expect(menuButton.textContent?.trim()).toBe('Navigation');
  expect(searchButton.title).toBe('Chercher');
});

it('draws a quick-access link’s DSFR icon before its text, in the bar and in the mobile menu', async () => {
  const container = await mount(`<charte-header service-name="Mon service">
    <a slot="tools" href="#compte" data-icon="account-circle-fill" data-outline>Espace particulier</a>
    <button slot="tools" type="button" data-icon="lock-line">Se connecter</button>
    <a slot="tools" href="#contact">Contact</a>
  </charte-header>`);
  const [account, login, contact] = [...container.querySelectorAll<HTMLElement>('[slot=tools]')];
  const icon = (el: HTMLElement) => getComputedStyle(el, '::before');
  for (const [el, name] of [
    [account!, 'account-circle-fill'],
    [login!, 'lock-line'],
  ] as const) {
    // DSFR's icon file (served as is in the test page, where Vite may inline it).
    const file = await (await fetch(iconUrl(name))).text();
    expect(file).toContain('<svg');
    expect(icon(el).maskImage).toMatch(/^url\(/);
    expect(icon(el).width).toBe('16px');
    // Before the text, 0.5rem from it.
    expect(icon(el).marginRight).toBe('8px');
  }
  expect(icon(account!).maskImage).not.toBe(icon(login!).maskImage);
  expect(icon(contact!).content).toBe('none');
  // data-outline: DSFR's account button, with its 1px border.
  expect(getComputedStyle(account!).boxShadow).toContain('inset');
  expect(getComputedStyle(contact!).boxShadow).toBe('none');

  await page.viewport(375, 800);
  const { root, menuButton } = parts(container);
  await userEvent.click(menuButton);
  await settled(container);
  expect(root.querySelector('dialog')!.contains(account!.assignedSlot)).toBe(true);
  expect(icon(account!).maskImage).toMatch(/^url\(/);
  // In the menu the links are rows 3rem high across the menu, without border (whatever the page's box sizing).
  expect(account!.getBoundingClientRect().height).toBe(48);
  expect(account!.getBoundingClientRect().width).toBe(
    account!.assignedSlot!.parentElement!.getBoundingClientRect().width,
  );
  expect(getComputedStyle(account!).boxShadow).toBe('none');
});
