import { expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';

it('renders the title as a heading of the level asked for, h3 by default', async () => {
  let root = await mount('<charte-callout heading="Titre">Texte</charte-callout>');
  expect(deepQuery(root, 'charte-callout >>> h3.title')?.textContent).toBe('Titre');
  root = await mount('<charte-callout heading="Titre" heading-level="2">Texte</charte-callout>');
  expect(deepQuery(root, 'charte-callout >>> h2.title')?.textContent).toBe('Titre');
});

it('shows the slotted text inside its paragraph, and the button under it', async () => {
  const root = await mount(
    '<charte-callout>Le <a href="#">texte</a><button slot="button">Action</button></charte-callout>',
  );
  const textSlot = deepQuery(root, 'charte-callout >>> .text slot') as HTMLSlotElement;
  expect(textSlot.assignedNodes().map((n) => n.textContent)).toEqual(['Le ', 'texte']);
  const button = root.querySelector('button')!;
  expect(button.assignedSlot?.name).toBe('button');
  expect(getComputedStyle(button).marginTop).toBe('16px');
});

it('draws its icon as decoration, hidden from assistive technologies', async () => {
  const root = await mount('<charte-callout icon="fr--info-line" heading="Titre">Texte</charte-callout>');
  expect(deepQuery(root, 'charte-callout >>> .icon')!.getAttribute('aria-hidden')).toBe('true');
});

it('changes its band colour with the accent', async () => {
  const root = await mount(
    '<charte-callout>Texte</charte-callout><charte-callout accent="green-emeraude">Texte</charte-callout>',
  );
  const [plain, green] = [...root.querySelectorAll('charte-callout')].map(
    (el) => getComputedStyle(el.shadowRoot!.querySelector('.callout')!).backgroundImage,
  );
  expect(green).not.toBe(plain);
});
