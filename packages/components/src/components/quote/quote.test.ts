import { expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';

it('is a figure with a blockquote (cite) and a figcaption holding author and details', async () => {
  const root = await mount(
    '<charte-quote cite="https://example.org" author="Auteur" source="Ouvrage" details="Détail 1|Détail 2">« Texte »</charte-quote>',
  );
  const figure = deepQuery(root, 'charte-quote >>> figure')!;
  expect(figure.querySelector('blockquote')!.getAttribute('cite')).toBe('https://example.org');
  expect(figure.querySelector('figcaption .author')!.textContent).toBe('Auteur');
  expect([...figure.querySelectorAll('.source li')].map((li) => li.textContent)).toEqual([
    'Ouvrage',
    'Détail 1',
    'Détail 2',
  ]);
  expect(figure.querySelector('.source cite')!.textContent).toBe('Ouvrage');
});

it('switches to the column layout when a picture is slotted', async () => {
  const root = await mount(
    `<charte-quote author="Auteur">« Texte »<img slot="image" alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3C/svg%3E"></charte-quote>`,
  );
  expect(deepQuery(root, 'charte-quote >>> figure')!.classList.contains('column')).toBe(true);
  expect((deepQuery(root, 'charte-quote >>> .image') as HTMLElement).hidden).toBe(false);
});

it('titles its link "… - nouvelle fenêtre", or "… - new window" in English', async () => {
  let root = await mount('<charte-quote link-label="Source" link-href="#s">« Texte »</charte-quote>');
  let link = deepQuery(root, 'charte-quote >>> .source a')!;
  expect(link.getAttribute('title')).toBe('Source - nouvelle fenêtre');
  expect(link.getAttribute('target')).toBe('_blank');
  root = await mount('<div lang="en"><charte-quote link-label="Source" link-href="#s">“Text”</charte-quote></div>');
  link = deepQuery(root, 'charte-quote >>> .source a')!;
  expect(link.getAttribute('title')).toBe('Source - new window');
});

it('hides the details list when there is none', async () => {
  const root = await mount('<charte-quote author="Auteur">« Texte »</charte-quote>');
  expect((deepQuery(root, 'charte-quote >>> .source') as HTMLElement).hidden).toBe(true);
});
