/**
 * Forbidden uses of the bloc-marque, each drawn on a real `<charte-bloc-marque>` (CSS transforms, filters, parts
 * restyled) and labelled "Interdit" with its reason, beside the correct use.
 */
import { charters } from '@charte/tokens';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { blocMarquesOf, fr, measure, toolbarCharter } from './lib.ts';

export default {
  title: 'Charte/Usages interdits',
  parameters: { controls: { disable: true }, docs: { canvas: { sourceState: 'none' } } },
} satisfies Meta;

type Story = StoryObj;

interface Misuse {
  id: string;
  /** What is done, as a short title. */
  title: string;
  /** Why it is forbidden. */
  reason: string;
  render: (context: StoryContext) => TemplateResult;
}

const thresholds = (context: StoryContext) =>
  (charters[toolbarCharter(context)] ?? charters.etat!).thresholds.blocMarque;

/** A bloc-marque with a size under the charter's minimum: its Marianne block at 60 % of the minimum height. */
const tooSmallUnit = (context: StoryContext) => Math.round(thresholds(context).minHeightPx * 0.6);

const MISUSES: readonly Misuse[] = [
  {
    id: 'recolour',
    title: 'Changer les couleurs',
    reason:
      'Le pavé Marianne est toujours Bleu France et Rouge Marianne ; l’intitulé et la devise sont noirs (blancs sur fond sombre). Aucune autre couleur, même de la palette.',
    render: () =>
      html`<charte-bloc-marque
        class="doc-misuse--recolour"
        style="--text-black-white-grey: var(--text-action-high-blue-france)"
      ></charte-bloc-marque>`,
  },
  {
    id: 'stretch',
    title: 'Étirer ou écraser',
    reason:
      'Les proportions du bloc-marque sont fixes : il s’agrandit ou se réduit d’un bloc, jamais dans un seul sens.',
    render: () => html`<charte-bloc-marque class="doc-misuse--stretch"></charte-bloc-marque>`,
  },
  {
    id: 'rotate',
    title: 'Pivoter ou incliner',
    reason: 'Le bloc-marque se pose toujours à l’horizontale.',
    render: () => html`<charte-bloc-marque class="doc-misuse--rotate"></charte-bloc-marque>`,
  },
  {
    id: 'effects',
    title: 'Ajouter un effet',
    reason: 'Ni ombre, ni contour, ni coins arrondis, ni dégradé, ni transparence : le bloc-marque reste à plat.',
    render: () => html`<charte-bloc-marque class="doc-misuse--effects"></charte-bloc-marque>`,
  },
  {
    id: 'crop',
    title: 'Rogner',
    reason: 'Le bloc-marque se montre en entier : ni l’intitulé ni la devise ne sont coupés par un bord ou un cadre.',
    render: () => html`<charte-bloc-marque class="doc-misuse--crop"></charte-bloc-marque>`,
  },
  {
    id: 'devise',
    title: 'Déplacer la devise',
    reason: 'La devise vient toujours sous l’intitulé, alignée à gauche ; on ne la déplace pas, on ne la retire pas.',
    render: () => html`<charte-bloc-marque class="doc-misuse--devise"></charte-bloc-marque>`,
  },
  {
    id: 'font',
    title: 'Recomposer l’intitulé dans une autre police',
    reason:
      'L’intitulé est en Marianne Bold, en capitales. Aucune autre police, aucune autre graisse, pas de minuscules.',
    render: () => html`<charte-bloc-marque class="doc-misuse--font"></charte-bloc-marque>`,
  },
  {
    id: 'line-breaks',
    title: 'Changer les retours à la ligne',
    reason:
      'Les retours à la ligne de l’intitulé sont fixés par la charte de l’émetteur ; on ne les déplace pas pour gagner de la place.',
    render: (context) => {
      const charter = charters[toolbarCharter(context)] ?? charters.etat!;
      return html`<charte-bloc-marque intitule=${charter.intitule.join(' ')}></charte-bloc-marque>`;
    },
  },
  {
    id: 'too-close',
    title: 'Coller un logo ou un texte',
    reason:
      'Rien n’entre dans la zone de protection du bloc-marque : un autre logo se tient au moins à une hauteur de pavé Marianne, et jamais dans la zone 1.',
    render: () =>
      html`<div class="doc-neighbour">
        <charte-bloc-marque></charte-bloc-marque><span class="doc-partner">Logo partenaire</span>
      </div>`,
  },
  {
    id: 'too-small',
    title: 'Réduire sous la taille minimale',
    reason: '',
    render: (context) =>
      html`<charte-bloc-marque style=${`--charte-bloc-marque-unit: ${tooSmallUnit(context)}px`}></charte-bloc-marque>`,
  },
];

