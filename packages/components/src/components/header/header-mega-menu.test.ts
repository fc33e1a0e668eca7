import { afterAll, afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, parkPointer, settled } from '../../../test/dom.ts';
import './define-mega-menu.ts';
import type { CharteHeader } from './header.ts';
import type { CharteHeaderMegaMenu } from './header-mega-menu.ts';
import type { CharteHeaderMenu } from './header-menu.ts';

const markup = (attrs = '') => `<charte-header service-name="Mon service">
  <charte-header-nav slot="navigation">
    <a href="#home" aria-current="page">Accueil</a>
    <charte-header-mega-menu label="Rubriques" heading="Toutes les rubriques" description="Ce que fait le service"
      href="#rubriques" ${attrs}>
      <charte-header-mega-menu-category label="Démarches" href="#demarches">
        <a href="#d1">Démarche 1</a><a href="#d2" aria-current="page">Démarche 2</a>
      </charte-header-mega-menu-category>
      <charte-header-mega-menu-category label="Aides">
        <a href="#a1">Aide 1</a>
      </charte-header-mega-menu-category>
    </charte-header-mega-menu>
    <charte-header-menu label="Services"><a href="#s1">Service 1</a></charte-header-menu>
  </charte-header-nav>
</charte-header>
<p id="outside" style="margin-top:40rem">Ailleurs</p>`;

afterAll(parkPointer);

afterEach(async () => {
  document.getElementById('fixture')?.remove();
  await page.viewport(1280, 900);
});

const parts = (container: HTMLElement) => {
  const mega = container.querySelector<CharteHeaderMegaMenu>('charte-header-mega-menu')!;
  const root = mega.shadowRoot!;
  return {
    mega,
    button: root.querySelector<HTMLButtonElement>('button[part=button]')!,
    panel: root.querySelector<HTMLElement>('[part=menu]')!,
    close: root.querySelector<HTMLButtonElement>('[part=close]')!,
  };
};

/** The focused element, inside shadow roots. */
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const label = (el: Element | null) => el?.textContent?.trim().replace(/\s+/g, ' ');

