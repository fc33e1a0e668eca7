import { afterAll, afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, parkPointer, settled } from '../../../test/dom.ts';
import './define-translate.ts';
import type { CharteHeader } from './header.ts';
import type { CharteTranslate } from './translate.ts';

const languages = `<a href="/fr/" hreflang="fr" lang="fr" aria-current="true">FR - Français</a>
  <a href="/en/" hreflang="en" lang="en">EN - English</a>
  <a href="/de/" hreflang="de" lang="de">DE - Deutsch</a>`;
const markup = (attrs = '') => `<charte-translate ${attrs}>${languages}</charte-translate>
  <p id="outside" style="margin-top:20rem">Ailleurs</p>`;

afterAll(parkPointer);

afterEach(async () => {
  document.getElementById('fixture')?.remove();
  await page.viewport(1280, 900);
});

const parts = (container: HTMLElement) => {
  const translate = container.querySelector<CharteTranslate>('charte-translate')!;
  const root = translate.shadowRoot!;
  return {
    translate,
    button: root.querySelector<HTMLButtonElement>('button')!,
    list: root.querySelector<HTMLElement>('[part=menu]')!,
  };
};

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** What the button shows (its visible text). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (the name is hidden from lg).
const shown = (button: HTMLElement) => button.innerText.trim().replace(/\s+/g, ' ');

it('shows the current language, opens the list with Enter, closes with Escape and gives focus back', async () => {
  const container = await mount(markup());
  const { button, list } = parts(container);
  expect(shown(button)).toBe('FR');
  expect(button.title).toBe('Sélectionner une langue');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(button.getAttribute('aria-controls')).toBe(list.id);
  expect(list.checkVisibility()).toBe(false);

  button.focus();
  await userEvent.keyboard('{Enter}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(list.checkVisibility()).toBe(true);
  // From lg every language is listed, the current one included.
  const visited: string[] = [];
  for (let i = 0; i < 3; i++) {
    await userEvent.keyboard('{Tab}');
    visited.push(`${deepActive()?.getAttribute('lang')}:${deepActive()?.textContent}`);
  }
  expect(visited).toEqual(['fr:FR - Français', 'en:EN - English', 'de:DE - Deutsch']);

  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(list.checkVisibility()).toBe(false);
  expect(deepActive()).toBe(button);

  await userEvent.keyboard(' ');
  await settled(container);
  expect(list.checkVisibility()).toBe(true);
});

it('names the language on the button and leaves the current one out of the list under lg', async () => {
  await page.viewport(375, 800);
  const container = await mount(markup());
  const { button, list } = parts(container);
  expect(shown(button)).toBe('FR - Français');
  await userEvent.click(button);
  await settled(container);
  expect(list.checkVisibility()).toBe(true);
  expect(container.querySelector<HTMLElement>('[hreflang=fr]')!.checkVisibility()).toBe(false);
  await userEvent.keyboard('{Tab}');
  expect(deepActive()?.getAttribute('hreflang')).toBe('en');
  // The list unfolds in place: what follows moves down.
  expect(container.querySelector('#outside')!.getBoundingClientRect().top).toBeGreaterThan(
    list.getBoundingClientRect().bottom,
  );
});

it('opens and closes by click, closes on a click outside, and fires its events', async () => {
  const container = await mount(markup());
  const { translate, button } = parts(container);
  const events: string[] = [];
  translate.addEventListener('charte-translate-open', () => events.push('open'));
  translate.addEventListener('charte-translate-close', () => events.push('close'));
  await userEvent.click(button);
  await settled(container);
  expect(translate.open).toBe(true);
  await userEvent.click(button);
  await settled(container);
  expect(translate.open).toBe(false);
  await userEvent.click(button);
  await settled(container);
  await userEvent.click(container.querySelector<HTMLElement>('#outside')!);
  await settled(container);
  expect(translate.open).toBe(false);
  expect(events).toEqual(['open', 'close', 'open', 'close']);
});

it('follows the current language when the links change', async () => {
  const container = await mount(markup());
  const { button } = parts(container);
  container.querySelector('[hreflang=fr]')!.removeAttribute('aria-current');
  const en = container.querySelector('[hreflang=en]')!;
  en.setAttribute('aria-current', 'true');
  // Only the attribute moved: the button follows.
  await settled(container);
  expect(shown(button)).toBe('EN');
  // The list is rebuilt (a router re-rendering it): the button follows.
  en.removeAttribute('aria-current');
  const fr = container.querySelector('[hreflang=fr]')!;
  fr.setAttribute('aria-current', 'true');
  fr.parentElement!.prepend(fr.cloneNode(true));
  fr.remove();
  await settled(container);
  expect(shown(button)).toBe('FR');
});

it('speaks English when lang="en", and takes its title from `label`', async () => {
  const container = await mount(`<div lang="en">${markup()}</div>`);
  const { translate, button } = parts(container);
  expect(button.title).toBe('Select a language');
  translate.setAttribute('label', 'Langue');
  await settled(container);
  expect(button.title).toBe('Langue');
});

it('sits in the header’s tools, and in its mobile menu with the other tools', async () => {
  const container = await mount(`<charte-header service-name="Mon service">
    <a slot="tools" href="#contact">Contact</a>
    <charte-translate slot="tools">${languages}</charte-translate>
  </charte-header>`);
  const header = container.querySelector<CharteHeader>('charte-header')!;
  const { translate, button } = parts(container);
  expect(button.checkVisibility()).toBe(true);
  // On the header's row, right of the other tool.
  const contact = container.querySelector('[href="#contact"]')!.getBoundingClientRect();
  expect(Math.round(button.getBoundingClientRect().top)).toBe(Math.round(contact.top));
  expect(button.getBoundingClientRect().left).toBeGreaterThan(contact.right);
  // Without its border when it is not the only tool, as DSFR's.
  expect(getComputedStyle(button).boxShadow).toBe('none');

  await page.viewport(375, 800);
  await userEvent.click(header.shadowRoot!.querySelector<HTMLButtonElement>('.navbar-btn.menu')!);
  await settled(container);
  const dialog = header.shadowRoot!.querySelector('dialog')!;
  expect(dialog.open).toBe(true);
  expect(dialog.contains(translate.assignedSlot)).toBe(true);
  expect(shown(button)).toBe('FR - Français');
  await userEvent.keyboard('{Tab}{Tab}');
  expect(deepActive()).toBe(button);
  await userEvent.keyboard('{Enter}');
  await settled(container);
  await userEvent.keyboard('{Tab}');
  expect(deepActive()?.getAttribute('hreflang')).toBe('en');
  // Escape closes the list, not the menu.
  await userEvent.keyboard('{Escape}');
  await settled(container);
  expect(translate.open).toBe(false);
  expect(dialog.open).toBe(true);
  expect(deepActive()).toBe(button);
});