/** The reason of a misuse, with the values of the charter when it depends on them. */
function reasonOf(misuse: Misuse, context: StoryContext): string {
  if (misuse.id !== 'too-small') return misuse.reason;
  const { minHeightPx } = thresholds(context);
  return `Ici, le pavé Marianne mesure ${fr(tooSmallUnit(context))} px de haut, sous le minimum de ${fr(minHeightPx)} px de la charte : la devise et l’intitulé ne se lisent plus.`;
}

const correct = () =>
  html`<figure class="doc-verdict doc-verdict--ok" data-verdict="correct">
    <div class="doc-verdict__render"><charte-bloc-marque></charte-bloc-marque></div>
    <figcaption>
      <charte-badge type="success" size="sm">Correct</charte-badge>
      <p><strong>Le bloc-marque tel quel</strong>, à plat, en entier, à sa taille, entouré de sa zone de protection.</p>
    </figcaption>
  </figure>`;

const forbidden = (misuse: Misuse, context: StoryContext) =>
  html`<figure class="doc-verdict doc-verdict--ko" data-verdict="interdit" data-misuse=${misuse.id}>
    <div class="doc-verdict__render">${misuse.render(context)}</div>
    <figcaption>
      <charte-badge type="error" size="sm">Interdit</charte-badge>
      <p><strong>${misuse.title}</strong>. ${reasonOf(misuse, context)}</p>
    </figcaption>
  </figure>`;

/** Every label is spelled out, each forbidden use names its reason, and the bloc-marques are real ones. */
async function expectLabelled(canvas: HTMLElement, ids: readonly string[]) {
  const blocs = await blocMarquesOf(canvas);
  expect(blocs.length).toBe(canvas.querySelectorAll('[data-verdict]').length);
  for (const bloc of blocs) expect(measure(bloc)).not.toBeNull();
  expect(canvas.querySelector('[data-verdict="correct"] charte-badge')?.textContent?.trim()).toBe('Correct');
  for (const id of ids) {
    const figure = canvas.querySelector(`[data-misuse="${id}"]`);
    expect(figure?.querySelector('charte-badge')?.textContent?.trim()).toBe('Interdit');
    expect(figure?.querySelector('figcaption p')?.textContent?.trim().length).toBeGreaterThan(20);
  }
}

/** A forbidden use beside the correct one. */
function pair(id: string): Story {
  const misuse = MISUSES.find((m) => m.id === id);
  if (!misuse) throw new Error(`No misuse "${id}"`);
  return {
    render: (_args, context) => html`<div class="doc-pair">${correct()}${forbidden(misuse, context)}</div>`,
    play: async ({ canvasElement }) => expectLabelled(canvasElement, [id]),
  };
}

export const VueDEnsemble: Story = {
  name: 'Vue d’ensemble',
  render: (_args, context) =>
    html`<div class="doc-grid">${correct()}${MISUSES.map((misuse) => forbidden(misuse, context))}</div>`,
  play: async ({ canvasElement }) =>
    expectLabelled(
      canvasElement,
      MISUSES.map((m) => m.id),
    ),
};

export const Recolorer = { ...pair('recolour'), name: 'Changer les couleurs' };
export const Etirer = { ...pair('stretch'), name: 'Étirer ou écraser' };
export const Pivoter = { ...pair('rotate'), name: 'Pivoter ou incliner' };
export const Effets = { ...pair('effects'), name: 'Ajouter un effet' };
export const Rogner = { ...pair('crop'), name: 'Rogner' };
export const DeplacerLaDevise = { ...pair('devise'), name: 'Déplacer la devise' };
export const AutrePolice = { ...pair('font'), name: 'Recomposer l’intitulé' };
export const RetoursALaLigne = { ...pair('line-breaks'), name: 'Changer les retours à la ligne' };
export const TropProche = { ...pair('too-close'), name: 'Coller un logo ou un texte' };
export const TropPetit = {
  ...pair('too-small'),
  name: 'Réduire sous la taille minimale',
  play: async ({ canvasElement }) => {
    await expectLabelled(canvasElement, ['too-small']);
    // The forbidden one really is under the charter's minimum, the correct one is not.
    const { minHeightPx } = charters.etat!.thresholds.blocMarque;
    const [ok, ko] = (await blocMarquesOf(canvasElement)).map((b) => measure(b)!.marianne.height);
    expect(ok).toBeGreaterThanOrEqual(minHeightPx);
    expect(ko).toBeLessThan(minHeightPx);
  },
} satisfies Story;
