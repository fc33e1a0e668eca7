import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount, settled } from '../../../test/dom.ts';
import type { CharteTable, TableSelectionDetail, TableSortDetail } from './table.ts';
import { toNumber } from './table-sort.ts';

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

const rect = (element: Element) => element.getBoundingClientRect();
const frame = async () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

afterEach(async () => {
  await page.viewport(1280, 900);
});

describe('caption and frame', () => {
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
    expect(rect(caption).width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(caption).clip).toBe('rect(0px, 0px, 0px, 0px)');
  });

  it('puts the caption under the table with caption="bottom"', async () => {
    const root = await mount(`<charte-table caption="bottom">${TABLE}</charte-table>`);
    expect(rect(root.querySelector('caption')!).top).toBeGreaterThanOrEqual(rect(root.querySelector('tbody')!).bottom);
  });

  it('shows the caption above the table, where it stays when the table scrolls sideways', async () => {
    await page.viewport(375, 800);
    const wide = '<td>Lorem ipsum dolor sit amet consectetur</td>'.repeat(4);
    const root = await mount(
      `<charte-table><table><caption>Titre du tableau</caption><thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th><th scope="col">D</th></tr></thead><tbody><tr>${wide}</tr></tbody></table></charte-table>`,
    );
    await frame();
    const caption = root.querySelector('caption')!;
    const head = root.querySelector('thead')!;
    expect(rect(caption).bottom + 16).toBeCloseTo(rect(head).top, 0);
    const container = deepQuery(root, 'charte-table >>> .container') as HTMLElement;
    const before = [rect(caption).left, rect(root.querySelector('td')!).left];
    container.scrollLeft = 150;
    await frame();
    expect(rect(caption).left).toBe(before[0]);
    expect(rect(root.querySelector('td')!).left).toBeLessThan(before[1]! - 100);
  });

  it('follows a caption that changes: the table moves down when it wraps to more lines', async () => {
    await page.viewport(375, 800);
    const root = await mount(`<charte-table>${TABLE}</charte-table>`);
    const caption = root.querySelector('caption')!;
    const top = rect(root.querySelector('thead')!).top;
    caption.textContent = 'Un titre bien plus long, qui ne tient pas sur une seule ligne à cette largeur';
    await frame();
    await frame();
    expect(rect(root.querySelector('thead')!).top).toBeGreaterThan(top + 20);
    expect(rect(caption).bottom).toBeLessThanOrEqual(rect(root.querySelector('thead')!).top);
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
    await (shadow.querySelector('charte-table') as CharteTable).updateComplete;
    expect(getComputedStyle(shadow.querySelector('td')!).paddingLeft).toBe('16px');
  });

  it('aligns and wraps cells as their data attributes say', async () => {
    const root = await mount(
      `<charte-table><table><caption>T</caption><thead><tr><th scope="col" data-min-width="md">A</th><th scope="col">B</th></tr></thead><tbody><tr><td data-align="right" data-valign="top">1</td><td data-multiline>x</td></tr></tbody></table></charte-table>`,
    );
    const [first, second] = root.querySelectorAll('td');
    expect(getComputedStyle(first!).textAlign).toBe('right');
    expect(getComputedStyle(first!).verticalAlign).toBe('top');
    expect(getComputedStyle(second!).whiteSpace).toBe('normal');
    expect(rect(root.querySelector('th')!).width).toBeGreaterThanOrEqual(200);
  });
});

describe('header and footer bars', () => {
  it('shows the header above the table and the footer zones under it', async () => {
    await page.viewport(1280, 900);
    const root = await mount(
      `<charte-table><p slot="header">3 lignes sélectionnées</p>${TABLE}<p slot="footer-start">215 lignes</p><charte-pagination slot="footer-middle" page="1" total="3" href-template="?page={page}"></charte-pagination></charte-table>`,
    );
    const header = root.querySelector('[slot="header"]')!;
    const start = root.querySelector('[slot="footer-start"]')!;
    const pagination = root.querySelector('charte-pagination')!;
    expect(rect(header).bottom).toBeLessThanOrEqual(rect(root.querySelector('caption')!).top);
    expect(rect(start).top).toBeGreaterThanOrEqual(rect(root.querySelector('tbody')!).bottom);
    // From md on, the footer is a row: detail, then pagination.
    expect(rect(pagination).left).toBeGreaterThan(rect(start).right);
    expect(getComputedStyle(header).color).toBe(getComputedStyle(start).color);
  });

  it('takes no room without footer content, and makes room when some comes', async () => {
    const root = await mount(`<charte-table>${TABLE}</charte-table>`);
    const table = root.querySelector('charte-table')!;
    const footer = deepQuery(root, 'charte-table >>> [part="footer"]')!;
    expect(rect(footer).height).toBe(0);
    const end = document.createElement('charte-button');
    end.slot = 'footer-end';
    end.textContent = 'Exporter';
    table.append(end);
    await settled(root);
    expect(rect(footer).height).toBeGreaterThan(40);
    end.remove();
    await settled(root);
    expect(rect(footer).height).toBe(0);
  });
});

