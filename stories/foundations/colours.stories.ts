/**
 * Colours of the State brand, from `@charte/tokens`: every colour option of the palette by family (with its hover
 * and active values), every decision by context in both themes, and the text-on-background pairs DSFR
 * guarantees. Every colour comes with its WCAG 2.1 contrast against white and black.
 *
 * The three lists are explorers: collapsed groups, opened on demand or by the filter box. Each story's play
 * function filters, then opens a group, so that axe checks the rows' markup in both themes; that every swatch and
 * sample of every row is readable is checked in stories/test/colour.test.ts, over all the values.
 */
import './foundations.css';
import {
  type ContrastPair,
  contrastPairs,
  type Decision,
  decisions,
  type Family,
  type FamilyKind,
  families,
  type PaletteColour,
  palette,
} from '@charte/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { BLACK, contrastRatio, formatRatio, readableOn, WHITE, wcagLevel } from '../lib/colour.ts';
import { type ExplorerGroup, explorer, frNumber, generated, normalize } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Couleurs',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

const KINDS: Record<FamilyKind, string> = {
  primary: 'primaire',
  neutral: 'neutre',
  system: 'système',
  illustrative: 'illustrative',
};

const CONTEXTS: Record<Decision['context'], string> = {
  background: 'Fonds',
  text: 'Textes',
  border: 'Bordures',
  artwork: 'Illustrations',
};

const STATES = ['default', 'hover', 'active'] as const;
const STATE_NAMES: Record<(typeof STATES)[number], string> = {
  default: 'Par défaut',
  hover: 'Survol',
  active: 'Actif',
};

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** A colour written on itself, in black or white, whichever is more readable. */
function swatch(hex: string): TemplateResult {
  return html`<span class="fd-swatch" style="background-color:${hex};color:${readableOn(hex)}">${hex}</span>`;
}

