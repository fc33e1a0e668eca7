/**
 * Where the bloc-marque goes (the header's top left, the operator's logo beside it, the footer) and the space
 * it keeps around it: the clear space and the minimum size of the charter, read from @charte/tokens and drawn on
 * live bloc-marques.
 */
import { type Charter, charters, decisions, tokens } from '@charte/tokens';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { toPx } from '../lib/foundations.ts';
import { annotate, type BlocMarque, fr, keepUpdated, measure, mount, SIZES, toolbarCharter } from './lib.ts';

export default {
  title: 'Charte/Placement et zone de protection',
  parameters: { controls: { disable: true } },
} satisfies Meta;

type Story = StoryObj;

/** The charter whose thresholds apply: the toolbar's, else the State's. */
const charterOf = (context: StoryContext): Charter => charters[toolbarCharter(context)] ?? charters.etat!;

const breakpointMd = `${fr(toPx(tokens['charte-breakpoint-md']!)!, 0)} px`;

/** A stand-in for an operator's logo: a plain shape in two greys of the palette. */
const operatorLogo = (() => {
  const fill = decisions['background-contrast-grey']!.light;
  const ink = decisions['border-plain-grey']!.light;
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='160' height='90'><rect width='160' height='90' fill='${fill}'/><circle cx='45' cy='45' r='22' fill='${ink}'/><rect x='78' y='30' width='62' height='10' fill='${ink}'/><rect x='78' y='50' width='44' height='10' fill='${ink}'/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
})();

const SERVICE = 'Nom du site';
const TAGLINE = 'Précisions sur l’organisation';

const headerBloc = (root: Element) =>
  root.querySelector('charte-header')?.shadowRoot?.querySelector('charte-bloc-marque');

/** A live header with its zones numbered. */
function headerStory(withOperator: boolean) {
  const root = mount(html`<div class="doc-stage doc-stage--wide">
      <charte-header service-name=${SERVICE} service-tagline=${TAGLINE}>
        ${withOperator ? html`<img slot="operator" style="max-width:8rem" src=${operatorLogo} alt="Logo de l’opérateur" />` : ''}
      </charte-header>
    </div>
    <ol class="doc-legend" aria-label="Les zones de l’en-tête">
      <li>
        <span class="doc-badge">1</span>
        <span
          ><strong>Zone 1, le bloc-marque</strong> : en haut à gauche, toujours, en taille <code>sm</code> (pavé
          Marianne de <span data-measure="header">…</span> de haut). Il est le premier élément de la page.</span
        >
      </li>
      ${
        withOperator
          ? html`<li>
              <span class="doc-badge">2</span>
              <span
                ><strong>Zone 2, le logo de l’opérateur</strong> : à droite du bloc-marque, séparé de lui par sa zone de
                protection. Le lien vers l’accueil du site passe alors sur ce logo, plus sur le bloc-marque.</span
              >
            </li>`
          : ''
      }
      <li>
        <span class="doc-badge">${withOperator ? '3' : '2'}</span>
        <span
          ><strong>Le nom du site et sa baseline</strong> : à droite du bloc-marque (sous lui sur mobile) ; ils font
          partie du lien vers l’accueil.</span
        >
      </li>
    </ol>`);
  const header = root.querySelector('charte-header')!;
  const stage = root.querySelector<HTMLElement>('.doc-stage')!;
  annotate(stage, [
    { label: '1', side: 'top', target: () => headerBloc(root) },
    ...(withOperator
      ? [{ label: '2', side: 'top' as const, target: () => header.querySelector('[slot="operator"]') }]
      : []),
    {
      label: withOperator ? '3' : '2',
      // At its top right: under the bloc-marque on mobile, its top left would cover the devise.
      side: 'top-end',
      target: () => header.shadowRoot?.querySelector('[part~="service"]'),
    },
  ]);
  keepUpdated(root, () => {
    const bloc = headerBloc(root);
    const m = bloc && measure(bloc);
    if (!m) return false;
    root.querySelector('[data-measure="header"]')!.textContent = `${fr(m.marianne.height)} px`;
    return true;
  });
  return root;
}

/** Waits for the numbered outlines and checks each sits on its element. */
async function expectAnnotated(canvas: HTMLElement, targets: Record<string, () => Element | null | undefined>) {
  for (const [label, target] of Object.entries(targets)) {
    const box = canvas.querySelector<HTMLElement>(`[data-annotation="${label}"]`)!;
    await waitFor(() => {
      expect(box.hidden).toBe(false);
      const drawn = box.getBoundingClientRect();
      const real = target()!.getBoundingClientRect();
      expect(Math.abs(drawn.left - real.left)).toBeLessThan(1);
      expect(Math.abs(drawn.top - real.top)).toBeLessThan(1);
      expect(Math.abs(drawn.width - real.width)).toBeLessThan(1);
    });
  }
}