const PEOPLE = ['Lucie', 'Émile', 'Aline'];
const selectable = (all = false, checked: number[] = []) =>
  `<charte-table selectable><table><caption>Agents</caption><thead><tr>${
    all
      ? '<th scope="col"><input type="checkbox" aria-label="Sélectionner toutes les lignes"></th>'
      : '<th scope="col" aria-label="Sélectionner"></th>'
  }<th scope="col">Nom</th></tr></thead><tbody>${PEOPLE.map(
    (name, i) =>
      `<tr><th scope="row"><input type="checkbox" aria-label="Sélectionner ${name}"${checked.includes(i) ? ' checked' : ''}></th><td>${name}</td></tr>`,
  ).join('')}</tbody></table></charte-table>`;

describe('selectable rows', () => {
  const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const selected = (root: ParentNode) => rows(root).map((row) => row.getAttribute('aria-selected'));
  const listen = (table: CharteTable) => {
    const events: string[][] = [];
    table.addEventListener('charte-selection-change', (event: CustomEvent<TableSelectionDetail>) =>
      events.push(event.detail.rows.map((row) => row.cells[1]!.textContent!)),
    );
    return events;
  };

  it('marks rows selected from their checkboxes, with DSFR’s blue frame', async () => {
    const root = await mount(selectable(false, [1]));
    expect(selected(root)).toEqual(['false', 'true', 'false']);
    const row = rows(root)[1]!;
    const after = getComputedStyle(row, '::after');
    expect(after.content).toBe('""');
    expect(Number.parseFloat(after.height)).toBeCloseTo(rect(row).height + 2, 0);
    expect(root.querySelector('charte-table')!.selectedRows).toEqual([row]);
    expect(getComputedStyle(rows(root)[0]!, '::after').content).toBe('none');
  });

  it('selects a row with the pointer, and tells the page', async () => {
    const root = await mount(selectable());
    const events = listen(root.querySelector('charte-table')!);
    await userEvent.click(root.querySelector('tbody tr:nth-child(2) input')!);
    expect(selected(root)).toEqual(['false', 'true', 'false']);
    await userEvent.click(root.querySelector('tbody tr:nth-child(3) input')!);
    await userEvent.click(root.querySelector('tbody tr:nth-child(2) input')!);
    expect(selected(root)).toEqual(['false', 'false', 'true']);
    expect(events).toEqual([['Émile'], ['Émile', 'Aline'], ['Aline']]);
  });

  it('selects a row with the keyboard (Tab, Space)', async () => {
    const root = await mount(`<button id="before">Avant</button>${selectable()}`);
    const events = listen(root.querySelector('charte-table')!);
    root.querySelector<HTMLElement>('#before')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(root.querySelector('tbody tr:first-child input'));
    await userEvent.keyboard(' ');
    expect(selected(root)).toEqual(['true', 'false', 'false']);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    expect(selected(root)).toEqual(['false', 'true', 'false']);
    expect(events).toEqual([['Lucie'], ['Lucie', 'Émile'], ['Émile']]);
  });

  it('selects and clears every row with the header checkbox, which shows a mixed state', async () => {
    const root = await mount(selectable(true, [0]));
    const table = root.querySelector('charte-table')!;
    const events = listen(table);
    const all = root.querySelector<HTMLInputElement>('thead input')!;
    expect(all.indeterminate).toBe(true);
    await userEvent.click(all);
    expect(selected(root)).toEqual(['true', 'true', 'true']);
    expect(all.checked && !all.indeterminate).toBe(true);
    await userEvent.click(root.querySelector('tbody tr:nth-child(3) input')!);
    expect(all.indeterminate).toBe(true);
    all.focus();
    await userEvent.keyboard(' ');
    expect(selected(root)).toEqual(['true', 'true', 'true']);
    await userEvent.keyboard(' ');
    expect(selected(root)).toEqual(['false', 'false', 'false']);
    expect(all.checked || all.indeterminate).toBe(false);
    expect(events).toEqual([PEOPLE, ['Lucie', 'Émile'], PEOPLE, []]);
  });

  it('takes in rows added later', async () => {
    const root = await mount(selectable(true, [0, 1, 2]));
    const all = root.querySelector<HTMLInputElement>('thead input')!;
    expect(all.checked).toBe(true);
    const row = rows(root)[0]!.cloneNode(true) as HTMLTableRowElement;
    row.querySelector('input')!.checked = false;
    root.querySelector('tbody')!.append(row);
    await frame();
    expect(row.getAttribute('aria-selected')).toBe('false');
    expect(all.indeterminate).toBe(true);
  });

  it('keeps the checkbox column in view when the table scrolls sideways', async () => {
    await page.viewport(375, 800);
    const root = await mount(selectable().replaceAll('<td>', '<td>Une cellule assez longue pour déborder · '));
    const container = deepQuery(root, 'charte-table >>> .container') as HTMLElement;
    const box = root.querySelector('tbody input')!;
    const left = rect(box).left;
    container.scrollLeft = 100;
    await frame();
    expect(rect(box).left).toBe(left);
  });

  it('does nothing without the selectable attribute', async () => {
    const root = await mount(selectable().replace(' selectable', ''));
    const events = listen(root.querySelector('charte-table')!);
    await userEvent.click(root.querySelector('tbody input')!);
    expect(selected(root)).toEqual([null, null, null]);
    expect(events).toEqual([]);
  });
});

