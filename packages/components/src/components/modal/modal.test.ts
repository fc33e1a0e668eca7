import { afterAll, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteModal } from './modal.ts';

afterAll(async () => {
  // Leave the pointer in a corner, off the content: a hovered element would change later tests' colours.
  const spot = document.createElement('div');
  spot.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(spot);
  await userEvent.hover(spot);
  spot.remove();
});

const markup = `<button type="button" id="opener" aria-controls="m" data-fr-opened="false">Ouvrir</button>
  <charte-modal id="m" heading="Titre">
    <p>Texte <a href="#x">un lien</a></p>
    <div slot="footer"><button type="button" id="ok">Valider</button></div>
  </charte-modal>`;

const parts = (root: ParentNode) => ({
  modal: root.querySelector('charte-modal') as CharteModal,
  dialog: deepQuery(root, 'charte-modal >>> dialog') as HTMLDialogElement,
  close: deepQuery(root, 'charte-modal >>> .close') as HTMLButtonElement,
});

/** The focused element, inside shadow roots. */
const focused = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

it('opens from a button naming it in aria-controls, as a modal dialog labelled by its title', async () => {
  const root = await mount(markup);
  const { modal, dialog, close } = parts(root);
  const opens: Event[] = [];
  modal.addEventListener('charte-open', (e) => opens.push(e));
  await userEvent.click(root.querySelector('#opener')!);
  await modal.updateComplete;
  expect(modal.open).toBe(true);
  expect(modal.hasAttribute('open')).toBe(true);
  expect(dialog.matches(':modal')).toBe(true);
  expect(document.documentElement.style.overflow).toBe('hidden');
  expect(opens).toHaveLength(1);
  expect(root.querySelector('#opener')!.getAttribute('data-fr-opened')).toBe('true');
  const title = (dialog.getRootNode() as ShadowRoot).getElementById(dialog.getAttribute('aria-labelledby')!);
  expect(title?.textContent?.trim()).toBe('Titre');
  expect(close.textContent?.trim()).toBe('Fermer');
  expect(close.title).toBe('Fermer');
});

it('keeps focus inside: Tab from the last element goes to the first, Shift+Tab back', async () => {
  const root = await mount(markup);
  const { modal, close } = parts(root);
  (root.querySelector('#opener') as HTMLButtonElement).focus();
  await userEvent.click(root.querySelector('#opener')!);
  await modal.updateComplete;
  close.focus();
  await userEvent.keyboard('{Tab}');
  expect(focused()).toBe(root.querySelector('a'));
  await userEvent.keyboard('{Tab}');
  expect(focused()).toBe(root.querySelector('#ok'));
  await userEvent.keyboard('{Tab}');
  expect(focused()).toBe(close);
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(focused()).toBe(root.querySelector('#ok'));
});

it('closes with Escape, fires charte-close and gives focus back to the opener', async () => {
  const root = await mount(markup);
  const { modal, dialog } = parts(root);
  const opener = root.querySelector('#opener') as HTMLButtonElement;
  let closes = 0;
  modal.addEventListener('charte-close', () => closes++);
  opener.focus();
  await userEvent.click(opener);
  await modal.updateComplete;
  expect(dialog.open).toBe(true);
  await userEvent.keyboard('{Escape}');
  await modal.updateComplete;
  expect(dialog.open).toBe(false);
  expect(modal.open).toBe(false);
  expect(modal.hasAttribute('open')).toBe(false);
  expect(closes).toBe(1);
  expect(focused()).toBe(opener);
  expect(document.documentElement.style.overflow).toBe('');
  expect(opener.getAttribute('data-fr-opened')).toBe('false');
});

it('closes with its close button and returns focus to the element focused before show()', async () => {
  const root = await mount(`<button type="button" id="other">Autre</button>${markup}`);
  const { modal, dialog, close } = parts(root);
  const other = root.querySelector('#other') as HTMLButtonElement;
  other.focus();
  modal.show();
  await modal.updateComplete;
  expect(dialog.open).toBe(true);
  await userEvent.click(close);
  await modal.updateComplete;
  expect(modal.open).toBe(false);
  expect(focused()).toBe(other);
});

it('opens and closes through the open property and the close() method', async () => {
  const root = await mount(markup);
  const { modal, dialog } = parts(root);
  modal.open = true;
  await modal.updateComplete;
  expect(dialog.open).toBe(true);
  modal.close();
  await modal.updateComplete;
  expect(dialog.open).toBe(false);
  expect(modal.open).toBe(false);
});

it('stays open when opened again right after closing, before the close event of the browser', async () => {
  const root = await mount(markup);
  const { modal, dialog } = parts(root);
  const events: string[] = [];
  modal.addEventListener('charte-open', () => events.push('open'));
  modal.addEventListener('charte-close', () => events.push('close'));
  modal.show();
  await modal.updateComplete;
  // The browser fires the dialog's close event in a later task: the second opening must not take it for its own.
  modal.close();
  modal.show();
  await modal.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(dialog.open).toBe(true);
  expect(modal.open).toBe(true);
  expect(events).toEqual(['open', 'close', 'open']);
});

it('speaks English when the page does', async () => {
  const root = await mount(`<div lang="en">${markup}</div>`);
  const { close } = parts(root);
  expect(close.textContent?.trim()).toBe('Close');
  expect(close.title).toBe('Close');
});

it('gives the page its scroll back when removed while open', async () => {
  const root = await mount(markup);
  const { modal } = parts(root);
  modal.show();
  await modal.updateComplete;
  expect(document.documentElement.style.overflow).toBe('hidden');
  modal.remove();
  expect(document.documentElement.style.overflow).toBe('');
});
