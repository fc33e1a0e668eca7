/**
 * The focus ring of the State brand, from `@charte/tokens`: its width, offset, style and colour, and focusable
 * examples (native elements and components) reached with the keyboard, whose ring is checked against the tokens.
 */
import './foundations.css';
import { themes } from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { parseHex } from '../lib/colour.ts';
import { generated, token, uniqueId } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Focus',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

export const Tokens: Story = {
  name: 'Jetons',
  render: () => html`<div class="fd">
    <table class="fd-table">
      <thead>
        <tr>
          <th scope="col">Jeton</th>
          <th scope="col">Thème clair</th>
          <th scope="col">Thème sombre</th>
        </tr>
      </thead>
      <tbody>
        ${['charte-focus-width', 'charte-focus-offset', 'charte-focus-style'].map(
          (name) => html`<tr>
            <th scope="row"><code>--${name}</code></th>
            <td class="fd-num" colspan="2">${token(name)}</td>
          </tr>`,
        )}
        <tr>
          <th scope="row"><code>--charte-focus-color</code></th>
          ${(['light', 'dark'] as const).map(
            (theme) => html`<td class="fd-num">
              <span class="fd-dot" aria-hidden="true" style="background-color:${themes[theme]['charte-focus-color']}"></span>
              ${themes[theme]['charte-focus-color']}
            </td>`,
          )}
        </tr>
      </tbody>
    </table>
  </div>`,
};

/** The element that has the focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `#0a76f6` → `rgb(10, 118, 246)`, as computed styles give colours. */
const rgb = (hex: string) => `rgb(${parseHex(hex).join(', ')})`;

export const Examples: Story = {
  name: 'Exemples au clavier',
  render: () => {
    const target = uniqueId('fd-focus-target');
    return html`<div class="fd">
      <p id=${target}>Appuyer sur Tab pour parcourir ces éléments : l’anneau de focus apparaît sur chacun.</p>
      <ul class="fd-focus-examples">
        <li><a href="#${target}">Un lien</a></li>
        <li><button class="fd-native-button" type="button">Un bouton</button></li>
        <li><label>Un champ <input type="text" name="fd-focus-field" autocomplete="off" /></label></li>
        <li><charte-button kind="secondary">Bouton du composant</charte-button></li>
        <li><charte-link href="#${target}">Lien du composant</charte-link></li>
      </ul>
    </div>`;
  },
  // Tab reaches each native element in order, and the ring drawn is the tokens' (width, offset, style and the
  // colour of the theme); the components' inner controls draw the same ring when they take the focus after it.
  play: async ({ canvasElement, globals }) => {
    const theme =
      globals.theme === 'dark' || (globals.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
        ? 'dark'
        : 'light';
    const expectRing = async (element: Element | null, name: string) => {
      await expect(element, name).not.toBeNull();
      const style = getComputedStyle(element!);
      await expect(style.outlineStyle, name).toBe(token('charte-focus-style'));
      await expect(style.outlineWidth, name).toBe(token('charte-focus-width'));
      await expect(style.outlineOffset, name).toBe(token('charte-focus-offset'));
      await expect(style.outlineColor, name).toBe(rgb(themes[theme]['charte-focus-color']!));
    };
    const link = canvasElement.querySelector('a')!;
    const button = canvasElement.querySelector('button')!;
    const input = canvasElement.querySelector('input')!;
    await expect(getComputedStyle(link).outlineStyle).toBe('none');
    (document.activeElement as HTMLElement | null)?.blur();
    for (const [element, name] of [
      [link, 'lien'],
      [button, 'bouton'],
      [input, 'champ'],
    ] as const) {
      await userEvent.tab();
      await expect(document.activeElement, name).toBe(element);
      await expectRing(element, name);
    }
    const component = canvasElement.querySelector<HTMLElement>('charte-button')!;
    component.focus();
    await expect(deepActive()?.getRootNode()).toBe(component.shadowRoot);
    await expectRing(deepActive(), 'charte-button');
    const componentLink = canvasElement.querySelector('charte-link')!;
    componentLink.shadowRoot?.querySelector<HTMLElement>('a')?.focus();
    await expect(deepActive()?.getRootNode()).toBe(componentLink.shadowRoot);
    await expectRing(deepActive(), 'charte-link');
  },
};
