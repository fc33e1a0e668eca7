import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount } from '../../../test/dom.ts';
import type { CharteTab, CharteTabPanel, CharteTabs } from './tabs.ts';

afterAll(async () => {
  // Leave the pointer in a corner, off the content: a hovered element would change later tests' colours.
  const spot = document.createElement('div');
  spot.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px';
  document.body.append(spot);
  await userEvent.hover(spot);
  spot.remove();
});

const markup = `<button type="button" id="before">Avant</button>
  <charte-tabs label="Onglets">
    <charte-tab icon="checkbox-circle-line">Un</charte-tab>
    <charte-tab>Deux</charte-tab>
    <charte-tab>Trois</charte-tab>
    <charte-tab-panel>Panneau un <a href="#x">lien</a></charte-tab-panel>
    <charte-tab-panel>Panneau deux</charte-tab-panel>
    <charte-tab-panel>Panneau trois</charte-tab-panel>
  </charte-tabs>`;

const setup = async (html = markup) => {
  const root = await mount(html);
  const tabs = root.querySelector('charte-tabs') as CharteTabs;
  return {
    root,
    tabs,
    tab: [...root.querySelectorAll('charte-tab')] as CharteTab[],
    panel: [...root.querySelectorAll('charte-tab-panel')] as CharteTabPanel[],
  };
};

const settle = async (...els: { updateComplete: Promise<unknown> }[]) => {
  for (const el of els) await el.updateComplete;
};

const selectedIs = (tab: CharteTab[], panel: CharteTabPanel[], index: number) => {
  tab.forEach((t, i) => {
    expect(t.getAttribute('aria-selected'), `tab ${i}`).toBe(String(i === index));
    expect(t.tabIndex, `tab ${i}`).toBe(i === index ? 0 : -1);
    expect(panel[i]!.hidden, `panel ${i}`).toBe(i !== index);
  });
};

it('wires the WAI-ARIA roles and references, the first tab selected', async () => {
  const { root, tab, panel } = await setup();
  const list = tab[0]!.assignedSlot!.parentElement!;
  expect(list.getAttribute('role')).toBe('tablist');
  expect(list.getAttribute('aria-label')).toBe('Onglets');
  tab.forEach((t, i) => {
    expect(t.getAttribute('role')).toBe('tab');
    expect(t.getAttribute('aria-controls')).toBe(panel[i]!.id);
    expect(panel[i]!.getAttribute('role')).toBe('tabpanel');
    expect(panel[i]!.getAttribute('aria-labelledby')).toBe(t.id);
    expect(root.querySelector(`#${t.getAttribute('aria-controls')}`)).toBe(panel[i]);
  });
  selectedIs(tab, panel, 0);
  expect(tab[0]!.shadowRoot!.querySelector('.icon')).not.toBeNull();
});

it('moves and selects with the arrow keys, looping, and Home / End', async () => {
  const { tabs, tab, panel } = await setup();
  const changes: number[] = [];
  tabs.addEventListener('charte-tab-change', (e) => changes.push(e.detail.index));
  (document.querySelector('#before') as HTMLElement).focus();
  await userEvent.keyboard('{Tab}');
  expect(document.activeElement).toBe(tab[0]);
  await userEvent.keyboard('{ArrowRight}');
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[1]);
  selectedIs(tab, panel, 1);
  await userEvent.keyboard('{ArrowRight}{ArrowRight}');
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[0]);
  selectedIs(tab, panel, 0);
  await userEvent.keyboard('{ArrowLeft}');
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[2]);
  selectedIs(tab, panel, 2);
  await userEvent.keyboard('{Home}');
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[0]);
  await userEvent.keyboard('{End}');
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[2]);
  selectedIs(tab, panel, 2);
  expect(changes).toEqual([1, 2, 0, 2, 0, 2]);
});

it('Tab goes from the selected tab into its panel', async () => {
  const { tabs, tab, panel } = await setup();
  tab[1]!.click();
  await settle(tabs, ...tab);
  expect(document.activeElement).toBe(tab[1]);
  await userEvent.keyboard('{Tab}');
  expect(document.activeElement).toBe(panel[1]);
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(document.activeElement).toBe(tab[1]);
});

it('selects with a click', async () => {
  const { tabs, tab, panel } = await setup();
  await userEvent.click(tab[2]!);
  await settle(tabs, ...tab);
  selectedIs(tab, panel, 2);
  expect(tabs.selectedIndex).toBe(2);
  expect(tabs.getAttribute('selected-index')).toBe('2');
});

