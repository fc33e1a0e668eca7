/**
 * The spacing scale of the State brand, from `@charte/tokens`: multiples of the unit v (`charte-space-1v`), each
 * drawn as a bar of its length.
 */
import './foundations.css';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { frNumber, generated, token, tokensWithPrefix, toPx } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Espacements',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** `charte-space-1-5v` → 1.5: how many v a space token is. */
const multiple = (name: string) => Number((/^charte-space-([\d-]+)v$/.exec(name)?.[1] ?? '').replace('-', '.'));

export const Scale: Story = {
  name: 'Échelle',
  render: () => {
    const spaces = tokensWithPrefix('charte-space-').sort(([a], [b]) => multiple(a) - multiple(b));
    return html`<div class="fd">
      <table class="fd-table">
        <caption>
          L’échelle des espacements : 1v = ${token('charte-space-1v')}, soit ${frNumber(toPx(token('charte-space-1v'))!)} px
        </caption>
        <thead>
          <tr>
            <th scope="col">Jeton</th>
            <th scope="col">Multiple</th>
            <th scope="col">Valeur</th>
            <th scope="col">Pixels</th>
            <th scope="col"><span class="fd-sr-only">Longueur dessinée</span></th>
          </tr>
        </thead>
        <tbody>
          ${spaces.map(
            ([name, value]) => html`<tr>
              <th scope="row"><code>--${name}</code></th>
              <td class="fd-num">${frNumber(multiple(name))} v</td>
              <td class="fd-num">${value}</td>
              <td class="fd-num">${frNumber(toPx(value)!)} px</td>
              <td class="fd-bar-cell"><span class="fd-bar" style="width:var(--${name})"></span></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};
