/**
 * Elevation in the State brand, from `@charte/tokens`: the three shadows (their geometry, and the shadow colour of
 * each theme) on the surfaces that carry them, and the z-index layers of the components.
 */
import './foundations.css';
import { themes } from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generated, token, tokensWithPrefix } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Élévation',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** The shadows, each with the surface decision it goes with and its use. */
const SHADOWS = [
  { name: 'raised', use: 'Surfaces posées sur la page : cartes, tuiles.' },
  { name: 'overlap', use: 'Surfaces au-dessus du contenu : menus, listes déroulantes.' },
  { name: 'lifted', use: 'Surfaces au-dessus de tout : fenêtres modales.' },
] as const;

/** What each z-index layer is for (DSFR's components). */
const LAYERS: Record<string, string> = {
  base: 'Base : un élément qui doit passer devant ses voisins',
  header: 'En-tête',
  menu: 'Menus de navigation, info-bulles',
  consent: 'Bandeau de consentement aux cookies',
  modal: 'Fenêtres modales',
  'modal-body': 'Corps d’une fenêtre modale',
};

/** `0 1px 3px rgba(…)` → `0 1px 3px`: the geometry, the colour depending on the theme. */
const geometry = (shadow: string) => shadow.replace(/rgba?\([^)]*\)|#[0-9a-f]{3,8}/i, '').trim();

export const Shadows: Story = {
  name: 'Ombres',
  render: () => html`<div class="fd">
    <p>
      Couleur d’ombre (<code>--shadow-color</code>) : <code>${themes.light['shadow-color']}</code> en thème clair,
      <code>${themes.dark['shadow-color']}</code> en thème sombre.
    </p>
    <ul class="fd-boxes fd-shadows">
      ${SHADOWS.map(
        ({ name, use }) => html`<li>
          <div class="fd-surface" style="background-color:var(--background-${name}-grey);box-shadow:var(--${name}-shadow)">
            <strong><code>--${name}-shadow</code></strong>
            <span class="fd-num">${geometry(token(`${name}-shadow`))}</span>
            <span>sur <code>--background-${name}-grey</code></span>
          </div>
          <span class="fd-mention">${use}</span>
        </li>`,
      )}
    </ul>
  </div>`,
};

export const Layers: Story = {
  name: 'Couches (z-index)',
  render: () => {
    const layers = tokensWithPrefix('charte-z-index-').sort(([, a], [, b]) => Number(a) - Number(b));
    return html`<div class="fd">
      <table class="fd-table">
        <caption>
          Les couches, de la plus basse à la plus haute
        </caption>
        <thead>
          <tr>
            <th scope="col">Jeton</th>
            <th scope="col">Valeur</th>
            <th scope="col">Usage</th>
          </tr>
        </thead>
        <tbody>
          ${layers.map(
            ([name, value]) => html`<tr>
              <th scope="row"><code>--${name}</code></th>
              <td class="fd-num">${value}</td>
              <td>${LAYERS[name.replace('charte-z-index-', '')] ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p>Chaque carte ci-dessous prend le z-index de sa couche ; elles sont écrites dans l’ordre inverse, et c’est le z-index qui les empile.</p>
      <ol class="fd-layers">
        ${[...layers].reverse().map(
          (
            [name, value],
            index,
          ) => html`<li class="fd-layer" style="z-index:var(--${name});margin-left:${index * 2}rem">
            <code>--${name}</code> · ${value}
          </li>`,
        )}
      </ol>
    </div>`;
  },
};
