import { describe, expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';
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