describe('fixed first column', () => {
  const wide = (attrs: string) =>
    `<charte-table${attrs}><table><caption>T</caption><thead><tr><th scope="col" aria-label="Ligne"></th>${'<th scope="col">Colonne</th>'.repeat(6)}</tr></thead><tbody><tr><th scope="row">Ligne 1</th>${'<td>Lorem ipsum dolor sit amet</td>'.repeat(6)}</tr></tbody></table></charte-table>`;

  const stays = async (attrs: string) => {
    const root = await mount(wide(attrs));
    const container = deepQuery(root, 'charte-table >>> .container') as HTMLElement;
    const head = root.querySelector('tbody th')!;
    const left = rect(head).left;
    container.scrollLeft = 200;
    await frame();
    return rect(head).left === left;
  };

  it('stays in view with fixed-column, scrolls away without', async () => {
    await page.viewport(375, 800);
    expect(await stays(' fixed-column')).toBe(true);
    expect(await stays('')).toBe(false);
  });

  it('stays in view from md on with fixed-column="md"', async () => {
    await page.viewport(375, 800);
    expect(await stays(' fixed-column="md"')).toBe(false);
    await page.viewport(800, 800);
    expect(await stays(' fixed-column="md"')).toBe(true);
  });
});

const AGENTS: [string, string, string][] = [
  ['Lucie', '1 200,50 €', '2024-03-12'],
  ['émile', '30,00 €', ''],
  ['Aline', '9 €', '2023-11-02'],
  ['Zoé', '150 €', '2024-01-05'],
];
const sortable = (attrs = '', headAttrs = ['data-sort', 'data-sort', 'data-sort']) =>
  `<charte-table${attrs}><table><caption>Agents</caption><thead><tr>${['Nom', 'Montant', 'Arrivée']
    .map((name, i) => `<th scope="col" ${headAttrs[i]}>${name}</th>`)
    .join('')}</tr></thead><tbody>${AGENTS.map(
    ([name, amount, date]) =>
      `<tr><td>${name}</td><td>${amount}</td><td data-sort-value="${date}">${date ? date.split('-').reverse().join('/') : ''}</td></tr>`,
  ).join('')}</tbody></table></charte-table>`;

