/**
 * Motion in the State brand, from `@charte/tokens`: the duration and the easing curve (drawn), and a demo that
 * moves only for people who have not asked their system to reduce motion.
 */
import './foundations.css';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { generated, token, toPx } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Mouvement',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** The four numbers of `cubic-bezier(x1, y1, x2, y2)`; undefined for a keyword easing. */
function bezier(easing: string): [number, number, number, number] | undefined {
  const match = /^cubic-bezier\(([^)]*)\)$/.exec(easing.trim());
  const numbers = match?.[1]?.split(',').map(Number);
  return numbers?.length === 4 && numbers.every(Number.isFinite)
    ? (numbers as [number, number, number, number])
    : undefined;
}

/** The easing drawn as a curve: time across, progress up. */
function curve(easing: string): TemplateResult | typeof nothing {
  const points = bezier(easing);
  if (!points) return nothing;
  const [x1, y1, x2, y2] = points;
  const size = 160;
  const at = (x: number, y: number) => `${x * size},${(1 - y) * size}`;
  return html`<svg
    class="fd-curve"
    viewBox="-8 -8 ${size + 16} ${size + 16}"
    width="176"
    height="176"
    role="img"
    aria-label="Courbe ${easing} : la progression (verticale) selon le temps (horizontal)"
  >
    <path class="fd-curve-axes" d="M0,0 V${size} H${size}" />
    <path class="fd-curve-line" d="M${at(0, 0)} C${at(x1, y1)} ${at(x2, y2)} ${at(1, 1)}" />
  </svg>`;
}

export const Tokens: Story = {
  name: 'Durée et courbe',
  render: () => {
    const easing = token('charte-motion-easing');
    return html`<div class="fd fd-motion-tokens">
      <table class="fd-table">
        <thead>
          <tr>
            <th scope="col">Jeton</th>
            <th scope="col">Valeur</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row"><code>--charte-motion-duration</code></th>
            <td class="fd-num">${token('charte-motion-duration')}</td>
          </tr>
          <tr>
            <th scope="row"><code>--charte-motion-easing</code></th>
            <td class="fd-num">${easing}</td>
          </tr>
        </tbody>
      </table>
      ${curve(easing)}
    </div>`;
  },
};

const REDUCE = '(prefers-reduced-motion: reduce)';

export const Demo: Story = {
  name: 'Démonstration',
  render: () => {
    const move = (event: Event) => {
      const root = (event.currentTarget as HTMLElement).closest('.fd-motion');
      const track = root?.querySelector<HTMLElement>('.fd-track');
      if (!track) return;
      const moved = track.toggleAttribute('data-moved');
      (event.currentTarget as HTMLElement).textContent = moved ? 'Ramener le carré' : 'Déplacer le carré';
    };
    return html`<div class="fd fd-motion">
      <charte-button kind="secondary" @click=${move}>Déplacer le carré</charte-button>
      <div class="fd-track"><span class="fd-mover" aria-hidden="true"></span></div>
      <p class="fd-motion-full">
        Votre système ne demande pas de réduire les animations : le carré glisse en
        ${token('charte-motion-duration')}, selon la courbe de la marque.
      </p>
      <p class="fd-motion-reduced">
        Votre système demande de réduire les animations : le carré change de place sans glisser.
      </p>
    </div>`;
  },
  // The square moves with the brand's duration and easing, or at once when reduced motion is asked for; either
  // way it ends at the other end of its track.
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLElement>('charte-button')!;
    const track = canvasElement.querySelector<HTMLElement>('.fd-track')!;
    const mover = canvasElement.querySelector<HTMLElement>('.fd-mover')!;
    const reduced = window.matchMedia(REDUCE).matches;
    const style = getComputedStyle(mover);
    if (reduced) await expect(style.transitionDuration).toBe('0s');
    else {
      await expect(style.transitionDuration).toBe(token('charte-motion-duration'));
      await expect(style.transitionTimingFunction.replace(/\s+/g, '')).toBe(
        token('charte-motion-easing').replace(/\s+/g, ''),
      );
    }
    const visible = canvasElement.querySelector(reduced ? '.fd-motion-reduced' : '.fd-motion-full')!;
    const hidden = canvasElement.querySelector(reduced ? '.fd-motion-full' : '.fd-motion-reduced')!;
    await expect(getComputedStyle(visible).display).not.toBe('none');
    await expect(getComputedStyle(hidden).display).toBe('none');
    // At rest and at the end, the square keeps the same gap (charte-space-2v) to its side of the track.
    const gap = toPx(token('charte-space-2v'))!;
    const left = () => mover.getBoundingClientRect().left - track.getBoundingClientRect().left;
    const right = () => track.getBoundingClientRect().right - mover.getBoundingClientRect().right;
    await expect(left()).toBeCloseTo(gap, 0);
    await userEvent.click(button);
    await expect(track.hasAttribute('data-moved')).toBe(true);
    await expect(button.textContent).toBe('Ramener le carré');
    await waitFor(() => expect(right()).toBeCloseTo(gap, 0), { timeout: 5000 });
    await userEvent.click(button);
    await expect(button.textContent).toBe('Déplacer le carré');
    await waitFor(() => expect(left()).toBeCloseTo(gap, 0), { timeout: 5000 });
  },
};
