/**
 * Interaction stories of the display settings: Tab reaches the chosen theme, the arrows choose another, and
 * the page changes theme at once (`data-fr-theme` on `<html>`, the page's background), remembered for the next
 * pages. The play puts the page back as it found it (theme and stored choice), for the stories after it.
 */
import { decisions } from '@charte/tokens';
import { expect, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab } from '../lib/keyboard.ts';

/**
 * An arrow key on a radio, as the browser does it: a `keydown`, then, unless cancelled, the next (or previous)
 * radio of the group is focused and checked, firing `input` and `change`. (`userEvent.keyboard` only finds the
 * radios of the document, not those of a shadow root.)
 */
async function arrow(key: 'ArrowDown' | 'ArrowUp') {
  const from = focused() as HTMLInputElement;
  const init = { key, code: key, bubbles: true, composed: true, cancelable: true };
  if (!from.dispatchEvent(new KeyboardEvent('keydown', init))) return;
  const group = [
    ...(from.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
  ].filter((radio) => radio.name === from.name);
  const next = group[(group.indexOf(from) + (key === 'ArrowDown' ? 1 : group.length - 1)) % group.length]!;
  next.focus();
  next.checked = true;
  next.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  next.dispatchEvent(new Event('change', { bubbles: true }));
  next.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** The page background of a theme, from @charte/tokens, as `getComputedStyle` writes it. */
function background(theme: 'light' | 'dark'): string {
  const hex = decisions['background-default-grey']![theme];
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

export const plays: Record<string, Play> = {
  'display/default': async ({ canvasElement, step }) => {
    const display = canvasElement.querySelector('charte-display')!;
    const radios = [...display.shadowRoot!.querySelectorAll('input')];
    const radio = (scheme: string) => radios.find((input) => input.value === scheme)!;
    const root = document.documentElement;
    const page = canvasElement.querySelector<HTMLElement>('.charte-story') ?? canvasElement;
    const before = { scheme: root.getAttribute('data-fr-scheme'), theme: root.getAttribute('data-fr-theme') };
    const stored = localStorage.getItem('scheme');
    const changes: { scheme: string; theme: string }[] = [];
    display.addEventListener('charte-scheme-change', (event) => changes.push((event as CustomEvent).detail));
    const other = before.theme === 'dark' ? 'light' : 'dark';
    try {
      await step('Tab atteint le thème en cours, coché', async () => {
        expect(display.shadowRoot!.querySelector('fieldset')).toHaveAccessibleName();
        const current = radio(before.scheme ?? 'system');
        expect(current).toBeChecked();
        expect(await tab()).toBe(current);
      });
      await step(
        `Les flèches choisissent le thème ${other === 'dark' ? 'sombre' : 'clair'} : la page change`,
        async () => {
          while (focused() !== radio(other)) await arrow('ArrowDown');
          expect(radio(other)).toBeChecked();
          await waitFor(() => expect(root).toHaveAttribute('data-fr-theme', other));
          expect(root).toHaveAttribute('data-fr-scheme', other);
          await waitFor(() => expect(getComputedStyle(page).backgroundColor).toBe(background(other)));
          expect(localStorage.getItem('scheme')).toBe(other);
          expect(changes.at(-1)).toEqual({ scheme: other, theme: other });
        },
      );
      await step('« Système » suit le réglage de l’appareil', async () => {
        while (focused() !== radio('system')) await arrow('ArrowDown');
        expect(radio('system')).toBeChecked();
        const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
        await waitFor(() => expect(root).toHaveAttribute('data-fr-scheme', 'system'));
        expect(root).toHaveAttribute('data-fr-theme', system);
        expect(changes.at(-1)).toEqual({ scheme: 'system', theme: system });
      });
    } finally {
      if (stored === null) localStorage.removeItem('scheme');
      else localStorage.setItem('scheme', stored);
      if (before.scheme) root.setAttribute('data-fr-scheme', before.scheme);
      if (before.theme) root.setAttribute('data-fr-theme', before.theme);
      else root.removeAttribute('data-fr-theme');
    }
  },
};
