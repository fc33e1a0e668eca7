import { describe, expect, it } from 'vitest';
import { deepQuery, mount, settled } from '../../../test/dom.ts';
import type { CharteBadge } from './badge.ts';

describe('charte-badge', () => {
  it('shows its text (slotted), in capitals', async () => {
    const c = await mount('<charte-badge type="success">Validé</charte-badge>');
    const badge = deepQuery(c, 'charte-badge >>> .badge') as HTMLElement;
    expect(getComputedStyle(badge).textTransform).toBe('uppercase');
    expect(badge.textContent?.trim()).toBe('');
    expect(c.querySelector('charte-badge')!.textContent).toBe('Validé');
  });

  it('a system type shows its icon, unless no-icon', async () => {
    const c = await mount('<charte-badge type="info">Info</charte-badge>');
    const badge = deepQuery(c, 'charte-badge >>> .badge')!;
    expect(getComputedStyle(badge, '::before').content).toBe('""');
    const host = c.querySelector<CharteBadge>('charte-badge')!;
    host.noIcon = true;
    await host.updateComplete;
    expect(host.hasAttribute('no-icon')).toBe(true);
    expect(getComputedStyle(badge, '::before').content).toBe('none');
  });

  it('no icon without a system type, even with an accent', async () => {
    const c = await mount('<charte-badge accent="green-menthe">Catégorie</charte-badge>');
    const badge = deepQuery(c, 'charte-badge >>> .badge')!;
    expect(getComputedStyle(badge, '::before').content).toBe('none');
  });

  it('sm is smaller', async () => {
    const c = await mount('<charte-badge size="sm">Petit</charte-badge>');
    const badge = deepQuery(c, 'charte-badge >>> .badge')!;
    expect(getComputedStyle(badge).fontSize).toBe('12px');
  });
});

describe('charte-badge-group', () => {
  it('is a list whose items are the badges', async () => {
    const c = await mount(
      '<charte-badge-group label="Statuts"><charte-badge>A</charte-badge><charte-badge type="info">B</charte-badge></charte-badge-group>',
    );
    const list = deepQuery(c, 'charte-badge-group >>> .group')!;
    expect(list.getAttribute('role')).toBe('list');
    expect(list.getAttribute('aria-label')).toBe('Statuts');
    for (const badge of c.querySelectorAll('charte-badge')) expect(badge.getAttribute('role')).toBe('listitem');
  });

  it('gives its size to every badge, added ones included', async () => {
    const c = await mount(
      '<charte-badge-group size="sm"><charte-badge>A</charte-badge><charte-badge>B</charte-badge></charte-badge-group>',
    );
    const group = c.querySelector('charte-badge-group')!;
    const added = document.createElement('charte-badge');
    added.textContent = 'C';
    group.append(added);
    await settled(c);
    for (const badge of c.querySelectorAll('charte-badge')) {
      expect(badge.getAttribute('size')).toBe('sm');
      expect(getComputedStyle(badge.shadowRoot!.querySelector('.badge')!).fontSize).toBe('12px');
    }
    expect(added.getAttribute('role')).toBe('listitem');
  });

  it('lays the badges out in wrapping rows, 0.5rem between rows', async () => {
    const c = await mount(
      `<div style="width: 200px"><charte-badge-group>${'<charte-badge>Libellé</charte-badge>'.repeat(4)}</charte-badge-group></div>`,
    );
    const [a, b, , d] = [...c.querySelectorAll('charte-badge')].map((el) =>
      el.shadowRoot!.querySelector('.badge')!.getBoundingClientRect(),
    );
    expect(b!.top).toBe(a!.top);
    expect(b!.left - a!.right).toBeCloseTo(8, 0);
    expect(d!.top - a!.bottom).toBeCloseTo(8, 0);
  });
});