/** The bloc-marque is on the left of the header, before everything else in it. */
async function expectTopLeft(canvas: HTMLElement) {
  const header = canvas.querySelector('charte-header')!;
  await waitFor(() => expect(headerBloc(canvas)).toBeTruthy());
  const bloc = headerBloc(canvas)!.getBoundingClientRect();
  const frame = header.getBoundingClientRect();
  expect(bloc.left + bloc.width / 2).toBeLessThan(frame.left + frame.width / 2);
  const service = header.shadowRoot!.querySelector('[part~="service"]')!.getBoundingClientRect();
  expect(bloc.top <= service.top || bloc.right <= service.left).toBe(true);
}

export const EnTete: Story = {
  name: 'En-tête',
  parameters: {
    docs: {
      source: {
        code: `<charte-header service-name="${SERVICE}" service-tagline="${TAGLINE}"></charte-header>`,
        language: 'html',
      },
    },
  },
  render: () => headerStory(false),
  play: async ({ canvasElement }) => {
    await expectTopLeft(canvasElement);
    const header = canvasElement.querySelector('charte-header')!;
    await expectAnnotated(canvasElement, {
      1: () => headerBloc(canvasElement),
      2: () => header.shadowRoot?.querySelector('[part~="service"]'),
    });
  },
};

export const AvecOperateur: Story = {
  name: 'En-tête avec un opérateur',
  parameters: {
    docs: {
      source: {
        code: `<charte-header service-name="${SERVICE}" service-tagline="${TAGLINE}">\n  <img slot="operator" style="max-width:8rem" src="logo-operateur.svg" alt="Nom de l’opérateur">\n</charte-header>`,
        language: 'html',
      },
    },
  },
  render: () => headerStory(true),
  play: async ({ canvasElement }) => {
    await expectTopLeft(canvasElement);
    const header = canvasElement.querySelector('charte-header')!;
    const operator = header.querySelector('[slot="operator"]')!;
    await expectAnnotated(canvasElement, {
      1: () => headerBloc(canvasElement),
      2: () => operator,
      3: () => header.shadowRoot?.querySelector('[part~="service"]'),
    });
    // The operator's logo is on the right of the bloc-marque, out of its clear space.
    const bloc = headerBloc(canvasElement)!;
    const clear = measure(bloc)!.marianne.height * charters.etat!.thresholds.blocMarque.clearSpace;
    expect(operator.getBoundingClientRect().left - bloc.getBoundingClientRect().right).toBeGreaterThanOrEqual(
      clear - 0.5,
    );
  },
};

const footerBloc = (root: Element) =>
  root.querySelector('charte-footer')?.shadowRoot?.querySelector('charte-bloc-marque');

export const PiedDePage: Story = {
  name: 'Pied de page',
  parameters: {
    docs: {
      source: {
        code: '<charte-footer accessibility="partial" accessibility-href="/accessibilite" legal-href="/mentions-legales" privacy-href="/donnees-personnelles"></charte-footer>',
        language: 'html',
      },
    },
  },
  render: () => {
    const root = mount(html`<div class="doc-stage doc-stage--wide">
        <charte-footer
          description="Description du site, en quelques lignes."
          accessibility="partial"
          accessibility-href="#"
          legal-href="#"
          privacy-href="#"
        ></charte-footer>
      </div>
      <ol class="doc-legend" aria-label="Le bloc-marque du pied de page">
        <li>
          <span class="doc-badge">1</span>
          <span
            ><strong>Le bloc-marque du pied de page</strong> : à gauche, en taille <code>md</code> sur mobile, puis
            <code>lg</code> dès ${breakpointMd} de large. Ici : taille <code data-measure="size">…</code>, pavé Marianne de
            <span data-measure="height">…</span> de haut. Il mène à l’accueil du site.</span
          >
        </li>
      </ol>`);
    annotate(root.querySelector<HTMLElement>('.doc-stage')!, [
      { label: '1', side: 'top', target: () => footerBloc(root) },
    ]);
    keepUpdated(root, () => {
      const bloc = footerBloc(root);
      const m = bloc && measure(bloc);
      if (!m) return false;
      // The size DSFR's footer gives for this width: lg from the md breakpoint.
      const wide = matchMedia(`(min-width: ${tokens['charte-breakpoint-md']})`).matches;
      root.querySelector('[data-measure="size"]')!.textContent = wide ? 'lg' : 'md';
      root.querySelector('[data-measure="height"]')!.textContent = `${fr(m.marianne.height)} px`;
      return true;
    });
    return root;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(footerBloc(canvasElement)).toBeTruthy());
    await expectAnnotated(canvasElement, { 1: () => footerBloc(canvasElement) });
    await waitFor(() => expect(canvasElement.querySelector('[data-measure="height"]')?.textContent).toMatch(/px/));
    // The footer's bloc-marque is larger than the header's smallest size (the charter's minimum).
    const m = measure(footerBloc(canvasElement)!)!;
    expect(m.marianne.height).toBeGreaterThan(charters.etat!.thresholds.blocMarque.minHeightPx);
  },
};