it('opens with Enter, goes through the panel with Tab, closes with Escape and gives focus back', async () => {
  const container = await mount(markup());
  const { button, panel } = parts(container);
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(button.getAttribute('aria-controls')).toBe(panel.id);
  expect(panel.checkVisibility()).toBe(false);

  button.focus();
  await userEvent.keyboard('{Enter}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(panel.checkVisibility()).toBe(true);
  // The panel drops under the header, across its width.
  const header = container.querySelector('charte-header')!.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  expect(Math.round(box.top)).toBe(Math.round(header.bottom));
  expect(Math.round(box.width)).toBe(Math.round(header.width));

  const visited: (string | undefined)[] = [];
  for (let i = 0; i < 6; i++) {
    await userEvent.keyboard('{Tab}');
    visited.push(label(deepActive()));
  }
  expect(visited).toEqual(['Fermer', 'Voir toute la rubrique', 'Démarches', 'Démarche 1', 'Démarche 2', 'Aide 1']);

  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(panel.checkVisibility()).toBe(false);
  expect(deepActive()).toBe(button);

  await userEvent.keyboard(' ');
  await settled(container);
  expect(panel.checkVisibility()).toBe(true);
});

it('shows its heading, description, link and categories, the current page marked', async () => {
  const container = await mount(markup('open'));
  const { mega } = parts(container);
  const root = mega.shadowRoot!;
  const heading = root.querySelector('[part=heading]')!;
  expect(heading.localName).toBe('h4');
  expect(heading.textContent).toBe('Toutes les rubriques');
  expect(root.querySelector('[part=leader] p')!.textContent).toBe('Ce que fait le service');
  expect(root.querySelector('[part=link]')!.getAttribute('href')).toBe('#rubriques');
  const [linked, plain] = [...container.querySelectorAll('charte-header-mega-menu-category')];
  expect(linked!.shadowRoot!.querySelector('h5 a')!.getAttribute('href')).toBe('#demarches');
  expect(plain!.shadowRoot!.querySelector('h5 a')).toBeNull();
  expect(label(plain!.shadowRoot!.querySelector('h5'))).toBe('Aides');
  // From lg, categories side by side, four to a row.
  const [a, b] = [linked!.getBoundingClientRect(), plain!.getBoundingClientRect()];
  expect(b.top).toBe(a.top);
  expect(b.left).toBeCloseTo(a.right, 0);
  expect(a.width * 4).toBeLessThanOrEqual(mega.shadowRoot!.querySelector('[part=menu]')!.getBoundingClientRect().width);
  const current = container.querySelector<HTMLElement>('a[href="#d2"]')!;
  expect(getComputedStyle(current).color).not.toBe(getComputedStyle(container.querySelector('a[href="#d1"]')!).color);
});

it('closes with its "Fermer" button and gives focus back to the entry', async () => {
  const container = await mount(markup());
  const { mega, button, close } = parts(container);
  const events: string[] = [];
  mega.addEventListener('charte-header-menu-open', () => events.push('open'));
  mega.addEventListener('charte-header-menu-close', () => events.push('close'));
  await userEvent.click(button);
  await settled(container);
  expect(close.checkVisibility()).toBe(true);
  await userEvent.click(close);
  await settled(container);
  expect(mega.open).toBe(false);
  expect(deepActive()).toBe(button);
  expect(events).toEqual(['open', 'close']);
});

it('closes on a click outside, and when another menu of the navigation opens', async () => {
  const container = await mount(markup());
  const { mega, button } = parts(container);
  await userEvent.click(button);
  await settled(container);
  expect(mega.open).toBe(true);
  // A click inside the panel keeps it open.
  await userEvent.click(mega.shadowRoot!.querySelector<HTMLElement>('[part=heading]')!);
  expect(mega.open).toBe(true);
  await userEvent.click(container.querySelector<HTMLElement>('#outside')!);
  await settled(container);
  expect(mega.open).toBe(false);

  await userEvent.click(button);
  await settled(container);
  const menu = container.querySelector<CharteHeaderMenu>('charte-header-menu')!;
  await userEvent.click(menu.shadowRoot!.querySelector('button')!);
  await settled(container);
  expect(menu.open).toBe(true);
  expect(mega.open).toBe(false);
});

it('unfolds in place in the mobile menu, without its "Fermer" button', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const header = container.querySelector<CharteHeader>('charte-header')!;
  await userEvent.click(header.shadowRoot!.querySelector<HTMLButtonElement>('.navbar-btn.menu')!);
  await settled(container);
  const { button, panel, close } = parts(container);
  expect(button.checkVisibility()).toBe(true);
  button.focus();
  await userEvent.keyboard('{Enter}');
  await settled(container);
  expect(panel.checkVisibility()).toBe(true);
  expect(close.checkVisibility()).toBe(false);
  // In the flow of the menu: the next entry moves down under the panel.
  const next = container.querySelector('charte-header-menu')!.getBoundingClientRect();
  expect(next.top).toBeGreaterThanOrEqual(panel.getBoundingClientRect().bottom - 1);
  await userEvent.keyboard('{Tab}');
  expect(label(deepActive())).toBe('Voir toute la rubrique');
  // Escape closes the panel, not the menu's dialog.
  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(panel.checkVisibility()).toBe(false);
  expect(deepActive()).toBe(button);
  expect(header.open).toBe(true);
});

it('speaks English when lang="en", and takes its labels from attributes', async () => {
  const container = await mount(`<div lang="en">${markup('open')}</div>`);
  const { mega, close } = parts(container);
  expect(label(close)).toBe('Close');
  expect(label(mega.shadowRoot!.querySelector('[part=link]'))).toBe('See the whole section');
  mega.setAttribute('link-label', 'Everything');
  mega.setAttribute('close-label', 'Done');
  mega.setAttribute('heading-level', '3');
  await settled(container);
  expect(label(mega.shadowRoot!.querySelector('[part=link]'))).toBe('Everything');
  expect(label(close)).toBe('Done');
  expect(mega.shadowRoot!.querySelector('[part=heading]')!.localName).toBe('h3');
});