/** A contrast ratio and the level it reaches, as `4,54:1 · AA`. */
function ratioText(hex: string, other: string): string {
  const ratio = contrastRatio(hex, other);
  return `${formatRatio(ratio)} · ${wcagLevel(ratio)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Options

/** The lightness index of a shade, `sun-113` → 113, `975` → 975, to sort a family from dark to light. */
const level = (shade: string) => Number(/(\d+)$/.exec(shade)?.[1] ?? 0);

const byName = new Map(palette.map((c) => [c.name, c]));

/** A family's default options, darkest first. */
function defaults(family: string): PaletteColour[] {
  return palette
    .filter((c) => c.family === family && c.state === 'default')
    .sort((a, b) => level(a.shade) - level(b.shade));
}

function optionCell(colour: PaletteColour | undefined): TemplateResult {
  if (!colour) return html`<td><span aria-hidden="true">—</span><span class="fd-sr-only">aucune</span></td>`;
  return html`<td>
    ${swatch(colour.value)}<code>${colour.name}</code>
    <span class="fd-ratios">Blanc : ${ratioText(colour.value, WHITE)}<br />Noir : ${ratioText(colour.value, BLACK)}</span>
  </td>`;
}

function optionGroup(family: Family): ExplorerGroup {
  const bases = defaults(family.id);
  const count = palette.filter((c) => c.family === family.id).length;
  return {
    title: family.fr,
    details: `(${family.id}, ${KINDS[family.kind]}, ${plural(count, 'option', 'options')})`,
    strip: bases.map((c) => c.value),
    items: bases.map((base) => {
      const states = STATES.map((state) => (state === 'default' ? base : byName.get(`${base.name}-${state}`)));
      const present = states.filter((c): c is PaletteColour => c !== undefined);
      return {
        search: normalize([family.fr, family.id, base.shade, ...present.flatMap((c) => [c.name, c.value])].join(' ')),
        count: present.length,
        render: () => html`<tr>
          <th scope="row"><code>${base.shade}</code></th>
          ${states.map(optionCell)}
        </tr>`,
      };
    }),
    layout: (rows) => html`<table class="fd-table">
      <thead>
        <tr>
          <th scope="col">Nuance</th>
          ${STATES.map((state) => html`<th scope="col">${STATE_NAMES[state]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  };
}

/** The status of the explorer in `root`. */
const statusOf = (root: HTMLElement) => root.querySelector('.fd-filter-status')?.textContent;

/** Clicks a group's summary, by the French name in its heading. */
async function openGroup(root: HTMLElement, title: string): Promise<HTMLDetailsElement> {
  const heading = (summary: HTMLElement) =>
    [...(summary.querySelector('h3')?.childNodes ?? [])]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
  const summary = [...root.querySelectorAll<HTMLElement>('details > summary')].find((s) => heading(s) === title);
  if (!summary) throw new Error(`No group "${title}"`);
  await userEvent.click(summary);
  const details = summary.parentElement as HTMLDetailsElement;
  await expect(details.open).toBe(true);
  return details;
}

export const Options: Story = {
  name: 'Options (palette)',
  render: () =>
    explorer(families.map(optionGroup), {
      label: 'Filtrer les options',
      hint: 'Par nom, famille ou code hexadécimal : « menthe », « sun-113 », « #000091 »',
      status: (shown, total) => `${shown} options affichées sur ${total}.`,
    }),
  // A family's name, accents left out, finds all its options (hover and active included) and opens its group;
  // clearing the field closes the groups; opening a family shows one row per shade.
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/Filtrer les options/);
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(0);
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(0);
    await userEvent.type(input, 'vert emeraude');
    const emeraude = palette.filter((c) => c.family === 'green-emeraude');
    await expect(statusOf(canvasElement)).toBe(`${emeraude.length} options affichées sur ${palette.length}.`);
    const shown = canvasElement.querySelectorAll<HTMLDetailsElement>('details:not([hidden])');
    await expect(shown).toHaveLength(1);
    await expect(shown[0]?.open).toBe(true);
    await expect(shown[0]?.querySelector('h3')?.textContent).toContain('green-emeraude');
    const cells = [...(shown[0]?.querySelectorAll('tbody code') ?? [])].map((code) => code.textContent);
    for (const colour of emeraude) await expect(cells).toContain(colour.name);
    await userEvent.clear(input);
    await expect(statusOf(canvasElement)).toBe(`${palette.length} options affichées sur ${palette.length}.`);
    await expect(canvasElement.querySelectorAll('details:not([hidden])')).toHaveLength(families.length);
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(0);
    const family = families[0]!;
    const details = await openGroup(canvasElement, family.fr);
    await expect(details.querySelectorAll('tbody tr')).toHaveLength(defaults(family.id).length);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Decisions

const decisionsOf = (context: Decision['context']) =>
  Object.entries(decisions).filter(([, decision]) => decision.context === context);

function ratioCell(hex: string, other: string): TemplateResult {
  const ratio = contrastRatio(hex, other);
  return html`<td class="fd-ratio"><span class="fd-nowrap">${formatRatio(ratio)}</span><br />${wcagLevel(ratio)}</td>`;
}

function decisionGroup(context: Decision['context']): ExplorerGroup {
  const entries = decisionsOf(context);
  return {
    title: CONTEXTS[context],
    details: `(${context}, ${plural(entries.length, 'décision', 'décisions')})`,
    items: entries.map(([name, d]) => ({
      search: normalize([name, d.lightOption, d.darkOption, d.light, d.dark, d.pair].join(' ')),
      render: () => html`<tr>
        <th scope="row"><code>${name}</code></th>
        <td class="fd-start">${swatch(d.light)}<code>${d.lightOption}</code></td>
        ${ratioCell(d.light, WHITE)}${ratioCell(d.light, BLACK)}
        <td class="fd-start">${swatch(d.dark)}<code>${d.darkOption}</code></td>
        ${ratioCell(d.dark, WHITE)}${ratioCell(d.dark, BLACK)}
      </tr>`,
    })),
    layout: (rows) => html`<table class="fd-table">
      <thead>
        <tr>
          <td></td>
          <th scope="colgroup" colspan="3">Thème clair</th>
          <th scope="colgroup" colspan="3">Thème sombre</th>
        </tr>
        <tr>
          <th scope="col">Décision</th>
          <th scope="col" class="fd-start">Couleur</th>
          <th scope="col">Sur blanc</th>
          <th scope="col">Sur noir</th>
          <th scope="col" class="fd-start">Couleur</th>
          <th scope="col">Sur blanc</th>
          <th scope="col">Sur noir</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  };
}

export const Decisions: Story = {
  name: 'Décisions',
  render: () =>
    explorer((Object.keys(CONTEXTS) as Decision['context'][]).map(decisionGroup), {
      label: 'Filtrer les décisions',
      hint: 'Par nom, option ou code hexadécimal : « action-high », « text-title », « #cecece »',
      status: (shown, total) => `${shown} décisions affichées sur ${total}.`,
    }),
  // Typing narrows the list to the matching decisions and says how many; a context with no match is hidden with
  // its heading; clearing the field closes the contexts again; opening one shows all its decisions.
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/Filtrer les décisions/);
    const names = Object.keys(decisions);
    const query = 'action-high-blue-france';
    const expected = names.filter((name) => name.includes(query));
    await userEvent.type(input, query);
    await expect(statusOf(canvasElement)).toBe(`${expected.length} décisions affichées sur ${names.length}.`);
    const shown = [...canvasElement.querySelectorAll('details:not([hidden]) tbody th')].map((th) => th.textContent);
    await expect(shown.sort()).toEqual([...expected].sort());
    const contexts = [...canvasElement.querySelectorAll('details:not([hidden]) h3')].map((h) => h.textContent);
    await expect(contexts.some((text) => text?.includes('(artwork'))).toBe(false);
    await userEvent.clear(input);
    await expect(statusOf(canvasElement)).toBe(`${names.length} décisions affichées sur ${names.length}.`);
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(0);
    const details = await openGroup(canvasElement, CONTEXTS.text);
    await expect(details.querySelectorAll('tbody tr')).toHaveLength(decisionsOf('text').length);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Contrast pairs

/** A pair's ratio in one theme, and whether it reaches the required ratio. */
function pairRatio(pair: ContrastPair, theme: 'light' | 'dark') {
  const text = decisions[pair.text];
  const background = decisions[pair.background];
  if (!text || !background) throw new Error(`Contrast pair ${pair.text} on ${pair.background}: unknown decision`);
  const ratio = contrastRatio(text[theme], background[theme]);
  return { text: text[theme], background: background[theme], ratio, pass: ratio >= pair.minRatio };
}

function pairCell(pair: ContrastPair, theme: 'light' | 'dark'): TemplateResult {
  const { text, background, ratio, pass } = pairRatio(pair, theme);
  const style = `color:${text};background-color:${background}`;
  // The sample is decoration (the ratio and the verdict say it all). A pair DSFR keeps under the ratio on purpose
  // is the text of a disabled control; its sample is one, which WCAG 1.4.3 exempts (and axe with it).
  const sample = pair.exception
    ? html`<button class="fd-sample" type="button" disabled aria-hidden="true" style=${style}>Aa</button>`
    : html`<span class="fd-sample" aria-hidden="true" style=${style}>Aa</span>`;
  return html`<td class="fd-start">
    <span class="fd-nowrap">${sample}${formatRatio(ratio)}</span> ${pass ? '✓ conforme' : '✗ insuffisant'}
  </td>`;
}

/** The pairs whose text decision belongs to `family`. */
const pairsOf = (family: string) => contrastPairs.filter((pair) => decisions[pair.text]?.family === family);

function pairGroup(family: Family): ExplorerGroup {
  const pairs = pairsOf(family.id);
  return {
    title: `Textes ${family.fr}`,
    details: `(${family.id}, ${plural(pairs.length, 'paire', 'paires')})`,
    items: pairs.map((pair) => ({
      search: normalize(`${pair.text} ${pair.background} ${pair.exception ? 'exception' : ''}`),
      render: () => html`<tr>
        <th scope="row"><code>${pair.text}</code></th>
        <td class="fd-name"><code>${pair.background}</code></td>
        <td class="fd-num">${frNumber(pair.minRatio, 2)}:1</td>
        ${pairCell(pair, 'light')}${pairCell(pair, 'dark')}
        <td class="fd-exception" lang=${pair.exception ? 'en' : nothing}>${pair.exception ?? ''}</td>
      </tr>`,
    })),
    layout: (rows) => html`<table class="fd-table">
      <thead>
        <tr>
          <th scope="col">Texte</th>
          <th scope="col">Fond</th>
          <th scope="col">Ratio requis</th>
          <th scope="col" class="fd-start">Thème clair</th>
          <th scope="col" class="fd-start">Thème sombre</th>
          <th scope="col">Exception DSFR</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  };
}

export const ContrastPairs: Story = {
  name: 'Paires de contraste',
  render: () => {
    const both = contrastPairs.filter((p) => pairRatio(p, 'light').pass && pairRatio(p, 'dark').pass).length;
    const exceptions = contrastPairs.filter((p) => p.exception).length;
    return html`<div class="fd">
      <p>
        ${contrastPairs.length} paires d’un texte et d’un fond : ${both} atteignent le ratio requis dans les deux
        thèmes, ${exceptions} sont des exceptions assumées par le DSFR.
      </p>
      ${explorer(families.filter((family) => pairsOf(family.id).length > 0).map(pairGroup), {
        label: 'Filtrer les paires',
        hint: 'Par décision de texte ou de fond : « text-mention », « background-alt », « exception »',
        status: (shown, total) => `${shown} paires affichées sur ${total}.`,
      })}
    </div>`;
  },
  // « exception » finds the pairs DSFR keeps under the ratio, each with its reason; the grey texts (where the
  // exceptions are) stay open.
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/Filtrer les paires/);
    const exceptions = contrastPairs.filter((p) => p.exception);
    await userEvent.type(input, 'exception');
    await expect(statusOf(canvasElement)).toBe(`${exceptions.length} paires affichées sur ${contrastPairs.length}.`);
    const rows = [...canvasElement.querySelectorAll('details:not([hidden]) tbody tr')];
    await expect(rows).toHaveLength(exceptions.length);
    for (const row of rows) await expect(row.lastElementChild?.textContent?.trim()).not.toBe('');
    await userEvent.clear(input);
    const grey = families.find((f) => f.id === 'grey')!;
    const details = await openGroup(canvasElement, `Textes ${grey.fr}`);
    await expect(details.querySelectorAll('tbody tr')).toHaveLength(pairsOf('grey').length);
    const greyExceptions = exceptions.filter((p) => decisions[p.text]?.family === 'grey');
    await expect(details.querySelectorAll('button[disabled].fd-sample')).toHaveLength(2 * greyExceptions.length);
  },
};
