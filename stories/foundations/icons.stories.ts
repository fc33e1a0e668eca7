/**
 * Every DSFR icon, drawn by `<charte-icon>`, with its name to copy, by DSFR's categories; a search field finds
 * icons by name across the categories and says how many match. The names come from the components' generated
 * lists (`iconNames`, `iconCategories`).
 */
import './foundations.css';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { iconCategories, iconNames } from '../../packages/components/src/generated/icon-names.ts';
import { type ExplorerGroup, explorer, generated, normalize } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Icônes',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** DSFR's categories in French; a category DSFR adds later shows under its own name. */
const CATEGORIES: Record<string, string> = {
  arrows: 'Flèches',
  buildings: 'Bâtiments',
  business: 'Travail et bureau',
  communication: 'Communication',
  design: 'Création graphique',
  development: 'Développement',
  device: 'Appareils',
  document: 'Documents',
  editor: 'Édition de texte',
  finance: 'Finance',
  health: 'Santé',
  logo: 'Logos',
  map: 'Cartes et lieux',
  media: 'Médias',
  others: 'Autres',
  system: 'Système',
  user: 'Personnes',
  weather: 'Météo',
};

/** What the status says after a search. */
function status(shown: number, total: number, query: string): string {
  if (!query) return `${total} icônes.`;
  if (shown === 0) return `Aucune icône ne correspond à « ${query} ».`;
  return shown === 1
    ? `1 icône sur ${total} correspond à « ${query} ».`
    : `${shown} icônes sur ${total} correspondent à « ${query} ».`;
}

function categoryGroup([category, names]: [string, readonly string[]]): ExplorerGroup {
  return {
    title: CATEGORIES[category] ?? category,
    details: `(${category}, ${names.length} icônes)`,
    items: names.map((name) => ({
      // The name as written and in words: « arrow-right » and « arrow right » both find arrow-right-line.
      search: normalize(`${name} ${name.replaceAll('-', ' ')}`),
      render: () => html`<li>
        <span class="fd-icon-box"><charte-icon name=${name} size="lg"></charte-icon></span>
        <code>${name}</code>
      </li>`,
    })),
    layout: (items) => html`<ul class="fd-icons">
      ${items}
    </ul>`,
  };
}

export const Gallery: Story = {
  name: 'Galerie',
  render: () =>
    explorer(Object.entries(iconCategories).map(categoryGroup), {
      label: 'Rechercher une icône',
      hint: 'Par nom, en anglais comme dans le DSFR : « arrow », « mail », « warning »',
      status,
    }),
  // A query shows the icons whose name holds it, and only them, and says how many; a query without match says so;
  // opening a category shows all its icons.
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/Rechercher une icône/);
    const statusText = () => canvasElement.querySelector('.fd-filter-status')?.textContent;
    const shown = () => [...canvasElement.querySelectorAll('charte-icon')].map((icon) => icon.getAttribute('name'));
    await expect(statusText()).toBe(`${iconNames.length} icônes.`);
    await userEvent.type(input, 'arrow right');
    const expected = iconNames.filter((name) => name.includes('arrow') && name.includes('right'));
    await expect(statusText()).toBe(
      `${expected.length} icônes sur ${iconNames.length} correspondent à « arrow right ».`,
    );
    await expect(shown().sort()).toEqual([...expected].sort());
    await expect(shown()).toContain('arrow-right-line');
    await expect(shown()).not.toContain('home-4-line');
    await userEvent.clear(input);
    await userEvent.type(input, 'zzz');
    await expect(statusText()).toBe('Aucune icône ne correspond à « zzz ».');
    await expect(canvasElement.querySelectorAll('details:not([hidden])')).toHaveLength(0);
    await userEvent.clear(input);
    await expect(statusText()).toBe(`${iconNames.length} icônes.`);
    await expect(shown()).toHaveLength(0);
    const weather = canvasElement.querySelectorAll('details')[Object.keys(iconCategories).indexOf('weather')]!;
    await userEvent.click(weather.querySelector('summary')!);
    await expect(shown().sort()).toEqual([...iconCategories.weather!].sort());
  },
};