/** Draws the clear space around each bloc-marque: `clearSpace` times its Marianne block's height on every side. */
function drawClearSpace(root: HTMLElement, charter: Charter) {
  keepUpdated(root, () => {
    for (const figure of root.querySelectorAll<HTMLElement>('[data-clear]')) {
      const m = measure(figure.querySelector<BlocMarque>('charte-bloc-marque')!);
      if (!m) return false;
      const space = m.marianne.height * charter.thresholds.blocMarque.clearSpace;
      figure.querySelector<HTMLElement>('.doc-clear')!.style.padding = `${space}px`;
      for (const slot of figure.querySelectorAll('[data-measure="marianne"]'))
        slot.textContent = `${fr(m.marianne.height)} px`;
      figure.querySelector('[data-measure="space"]')!.textContent = `${fr(space)} px`;
    }
    return true;
  });
}

export const ZoneDeProtection: Story = {
  name: 'Zone de protection',
  parameters: {
    docs: {
      source: { code: '<charte-bloc-marque size="md"></charte-bloc-marque>', language: 'html' },
    },
  },
  render: (_args, context) => {
    const charter = charterOf(context);
    const ratio = fr(charter.thresholds.blocMarque.clearSpace, 2);
    const root = mount(html`<div class="doc-figures">
      ${SIZES.map(
        (size) => html`<figure class="doc-figure" data-clear=${size}>
          <div class="doc-clear"><charte-bloc-marque size=${size}></charte-bloc-marque></div>
          <figcaption>
            <strong>Taille <code>${size}</code></strong><br />
            Pavé Marianne : <span data-measure="marianne">…</span> de haut<br />
            Zone de protection : ${ratio} × <span data-measure="marianne">…</span> =
            <strong data-measure="space">…</strong>
          </figcaption>
        </figure>`,
      )}
    </div>`);
    drawClearSpace(root, charter);
    return root;
  },
  play: async ({ canvasElement }) => {
    const clearSpace = charters.etat!.thresholds.blocMarque.clearSpace;
    const figures = [...canvasElement.querySelectorAll<HTMLElement>('[data-clear]')];
    expect(figures.map((f) => f.dataset.clear)).toEqual([...SIZES]);
    for (const figure of figures) {
      await waitFor(() => expect(figure.querySelector('[data-measure="space"]')?.textContent).toMatch(/px/));
      const bloc = figure.querySelector('charte-bloc-marque')!;
      const inner = bloc.getBoundingClientRect();
      const outer = figure.querySelector('.doc-clear')!.getBoundingClientRect();
      const space = measure(bloc)!.marianne.height * clearSpace;
      // The hatched band is as wide as the clear space on every side of the bloc-marque.
      for (const gap of [
        inner.left - outer.left,
        outer.right - inner.right,
        inner.top - outer.top,
        outer.bottom - inner.bottom,
      ])
        expect(Math.abs(gap - space)).toBeLessThan(1);
    }
  },
};

export const TailleMinimale: Story = {
  name: 'Taille minimale',
  render: (_args, context) => {
    const { minHeightPx, minWidthMm } = charterOf(context).thresholds.blocMarque;
    const root = mount(html`<div class="doc-figures">
        <figure class="doc-figure" data-minimum>
          <div class="doc-boxed">
            <charte-bloc-marque style=${`--charte-bloc-marque-unit: ${minHeightPx}px`}></charte-bloc-marque>
          </div>
          <figcaption>
            <strong>À l’écran</strong> : pavé Marianne de <strong>${fr(minHeightPx)} px</strong> de haut au moins (mesuré
            ici : <span data-measure="marianne">…</span>).<br />
            C’est la taille <code>sm</code> de l’en-tête : elle ne se réduit pas davantage, même sur mobile.
          </figcaption>
        </figure>
      </div>
      <p class="doc-note">
        <strong>En impression</strong> :
        ${
          minWidthMm === null
            ? html`la largeur minimale en millimètres n’est pas fixée dans cette charte : la charte imprimée la
                publie en image, et le réglage <code>thresholds.blocMarque.minWidthMm</code> de la charte la fixe quand le
                service de communication la connaît.`
            : `le bloc-marque mesure au moins ${fr(minWidthMm)} mm de large.`
        }
      </p>`);
    keepUpdated(root, () => {
      const m = measure(root.querySelector('charte-bloc-marque')!);
      if (!m) return false;
      root.querySelector('[data-measure="marianne"]')!.textContent = `${fr(m.marianne.height)} px`;
      return true;
    });
    return root;
  },
  play: async ({ canvasElement }) => {
    const { minHeightPx } = charters.etat!.thresholds.blocMarque;
    await waitFor(() => expect(canvasElement.querySelector('[data-measure="marianne"]')?.textContent).toMatch(/px/));
    const m = measure(canvasElement.querySelector('charte-bloc-marque')!)!;
    expect(Math.abs(m.marianne.height - minHeightPx)).toBeLessThan(0.5);
  },
};
