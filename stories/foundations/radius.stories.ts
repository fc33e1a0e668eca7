/** Corner radii and border widths of the State brand, from `@charte/tokens`, each drawn on a box. */
import './foundations.css';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generated, tokensWithPrefix, withPx } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Arrondis',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

export const Radii: Story = {
  name: 'Arrondis',
  render: () => html`<div class="fd">
    <ul class="fd-boxes">
      ${tokensWithPrefix('charte-radius-').map(
        ([name, value]) => html`<li>
          <span class="fd-box" style="border-radius:var(--${name})"></span>
          <code>--${name}</code>
          <span class="fd-num">${withPx(value)}</span>
        </li>`,
      )}
    </ul>
  </div>`,
};

export const BorderWidths: Story = {
  name: 'Épaisseurs de bordure',
  render: () => html`<div class="fd">
    <ul class="fd-boxes">
      ${tokensWithPrefix('charte-border-width-').map(
        ([name, value]) => html`<li>
          <span class="fd-box fd-box-outline" style="border-width:var(--${name})"></span>
          <code>--${name}</code>
          <span class="fd-num">${withPx(value)}</span>
        </li>`,
      )}
    </ul>
  </div>`,
};
