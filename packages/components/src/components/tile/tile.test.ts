import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';

it('follows the title link when the tile is clicked anywhere (enlarged link)', async () => {
  history.replaceState(null, '', location.pathname + location.search);
  const root = await mount(
    '<charte-tile heading="Titre" href="#tile-clicked" description="Une description"><svg slot="pictogram" aria-hidden="true" viewBox="0 0 80 80" width="80" height="80"><circle cx="40" cy="40" r="30"/></svg></charte-tile>',
  );
  const tile = root.querySelector('charte-tile')!;
  const picto = tile.querySelector('svg')!.getBoundingClientRect();
  expect(tile.shadowRoot!.elementFromPoint(picto.left + 5, picto.top + 5)).toBe(deepQuery(root, 'charte-tile >>> a'));
  await page.elementLocator(tile).click({ position: { x: 10, y: 10 } });
  expect(location.hash).toBe('#tile-clicked');
  history.replaceState(null, '', location.pathname + location.search);
});

it('is one tab stop: the title link inside the heading', async () => {
  const root = await mount('<button>avant</button><charte-tile heading="Titre" href="#x"></charte-tile>');
  root.querySelector('button')!.focus();
  await userEvent.tab();
  const active = root.querySelector('charte-tile')!.shadowRoot!.activeElement!;
  expect(active.localName).toBe('a');
  expect(active.parentElement!.localName).toBe('h3');
});

it('marks a download tile link with download, and an external one with its title (fr/en)', async () => {
  let root = await mount('<charte-tile heading="Télécharger" href="#f" download></charte-tile>');
  expect(deepQuery(root, 'charte-tile >>> a')!.hasAttribute('download')).toBe(true);
  root = await mount('<charte-tile heading="Titre" href="#f" target="_blank"></charte-tile>');
  expect(deepQuery(root, 'charte-tile >>> a')!.getAttribute('title')).toBe('Titre - nouvelle fenêtre');
  root = await mount('<div lang="en"><charte-tile heading="Title" href="#f" target="_blank"></charte-tile></div>');
  expect(deepQuery(root, 'charte-tile >>> a')!.getAttribute('title')).toBe('Title - new window');
});

it('reflects its variant attributes', async () => {
  const root = await mount('<charte-tile heading="Titre"></charte-tile>');
  const tile = root.querySelector('charte-tile')!;
  tile.horizontal = true;
  tile.size = 'sm';
  await tile.updateComplete;
  expect(tile.getAttribute('size')).toBe('sm');
  expect(tile.hasAttribute('horizontal')).toBe(true);
  expect(deepQuery(root, 'charte-tile >>> .tile')!.classList.contains('horizontal')).toBe(true);
});
