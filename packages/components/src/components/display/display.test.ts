import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { mount } from '../../../test/dom.ts';
import { bootScript, STORAGE_KEY } from './boot.ts';

const root = document.documentElement;
afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  root.removeAttribute('data-fr-scheme');
  root.removeAttribute('data-fr-theme');
});
const radio = (host: HTMLElement, value: string) =>
  host.querySelector('charte-display')!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

/** What a visitor clicks: the choice's label (the radio itself is drawn, not shown). */
const choice = (host: HTMLElement, value: string) =>
  host.querySelector('charte-display')!.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="scheme-${value}"]`)!;

describe('charte-display', () => {
  it("draws DSFR's sun, moon and system pictograms in the theme's artwork colours, unless told not to", async () => {
    const host = await mount('<charte-display></charte-display><charte-display no-pictograms></charte-display>');
    const [drawn, bare] = [...host.querySelectorAll('charte-display')].map((el) => el.shadowRoot!);
    const boxes = [...drawn!.querySelectorAll('.pictogram svg')];
    expect(boxes).toHaveLength(3);
    for (const svg of boxes) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      for (const path of svg.querySelectorAll('path')) expect(path.getBBox().width).toBeGreaterThan(5);
    }
    const fill = (part: string) => getComputedStyle(drawn!.querySelector(`.${part}`)!).fill;
    const token = (name: string) => {
      const probe = document.createElement('div');
      probe.style.color = `var(${name})`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    for (const theme of ['light', 'dark']) {
      root.setAttribute('data-fr-theme', theme);
      expect(fill('major')).toBe(token('--artwork-major-blue-france'));
      expect(fill('minor')).toBe(token('--artwork-minor-red-marianne'));
      expect(fill('decorative')).toBe(token('--artwork-decorative-blue-france'));
    }
    expect(fill('major')).not.toBe('rgb(0, 0, 145)'); // dark: not the light theme's Bleu France
    expect(bare!.querySelector('.pictogram')).toBeNull();
  });

  it('applies the chosen theme to the page, remembers it, and says so', async () => {
    const host = await mount('<charte-display></charte-display>');
    const events: unknown[] = [];
    host.addEventListener('charte-scheme-change', (e) => events.push(e.detail));
    await userEvent.click(choice(host, 'dark'));
    expect(root.getAttribute('data-fr-theme')).toBe('dark');
    expect(root.getAttribute('data-fr-scheme')).toBe('dark');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('dark');
    expect(events).toEqual([{ scheme: 'dark', theme: 'dark' }]);
  });

  it('is chosen by keyboard, arrows moving between the three choices', async () => {
    const host = await mount('<charte-display></charte-display>');
    await userEvent.click(choice(host, 'light'));
    await userEvent.keyboard('{ArrowDown}');
    expect(radio(host, 'dark').checked).toBe(true);
    expect(root.getAttribute('data-fr-theme')).toBe('dark');
  });

  it('starts from the stored choice on the next page', async () => {
    localStorage.setItem(STORAGE_KEY, 'dark');
    const host = await mount('<charte-display></charte-display>');
    expect(radio(host, 'dark').checked).toBe(true);
    expect(root.getAttribute('data-fr-theme')).toBe('dark');
  });

  it('follows the system for "system"', async () => {
    const host = await mount('<charte-display scheme="system"></charte-display>');
    await userEvent.click(choice(host, 'system'));
    const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(root.getAttribute('data-fr-scheme')).toBe('system');
    expect(root.getAttribute('data-fr-theme')).toBe(systemDark ? 'dark' : 'light');
  });

  it('keeps the choice across pages: a new element (the next page) reads it from storage', async () => {
    let host = await mount('<charte-display></charte-display>');
    await userEvent.click(choice(host, 'dark'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe('dark');
    // "Reload": the page starts again without the attributes, a new element reads the stored choice.
    host.remove();
    root.removeAttribute('data-fr-scheme');
    root.removeAttribute('data-fr-theme');
    host = await mount('<charte-display></charte-display>');
    expect(radio(host, 'dark').checked).toBe(true);
    expect(root.getAttribute('data-fr-scheme')).toBe('dark');
    expect(root.getAttribute('data-fr-theme')).toBe('dark');
    await userEvent.click(choice(host, 'light'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe('light');
    expect(root.getAttribute('data-fr-theme')).toBe('light');
  });

  it('follows prefers-color-scheme live while "system" is chosen, not after another choice', async () => {
    const session = cdp();
    const emulate = (value: 'light' | 'dark') =>
      session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
    try {
      await emulate('light');
      const host = await mount('<charte-display></charte-display>');
      await userEvent.click(choice(host, 'system'));
      expect(root.getAttribute('data-fr-theme')).toBe('light');
      await emulate('dark');
      await expect.poll(() => root.getAttribute('data-fr-theme')).toBe('dark');
      expect(root.getAttribute('data-fr-scheme')).toBe('system');
      await emulate('light');
      await expect.poll(() => root.getAttribute('data-fr-theme')).toBe('light');
      await userEvent.click(choice(host, 'dark'));
      await emulate('light');
      expect(root.getAttribute('data-fr-theme')).toBe('dark');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('speaks English where the page does', async () => {
    const host = await mount('<div lang="en"><charte-display></charte-display></div>');
    expect(host.querySelector('charte-display')!.shadowRoot!.textContent).toContain('Dark theme');
  });

  it('boot script: sets the stored theme before anything else runs, and ignores a bad value', () => {
    localStorage.setItem(STORAGE_KEY, 'dark');
    new Function(bootScript)();
    expect(root.getAttribute('data-fr-theme')).toBe('dark');
    localStorage.setItem(STORAGE_KEY, 'purple');
    new Function(bootScript)();
    expect(root.getAttribute('data-fr-scheme')).toBe('system');
  });
});
