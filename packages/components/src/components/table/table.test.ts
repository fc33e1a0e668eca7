import axe from 'axe-core';
import { expect, it } from 'vitest';
import { mount } from '../../../test/dom.ts';

const TABLE =
  '<table><caption>Résultats 2024</caption><thead><tr><th scope="col">Nom</th><th scope="col">Valeur</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table>';

/** The accessible name axe computes for `element` (the name a screen reader announces). */
function accessibleName(element: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element as HTMLElement);
  } finally {
    axe.teardown();
  }
}

it('keeps the page’s table, named by its caption, in every caption position', async () => {
  for (const caption of ['top', 'bottom', 'hidden']) {
    const root = await mount(`<charte-table caption="${caption}">${TABLE}</charte-table>`);
    const table = root.querySelector('charte-table > table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Résultats 2024');
    expect(accessibleName(table)).toBe('Résultats 2024');
  }
});

it('hides the caption visually only with caption="hidden"', async () => {
  const root = await mount(`<charte-table caption="hidden">${TABLE}</charte-table>`);
  const caption = root.querySelector('caption')!;
  const box = caption.getBoundingClientRect();
  expect(box.width).toBeLessThanOrEqual(1);
  expect(getComputedStyle(caption).clip).toBe('rect(0px, 0px, 0px, 0px)');
});

it('puts the caption under the table with caption="bottom"', async () => {
  const root = await mount(`<charte-table caption="bottom">${TABLE}</charte-table>`);
  const caption = root.querySelector('caption')!.getBoundingClientRect();
  const body = root.querySelector('tbody')!.getBoundingClientRect();
  expect(caption.top).toBeGreaterThanOrEqual(body.bottom);
});

it('styles the cells of its table (header background, cell padding by size)', async () => {
  const root = await mount(
    `<charte-table size="sm">${TABLE}</charte-table>${TABLE.replace('<table>', '<table id="plain">')}`,
  );
  const th = root.querySelector('charte-table th')!;
  expect(getComputedStyle(th).paddingLeft).toBe('12px');
  const table = root.querySelector('charte-table')!;
  table.size = 'lg';
  await table.updateComplete;
  expect(getComputedStyle(th).paddingLeft).toBe('24px');
  // Scoped: a table outside charte-table keeps its own styles.
  expect(getComputedStyle(root.querySelector('#plain td')!).paddingLeft).not.toBe('16px');
});

it('styles its table inside another shadow root too', async () => {
  const root = await mount('<div id="host"></div>');
  const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<charte-table>${TABLE}</charte-table>`;
  await (shadow.querySelector('charte-table') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(getComputedStyle(shadow.querySelector('td')!).paddingLeft).toBe('16px');
});
