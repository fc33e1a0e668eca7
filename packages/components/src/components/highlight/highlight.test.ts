import { expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';

it('sizes its text: sm 14px, md 16px, lg 18px', async () => {
  const root = await mount(
    '<charte-highlight size="sm">a</charte-highlight><charte-highlight>b</charte-highlight><charte-highlight size="lg">c</charte-highlight>',
  );
  const sizes = [...root.querySelectorAll('charte-highlight')].map(
    (el) => getComputedStyle(el.shadowRoot!.querySelector('.text')!).fontSize,
  );
  expect(sizes).toEqual(['14px', '16px', '18px']);
});

it('keeps the slotted text in a paragraph and changes the band with the accent', async () => {
  const root = await mount('<charte-highlight accent="pink-tuile">Texte mis en exergue</charte-highlight>');
  const slot = deepQuery(root, 'charte-highlight >>> p.text slot') as HTMLSlotElement;
  expect(slot.assignedNodes()[0]!.textContent).toBe('Texte mis en exergue');
  expect(root.querySelector('charte-highlight')!.getAttribute('accent')).toBe('pink-tuile');
});
