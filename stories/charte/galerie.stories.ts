/**
 * Every charter's bloc-marque, from `charters` of @charte/tokens: its intitulé's lines, the three sizes, national
 * mourning, and a sample in each theme whatever the toolbar's.
 */
import { type Charter, charters, themes } from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { type BlocMarque, blocMarquesOf, ensureThemeScopes, part, SIZES } from './lib.ts';

export default {
  title: 'Charte/Galerie des blocs-marques',
  parameters: { docs: { canvas: { sourceState: 'none' } } },
} satisfies Meta;

type Story = StoryObj;

const KINDS: Record<Charter['kind'], string> = {
  state: 'État et opérateurs',
  government: 'Gouvernement',
  ministry: 'Ministère',
  other: 'Autre émetteur',
};

const SIZE_NAMES = { sm: 'Petit (sm), en-tête', md: 'Moyen (md)', lg: 'Grand (lg), pied de page' } as const;

/**
 * One charter's bloc-marques. The intitulé is given with `intitule` (the charter's lines joined by `|`), so the
 * toolbar's charter, which sets `charter` on the others, leaves the gallery as it is.
 */
function charterSection(charter: Charter) {
  const intitule = charter.intitule.join('|');
  const lines = charter.intitule.length;
  return html`<section class="doc-charter" data-charter=${charter.id} aria-labelledby=${`charter-${charter.id}`}>
    <h3 id=${`charter-${charter.id}`}>${charter.name}</h3>
    <p class="doc-charter__meta">
      ${KINDS[charter.kind]} · charte <code>${charter.id}</code> · intitulé sur ${lines}
      ${lines > 1 ? 'lignes' : 'ligne'} : ${charter.intitule.map((line, i) => html`${i ? ' / ' : ''}«&nbsp;${line}&nbsp;»`)}
    </p>
    <div class="doc-figures">
      ${SIZES.map(
        (size) => html`<figure class="doc-figure">
          <charte-bloc-marque size=${size} intitule=${intitule}></charte-bloc-marque>
          <figcaption>${SIZE_NAMES[size]}</figcaption>
        </figure>`,
      )}
    </div>
    <div class="doc-figures doc-figures--next">
      <figure class="doc-figure">
        <charte-bloc-marque intitule=${intitule} mourning></charte-bloc-marque>
        <figcaption>Deuil national</figcaption>
      </figure>
      <figure class="doc-figure">
        <div class="doc-sample doc-theme-light" data-theme="light">
          <charte-bloc-marque intitule=${intitule}></charte-bloc-marque>
        </div>
        <figcaption>Thème clair</figcaption>
      </figure>
      <figure class="doc-figure">
        <div class="doc-sample doc-theme-dark" data-theme="dark">
          <charte-bloc-marque intitule=${intitule}></charte-bloc-marque>
        </div>
        <figcaption>Thème sombre</figcaption>
      </figure>
    </div>
  </section>`;
}

/** Each bloc-marque shows its charter's lines, and the fixed-theme samples have their theme's colours. */
async function expectCharters(canvas: HTMLElement, shown: readonly Charter[]) {
  const sections = [...canvas.querySelectorAll<HTMLElement>('[data-charter]')];
  expect(sections.map((s) => s.dataset.charter)).toEqual(shown.map((c) => c.id));
  await blocMarquesOf(canvas);
  for (const section of sections) {
    const charter = charters[section.dataset.charter!]!;
    const blocs = [...section.querySelectorAll<BlocMarque>('charte-bloc-marque')];
    for (const bloc of blocs) {
      // The intitulé's lines are its text nodes, between the <br> elements.
      const drawn = [...part(bloc, 'intitule')!.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent?.trim())
        .filter(Boolean);
      expect(drawn).toEqual([...charter.intitule]);
    }
    for (const sample of section.querySelectorAll<HTMLElement>('[data-theme]')) {
      const theme = sample.dataset.theme as 'light' | 'dark';
      const intitule = part(sample.querySelector('charte-bloc-marque'), 'intitule')!;
      const expected = themes[theme]['text-black-white-grey']!;
      expect(rgbToHex(getComputedStyle(intitule).color)).toBe(expected.toLowerCase());
    }
  }
}

function rgbToHex(rgb: string): string {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export const Galerie: Story = {
  name: 'Toutes les chartes',
  parameters: { controls: { disable: true } },
  render: () => {
    ensureThemeScopes();
    return html`${Object.values(charters).map(charterSection)}`;
  },
  play: async ({ canvasElement }) => expectCharters(canvasElement, Object.values(charters)),
};

export const UneCharte: StoryObj<{ charter: string }> = {
  name: 'Une charte',
  args: { charter: 'etat' },
  argTypes: {
    charter: {
      name: 'Charte',
      description: 'La charte de `@charte/tokens` dont le bloc-marque est montré.',
      table: { type: { summary: Object.keys(charters).join(' | ') } },
      control: { type: 'select', labels: Object.fromEntries(Object.values(charters).map((c) => [c.id, c.shortName])) },
      options: Object.keys(charters),
    },
  },
  render: ({ charter }) => {
    ensureThemeScopes();
    return charterSection(charters[charter] ?? charters.etat!);
  },
  play: async ({ canvasElement, args }) => expectCharters(canvasElement, [charters[args.charter] ?? charters.etat!]),
};