describe('sorting', () => {
  const names = (root: ParentNode) =>
    [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => row.cells[0]!.textContent);
  const button = (root: ParentNode, column: number) =>
    root.querySelector<HTMLButtonElement>(`thead th:nth-child(${column}) > button`)!;
  const sortOf = (root: ParentNode) => [...root.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));

  it('adds a sort button, named "Trier", to each header cell with data-sort', async () => {
    const root = await mount(sortable('', ['data-sort', '', 'data-sort']));
    expect(root.querySelectorAll('thead button')).toHaveLength(2);
    expect(accessibleName(button(root, 1))).toBe('Trier');
    expect(button(root, 1).type).toBe('button');
    const en = await mount(`<div lang="en">${sortable()}</div>`);
    expect(button(en, 1).textContent).toBe('Sort');
    const custom = await mount(sortable(' sort-label="Classer"'));
    expect(button(custom, 1).textContent).toBe('Classer');
  });

  it('sorts by text with the pointer: ascending, then descending', async () => {
    const root = await mount(sortable());
    await userEvent.click(button(root, 1));
    expect(names(root)).toEqual(['Aline', 'émile', 'Lucie', 'Zoé']);
    expect(sortOf(root)).toEqual(['ascending', null, null]);
    await userEvent.click(button(root, 1));
    expect(names(root)).toEqual(['Zoé', 'Lucie', 'émile', 'Aline']);
    expect(sortOf(root)).toEqual(['descending', null, null]);
  });

  it('sorts numbers as numbers, and by data-sort-value, empty cells last', async () => {
    const root = await mount(sortable());
    await userEvent.click(button(root, 2));
    expect(names(root)).toEqual(['Aline', 'émile', 'Zoé', 'Lucie']);
    expect(sortOf(root)).toEqual([null, 'ascending', null]);
    await userEvent.click(button(root, 3));
    expect(names(root)).toEqual(['Aline', 'Zoé', 'Lucie', 'émile']);
    expect(sortOf(root)).toEqual([null, null, 'ascending']);
    await userEvent.click(button(root, 3));
    expect(names(root)).toEqual(['Lucie', 'Zoé', 'Aline', 'émile']);
  });

  it('sorts with the keyboard (Enter, Space), the focus staying on the button', async () => {
    const root = await mount(sortable());
    button(root, 2).focus();
    await userEvent.keyboard('{Enter}');
    expect(names(root)).toEqual(['Aline', 'émile', 'Zoé', 'Lucie']);
    await userEvent.keyboard(' ');
    expect(names(root)).toEqual(['Lucie', 'Zoé', 'émile', 'Aline']);
    expect(sortOf(root)).toEqual([null, 'descending', null]);
    expect(document.activeElement).toBe(button(root, 2));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(names(root)).toEqual(['Aline', 'émile', 'Lucie', 'Zoé']);
    expect(sortOf(root)).toEqual(['ascending', null, null]);
  });

  it('shows the order on the button: up and down arrows, an up arrow, turned over when descending', async () => {
    const root = await mount(sortable());
    const icon = () => getComputedStyle(button(root, 1), '::before');
    const unsorted = icon().maskImage;
    button(root, 1).click();
    expect(icon().maskImage).not.toBe(unsorted);
    expect(icon().transform).toBe('none');
    button(root, 1).click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(icon().transform).not.toBe('none');
  });

  it('fires charte-sort; with manual-sort the rows stay, for the page to sort', async () => {
    const root = await mount(sortable(' manual-sort'));
    const details: Omit<TableSortDetail, 'header'>[] = [];
    const table = root.querySelector('charte-table')!;
    table.addEventListener('charte-sort', (event) => {
      expect(event.detail.header).toBe(root.querySelector('thead th:nth-child(2)'));
      details.push({ column: event.detail.column, direction: event.detail.direction });
    });
    await userEvent.click(button(root, 2));
    await userEvent.click(button(root, 2));
    expect(details).toEqual([
      { column: 1, direction: 'ascending' },
      { column: 1, direction: 'descending' },
    ]);
    expect(names(root)).toEqual(AGENTS.map(([name]) => name));
    expect(sortOf(root)).toEqual([null, 'descending', null]);
  });

  it('changes nothing when charte-sort is cancelled', async () => {
    const root = await mount(sortable());
    root.querySelector('charte-table')!.addEventListener('charte-sort', (event) => event.preventDefault());
    await userEvent.click(button(root, 1));
    expect(names(root)).toEqual(AGENTS.map(([name]) => name));
    expect(sortOf(root)).toEqual([null, null, null]);
  });

  it('reads numbers as written in French and English', () => {
    expect(toNumber('1 200,50 €')).toBe(1200.5);
    expect(toNumber('−12 %')).toBe(-12);
    expect(toNumber('1,234.5')).toBe(1234.5);
    expect(toNumber('1.234.567')).toBe(1234567);
    expect(toNumber('$ 30')).toBe(30);
    expect(toNumber('12 km')).toBe(12);
    expect(toNumber('A1')).toBeNaN();
    expect(toNumber('2024-01-05')).toBeNaN();
    expect(toNumber('Lorem 3')).toBeNaN();
  });
});