it('starts on the tab marked selected, and selectedIndex selects from code', async () => {
  const { tabs, tab, panel } = await setup(markup.replace('<charte-tab>Deux', '<charte-tab selected>Deux'));
  selectedIs(tab, panel, 1);
  tabs.selectedIndex = 2;
  await settle(tabs, ...tab);
  selectedIs(tab, panel, 2);
});

describe('more tabs than the width holds', () => {
  const many = (width: number, count = 8) =>
    `<button type="button" id="before">Avant</button><div style="width: ${width}px"><charte-tabs label="Onglets">${Array.from(
      { length: count },
      (_, i) => `<charte-tab>Libellé onglet ${i + 1}</charte-tab>`,
    ).join('')}${Array.from({ length: count }, (_, i) => `<charte-tab-panel>Panneau ${i + 1}</charte-tab-panel>`).join(
      '',
    )}</charte-tabs></div>`;

  /** The list's scroll shadows, once their transition is over: which sides show one. */
  const shadows = async (list: HTMLElement) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(list.getAnimations({ subtree: true }).map((a) => a.finished));
    const style = getComputedStyle(list, '::before');
    if (style.content === 'none') return { left: false, right: false };
    const [start, end] = style.boxShadow.split(/,(?![^(]*\))/).map((s) => !/^\s*rgba\(0, 0, 0, 0\)/.test(s));
    return { left: start, right: end };
  };

  /** Whether `tab` is entirely within the list's visible box. */
  const inView = (tab: Element, list: HTMLElement) => {
    const t = tab.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    return t.left >= l.left && t.right <= l.right;
  };

  it('shows a shadow on the right at the start, on the left once scrolled to the end, none when all fit', async () => {
    const { tab } = await setup(many(320));
    const list = tab[0]!.assignedSlot!.parentElement!;
    expect(list.scrollWidth).toBeGreaterThan(list.clientWidth);
    expect(await shadows(list)).toEqual({ left: false, right: true });
    list.scrollLeft = 100;
    expect(await shadows(list)).toEqual({ left: true, right: true });
    list.scrollLeft = list.scrollWidth;
    expect(await shadows(list)).toEqual({ left: true, right: false });
    // The shadow covers the tabs, not the frame: it starts 4px down (room for the focus ring) and is as tall as a tab.
    const before = getComputedStyle(list, '::before');
    expect(before.height).toBe(`${tab[0]!.getBoundingClientRect().height}px`);
    expect(before.pointerEvents).toBe('none');

    const wide = await setup(many(2400, 3));
    expect(await shadows(wide.tab[0]!.assignedSlot!.parentElement!)).toEqual({ left: false, right: false });
  });

  it('scrolls the selected tab into view with the arrow keys, Home and End', async () => {
    const { tabs, tab } = await setup(many(320));
    const list = tab[0]!.assignedSlot!.parentElement!;
    (document.querySelector('#before') as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(tab[0]);
    await userEvent.keyboard('{ArrowLeft}');
    await settle(tabs, ...tab);
    expect(document.activeElement).toBe(tab[7]);
    expect(inView(tab[7]!, list)).toBe(true);
    expect(await shadows(list)).toEqual({ left: true, right: false });
    await userEvent.keyboard('{Home}');
    await settle(tabs, ...tab);
    expect(inView(tab[0]!, list)).toBe(true);
    expect(await shadows(list)).toEqual({ left: false, right: true });
    for (let i = 1; i < 5; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await settle(tabs, ...tab);
      expect(document.activeElement).toBe(tab[i]);
      expect(inView(tab[i]!, list), `tab ${i}`).toBe(true);
    }
    await userEvent.keyboard('{End}');
    await settle(tabs, ...tab);
    expect(inView(tab[7]!, list)).toBe(true);
  });

  it('scrolls to the tab selected from code, and to the one marked selected at the start', async () => {
    const { tabs, tab } = await setup(
      many(320).replace('<charte-tab>Libellé onglet 6', '<charte-tab selected>Libellé onglet 6'),
    );
    const list = tab[0]!.assignedSlot!.parentElement!;
    expect(inView(tab[5]!, list)).toBe(true);
    tabs.selectedIndex = 0;
    await settle(tabs, ...tab);
    expect(inView(tab[0]!, list)).toBe(true);
    expect(list.scrollLeft).toBe(0);
  });
});
