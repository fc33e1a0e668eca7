import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import { deepActiveElement } from '../../base/focus.ts';

const markup = (attrs = '') =>
  `<charte-notice heading="Titre du bandeau" dismissible ${attrs}></charte-notice><main><a id="after" href="#">Contenu</a></main>`;

it('closes with the keyboard: fires a cancelable charte-close, hides, moves focus on', async () => {
  const root = await mount(markup());
  const notice = root.querySelector('charte-notice')!;
  const events: Event[] = [];
  notice.addEventListener('charte-close', (event) => events.push(event));
  (deepQuery(root, 'charte-notice >>> .close') as HTMLButtonElement).focus();
  await userEvent.keyboard('{Enter}');
  expect(events).toHaveLength(1);
  expect(events[0]!.cancelable).toBe(true);
  expect(notice.hidden).toBe(true);
  expect(notice.getClientRects().length).toBe(0);
  expect(document.activeElement).toBe(root.querySelector('#after'));
});

it('closes with the pointer', async () => {
  const root = await mount(markup());
  const notice = root.querySelector('charte-notice')!;
  await userEvent.click(deepQuery(root, 'charte-notice >>> .close')!);
  expect(notice.hidden).toBe(true);
});

it('stays shown when charte-close is cancelled', async () => {
  const root = await mount(markup());
  const notice = root.querySelector('charte-notice')!;
  notice.addEventListener('charte-close', (event) => event.preventDefault());
  await userEvent.click(deepQuery(root, 'charte-notice >>> .close')!);
  expect(notice.hidden).toBe(false);
});

it('reaches the link then the close button with Tab', async () => {
  const root = await mount(
    `<button id="before">Avant</button><charte-notice heading="Titre" link-label="Lien" link-href="#x" dismissible></charte-notice>`,
  );
  root.querySelector<HTMLButtonElement>('#before')!.focus();
  await userEvent.tab();
  expect(deepActiveElement()).toBe(deepQuery(root, 'charte-notice >>> .link'));
  await userEvent.tab();
  expect(deepActiveElement()).toBe(deepQuery(root, 'charte-notice >>> .close'));
});

it('speaks French by default and English under lang="en"', async () => {
  let root = await mount(markup('link-label="Lien" link-href="#" link-target="_blank"'));
  expect(deepQuery(root, 'charte-notice >>> .close')!.textContent?.trim()).toBe('Masquer le message');
  expect(deepQuery(root, 'charte-notice >>> .link')!.getAttribute('title')).toBe('Lien - nouvelle fenêtre');
  root = await mount(`<div lang="en">${markup('link-label="Link" link-href="#" link-target="_blank"')}</div>`);
  const close = deepQuery(root, 'charte-notice >>> .close')!;
  expect(close.textContent?.trim()).toBe('Hide message');
  expect(close.getAttribute('title')).toBe('Hide message');
  expect(deepQuery(root, 'charte-notice >>> .link')!.getAttribute('title')).toBe('Link - new window');
});

it('uses a paragraph for the title unless a heading level is given', async () => {
  let root = await mount('<charte-notice heading="Titre"></charte-notice>');
  expect(deepQuery(root, 'charte-notice >>> .title')!.localName).toBe('p');
  root = await mount('<charte-notice heading="Titre" heading-level="2"></charte-notice>');
  expect(deepQuery(root, 'charte-notice >>> .title')!.localName).toBe('h2');
});
