/**
 * The bloc-marque's anatomy: its three parts named on a live `<charte-bloc-marque>`, and its measures at each
 * size read on the rendered element.
 */
import { charters, tokens } from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { toPx } from '../lib/foundations.ts';
import {
  annotate,
  type BlocMarque,
  fr,
  keepUpdated,
  measure,
  mount,
  part,
  SIZES,
  type Size,
  tricolour,
} from './lib.ts';

export default {
  title: 'Charte/Bloc-marque : anatomie',
  parameters: { controls: { disable: true } },
} satisfies Meta;

type Story = StoryObj;

const PARTS = [
  { label: '1', part: 'marianne' as const, name: 'Le pavé Marianne' },
  { label: '2', part: 'intitule' as const, name: 'L’intitulé' },
  { label: '3', part: 'devise' as const, name: 'La devise' },
];

export const Parties: Story = {
  name: 'Les trois parties',
  parameters: {
    docs: { source: { code: '<charte-bloc-marque size="lg"></charte-bloc-marque>', language: 'html' } },
  },
  render: () => {
    const root = mount(
      html`<div class="doc-stage">
          <charte-bloc-marque size="lg" style="--charte-bloc-marque-unit: 2.5rem"></charte-bloc-marque>
        </div>
        <ol class="doc-legend" aria-label="Les parties du bloc-marque">
          <li>
            <span class="doc-badge">1</span>
            <span
              ><strong>${PARTS[0]!.name}</strong> : le rectangle tricolore, Bleu France (${tricolour.blue.value}) et
              Rouge Marianne (${tricolour.red.value}), qui porte le profil de Marianne. Il vient toujours en premier,
              au-dessus de l’intitulé. Ses couleurs ne changent ni avec le thème ni avec le ministère ; en période de
              deuil national, il passe en noir, cerné d’un filet blanc.</span
            >
          </li>
          <li>
            <span class="doc-badge">2</span>
            <span
              ><strong>${PARTS[1]!.name}</strong> : le nom de l’émetteur, en Marianne Bold et en capitales, avec des
              retours à la ligne fixés par la charte. C’est la seule partie qui change d’un émetteur à l’autre. Ici :
              «&nbsp;<span data-intitule></span>&nbsp;». C’est du texte : les lecteurs d’écran le lisent.</span
            >
          </li>
          <li>
            <span class="doc-badge">3</span>
            <span
              ><strong>${PARTS[2]!.name}</strong> : «&nbsp;Liberté Égalité Fraternité&nbsp;», dessinée à la main, sous
              l’intitulé. Noire en thème clair, blanche en thème sombre. Elle est décorative pour les lecteurs d’écran :
              l’intitulé suffit à nommer l’émetteur.</span
            >
          </li>
        </ol>`,
    );
    const stage = root.querySelector<HTMLElement>('.doc-stage')!;
    const bloc = root.querySelector<BlocMarque>('charte-bloc-marque')!;
    annotate(
      stage,
      PARTS.map((p) => ({ label: p.label, target: () => part(bloc, p.part) })),
    );
    // The intitulé the element shows: the toolbar's charter changes it.
    bloc.updateComplete.then(() => {
      root.querySelector('[data-intitule]')!.textContent = bloc.lines.join(' ');
    });
    return root;
  },
  play: async ({ canvasElement }) => {
    const bloc = canvasElement.querySelector<BlocMarque>('charte-bloc-marque')!;
    await bloc.updateComplete;
    // Each number is drawn on the part the legend names: its outline covers that part.
    for (const p of PARTS) {
      const box = canvasElement.querySelector<HTMLElement>(`[data-annotation="${p.label}"]`)!;
      await waitFor(() => expect(box.hidden).toBe(false));
      await waitFor(() => {
        const drawn = box.getBoundingClientRect();
        const target = part(bloc, p.part)!.getBoundingClientRect();
        expect(Math.abs(drawn.top - target.top)).toBeLessThan(1);
        expect(Math.abs(drawn.left - target.left)).toBeLessThan(1);
        expect(Math.abs(drawn.height - target.height)).toBeLessThan(1);
      });
    }
    // The parts come one under the other: Marianne, then the intitulé, then the devise (each one's middle is
    // below the one before; the intitulé's text box reaches a little above its line).
    const middles = PARTS.map((p) => {
      const r = part(bloc, p.part)!.getBoundingClientRect();
      return { top: r.top, middle: r.top + r.height / 2, bottom: r.bottom };
    });
    for (const [i, m] of middles.entries()) {
      if (i === 0) continue;
      expect(m.middle).toBeGreaterThan(middles[i - 1]!.bottom);
    }
    // The legend says the intitulé shown.
    await waitFor(() => expect(canvasElement.querySelector('[data-intitule]')?.textContent).toBe(bloc.lines.join(' ')));
  },
};

