/**
 * The toolbar's globals do what they say: each story pins one and checks the page follows. Not in the sidebar;
 * run with the other stories' tests.
 */
import { charters, themes } from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';

export default {
  title: 'Storybook/Barre d’outils',
  tags: ['!dev', '!autodocs'],
  render: () =>
    '<charte-header site-name="Nom du site"></charte-header><charte-bloc-marque href="/" site-name="Nom du site"></charte-bloc-marque>',
} satisfies Meta;

type Story = StoryObj;

const blocMarques = (canvas: HTMLElement) =>
  [
    canvas.querySelector('charte-bloc-marque')!,
    canvas.querySelector('charte-header')!.shadowRoot!.querySelector('charte-bloc-marque')!,
  ] as HTMLElement[];

/** The intitulé's lines as written (the page shows them in capitals). */
const intitule = (element: HTMLElement) =>
  [...(element.shadowRoot?.querySelector('[part="intitule"]')?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    .map((node) => node.textContent!.trim());

/** Every bloc-marque takes the intitulé of the charter chosen, the header's too. */
export const Charter: Story = {
  globals: { charter: 'culture' },
  play: async ({ canvasElement }) => {
    const expected = [...charters.culture!.intitule];
    await waitFor(() => {
      for (const element of blocMarques(canvasElement)) expect(intitule(element)).toEqual(expected);
    });
  },
};

/** The dark theme sets DSFR's attributes, and the story's background is the dark page background. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    expect(document.documentElement.getAttribute('data-fr-theme')).toBe('dark');
    const frame = canvasElement.querySelector('.charte-story') as HTMLElement;
    const background = themes.dark['background-default-grey']!;
    const probe = document.createElement('div');
    probe.style.color = background;
    frame.append(probe);
    const wanted = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(frame).backgroundColor).toBe(wanted);
  },
};

/** English: the components speak it (the bloc-marque's link title starts with "Home"). */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('charte-bloc-marque')!.shadowRoot!.querySelector('a')!;
    await waitFor(() => expect(link.title.startsWith('Home - Nom du site')).toBe(true));
  },
};

/** National mourning: every bloc-marque is in mourning. */
export const Mourning: Story = {
  globals: { mourning: 'on' },
  play: async ({ canvasElement }) => {
    expect(document.documentElement.hasAttribute('data-fr-mourning')).toBe(true);
    for (const element of blocMarques(canvasElement)) {
      await waitFor(() => expect(element.hasAttribute('mourning')).toBe(true));
    }
  },
};
