import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import { deepActiveElement } from '../../base/focus.ts';

const markup = (attrs = '') =>
  `<button id="before">Avant</button><charte-alert type="info" heading="Titre" description="Texte" dismissible ${attrs}></charte-alert><a id="after" href="#">Après</a>`;

it('closes with the keyboard: Tab to the close button, Enter; fires charte-close, hides, moves focus on', async () => {
  const root = await mount(markup());
  const alert = root.querySelector('charte-alert')!;
  const events: Event[] = [];
  alert.addEventListener('charte-close', (event) => events.push(event));
  root.querySelector<HTMLButtonElement>('#before')!.focus();
  await userEvent.tab();
  expect(deepActiveElement()).toBe(deepQuery(root, 'charte-alert >>> .close'));
  await userEvent.keyboard('{Enter}');
  expect(events).toHaveLength(1);
  expect(events[0]!.cancelable).toBe(true);
  expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  expect(alert.hidden).toBe(true);
  expect(alert.getClientRects().length).toBe(0);
  expect(document.activeElement).toBe(root.querySelector('#after'));
});

it('closes with Space too', async () => {
  const root = await mount(markup());
  const alert = root.querySelector('charte-alert')!;
  (deepQuery(root, 'charte-alert >>> .close') as HTMLButtonElement).focus();
  await userEvent.keyboard(' ');
  expect(alert.hidden).toBe(true);
});

it('closes with the pointer', async () => {
  const root = await mount(markup());
  const alert = root.querySelector('charte-alert')!;
  let fired = 0;
  alert.addEventListener('charte-close', () => fired++);
  await userEvent.click(deepQuery(root, 'charte-alert >>> .close')!);
  expect(fired).toBe(1);
  expect(alert.hidden).toBe(true);
  expect(document.activeElement).toBe(root.querySelector('#after'));
});

it('moves focus to the previous focusable element when nothing follows', async () => {
  const root = await mount(
    '<button id="before">Avant</button><charte-alert type="info" description="Texte" dismissible></charte-alert>',
  );
  await userEvent.click(deepQuery(root, 'charte-alert >>> .close')!);
  expect(document.activeElement).toBe(root.querySelector('#before'));
});

it('stays shown when charte-close is cancelled', async () => {
  const root = await mount(markup());
  const alert = root.querySelector('charte-alert')!;
  alert.addEventListener('charte-close', (event) => event.preventDefault());
  await userEvent.click(deepQuery(root, 'charte-alert >>> .close')!);
  expect(alert.hidden).toBe(false);
  expect(alert.getClientRects().length).toBeGreaterThan(0);
});

it('labels the close button in French, in English under lang="en", or with close-label', async () => {
  let root = await mount(markup());
  let button = deepQuery(root, 'charte-alert >>> .close')!;
  expect(button.textContent?.trim()).toBe('Masquer le message');
  expect(button.getAttribute('title')).toBe('Masquer le message');
  root = await mount(`<div lang="en">${markup()}</div>`);
  button = deepQuery(root, 'charte-alert >>> .close')!;
  expect(button.textContent?.trim()).toBe('Hide message');
  root = await mount(markup('close-label="Fermer l’alerte"'));
  expect(deepQuery(root, 'charte-alert >>> .close')!.textContent?.trim()).toBe('Fermer l’alerte');
});

it('is a live region (role="alert") only when added dynamically', async () => {
  let root = await mount('<charte-alert type="error" description="Erreur" dynamic></charte-alert>');
  expect(deepQuery(root, 'charte-alert >>> .alert')!.getAttribute('role')).toBe('alert');
  // Added after the page loaded (this test page is complete): treated as dynamic.
  root = await mount('<charte-alert type="error" description="Erreur"></charte-alert>');
  expect(document.readyState).toBe('complete');
  expect(deepQuery(root, 'charte-alert >>> .alert')!.getAttribute('role')).toBe('alert');
  // Marked as part of the page: no role.
  const alert = document.createElement('charte-alert');
  alert.dynamic = false;
  alert.description = 'Statique';
  root.replaceChildren(alert);
  await alert.updateComplete;
  expect(alert.shadowRoot!.querySelector('.alert')!.hasAttribute('role')).toBe(false);
});

it('has no close button unless dismissible', async () => {
  const root = await mount('<charte-alert type="info" description="Texte"></charte-alert>');
  expect(deepQuery(root, 'charte-alert >>> .close')).toBeNull();
});

it('shows slotted rich content as the description', async () => {
  const root = await mount('<charte-alert type="info">Voir <a href="#">le lien</a></charte-alert>');
  const desc = deepQuery(root, 'charte-alert >>> .desc') as HTMLElement;
  expect(desc.hidden).toBe(false);
  expect(desc.querySelector('slot')!.assignedNodes().length).toBeGreaterThan(0);
});