const USAGE: Record<Size, string> = {
  sm: 'En-tête du site',
  md: `Pied de page, sous ${fr(toPx(tokens['charte-breakpoint-md']!)!, 0)} px de large`,
  lg: `Pied de page, dès ${fr(toPx(tokens['charte-breakpoint-md']!)!, 0)} px de large`,
};

const px = (value: number) => `${fr(value)} px`;

export const Mesures: Story = {
  name: 'Mesures à l’écran',
  parameters: {
    docs: {
      source: {
        code: SIZES.map((s) => `<charte-bloc-marque size="${s}"></charte-bloc-marque>`).join('\n'),
        language: 'html',
      },
    },
  },
  render: () => {
    const root = mount(html`<table class="doc-table">
      <caption>
        Mesures relevées sur le rendu, en pixels CSS
      </caption>
      <thead>
        <tr>
          <th scope="col">Taille</th>
          <th scope="col">Usage</th>
          <th scope="col">Pavé Marianne (largeur × hauteur)</th>
          <th scope="col">Corps de l’intitulé</th>
          <th scope="col">Hauteur de la devise</th>
          <th scope="col">Rendu</th>
        </tr>
      </thead>
      <tbody>
        ${SIZES.map(
          (size) => html`<tr data-size=${size}>
            <th scope="row"><code>${size}</code></th>
            <td>${USAGE[size]}</td>
            <td data-measure="marianne">…</td>
            <td data-measure="intitule">…</td>
            <td data-measure="devise">…</td>
            <td><charte-bloc-marque size=${size}></charte-bloc-marque></td>
          </tr>`,
        )}
      </tbody>
    </table>`);
    keepUpdated(root, () => {
      for (const row of root.querySelectorAll<HTMLElement>('tr[data-size]')) {
        const m = measure(row.querySelector('charte-bloc-marque')!);
        if (!m) return false;
        row.querySelector('[data-measure="marianne"]')!.textContent =
          `${px(m.marianne.width)} × ${px(m.marianne.height)}`;
        row.querySelector('[data-measure="intitule"]')!.textContent = px(m.intituleFontSize);
        row.querySelector('[data-measure="devise"]')!.textContent = px(m.devise.height);
      }
      return true;
    });
    return root;
  },
  play: async ({ canvasElement }) => {
    const rows = [...canvasElement.querySelectorAll<HTMLElement>('tr[data-size]')];
    expect(rows.map((r) => r.dataset.size)).toEqual([...SIZES]);
    await waitFor(() => {
      for (const row of rows) expect(row.querySelector('[data-measure="marianne"]')?.textContent).toMatch(/px/);
    });
    const measures = rows.map((r) => measure(r.querySelector('charte-bloc-marque')!)!);
    const min = charters.etat!.thresholds.blocMarque.minHeightPx;
    // Each size is larger than the one before, none under the charter's minimum, with the same proportions.
    for (const [i, m] of measures.entries()) {
      expect(m.marianne.height).toBeGreaterThanOrEqual(min - 0.5);
      if (i === 0) continue;
      const before = measures[i - 1]!;
      expect(m.marianne.height).toBeGreaterThan(before.marianne.height);
      expect(m.intituleFontSize).toBeGreaterThan(before.intituleFontSize);
      expect(m.marianne.width / m.marianne.height).toBeCloseTo(before.marianne.width / before.marianne.height, 1);
    }
  },
};
