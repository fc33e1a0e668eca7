/**
 * Helpers of the foundations pages (`stories/foundations/`): reading token values and converting them, and the
 * explorer that makes a long list usable (collapsed groups and a search field). Values always come from
 * `@charte/tokens`.
 */
import { tokens } from '@charte/tokens';
import type { StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';

/** The root font size (`charte-font-root-size`), in px: what 1rem is worth. */
export const ROOT_PX = Number.parseFloat(String(tokens['charte-font-root-size']));

/** A token's value; throws when the token does not exist, so that a renamed token fails the story. */
export function token(name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`No token "${name}" in @charte/tokens`);
  return String(value);
}

/** The tokens whose name starts with `prefix`, in the order of `@charte/tokens`. */
export function tokensWithPrefix(prefix: string): [name: string, value: string][] {
  return Object.entries(tokens)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name, String(value)]);
}

/** A length in px: `rem` and `em` times the root size, `px` as is, a bare number as px; undefined otherwise. */
export function toPx(value: string | number): number | undefined {
  const match = /^(-?[\d.]+)(rem|em|px)?$/.exec(String(value).trim());
  if (!match) return undefined;
  const number = Number.parseFloat(match[1]!);
  return match[2] === 'rem' || match[2] === 'em' ? number * ROOT_PX : number;
}

/** A number in French: `1,5`, `0,125`. */
export function frNumber(value: number, maximumFractionDigits = 3): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits });
}

/** `2rem` → `2rem (32 px)`; px, unitless values (`0`, `12`) and what is not a length are given as is. */
export function withPx(value: string | number): string {
  if (!/(r?em)$/.test(String(value).trim())) return String(value);
  return `${value} (${frNumber(toPx(value)!)} px)`;
}

/** Lowercase, without accents: what the filter boxes compare. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

let counter = 0;
/** An id unique in the page (a docs page shows several stories at once). */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Parameters of a foundations story: no "Show code" (its code is the generator, not something to copy) and no
 * second rendering of a long table to compute a snippet.
 */
export const generated: StoryObj['parameters'] = {
  docs: { source: { type: 'code', code: '' }, canvas: { sourceState: 'none' } },
};

export interface FilterOptions {
  /** The label of the search field. */
  label: string;
  /** A hint under the label (what can be typed). */
  hint: string;
  /** What the status says: `shown` of `total` match `query` (as typed; empty when nothing is). */
  status: (shown: number, total: number, query: string) => string;
}

/** One item of an explorer: its normalised searchable text, how many things it stands for, its rendering. */
export interface ExplorerItem {
  search: string;
  count?: number;
  render: () => TemplateResult;
}

/** A group of an explorer: a heading, colours drawn beside it, and a table (or list) of its items. */
export interface ExplorerGroup {
  /** The heading: a French name. */
  title: string;
  /** After the heading: the DSFR name, the kind, the count. */
  details: string;
  /** Colours drawn as a strip beside the heading (decoration: the items give each one in words). */
  strip?: readonly string[];
  items: readonly ExplorerItem[];
  /** The items shown (all of them, or those matching the filter) laid out. */
  layout: (items: TemplateResult[]) => TemplateResult;
}

/**
 * A long list made usable: its groups are collapsed (`<details>`), and a search field opens the groups where it
 * finds something and shows only the matching items, while a live status says how many match. A group's items are
 * rendered only while it is open, so that a closed list of a thousand items costs its headings only.
 */
export function explorer(groups: readonly ExplorerGroup[], filter: FilterOptions): TemplateResult {
  const id = uniqueId('fd-filter');
  const weight = (items: readonly ExplorerItem[]) => items.reduce((sum, item) => sum + (item.count ?? 1), 0);
  const total = weight(groups.flatMap((group) => group.items));
  let words: string[] = [];
  const found = (group: ExplorerGroup) => group.items.filter((item) => words.every((w) => item.search.includes(w)));
  const fill = (details: HTMLDetailsElement, group: ExplorerGroup) => {
    const body = details.querySelector<HTMLElement>(':scope > .fd-group-body');
    if (body) render(details.open ? group.layout(found(group).map((item) => item.render())) : nothing, body);
  };
  const onInput = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const root = input.closest('.fd-filterable');
    if (!root) return;
    words = normalize(input.value)
      .split(/[\s,;]+/)
      .filter(Boolean);
    let shown = 0;
    root.querySelectorAll<HTMLDetailsElement>(':scope > details.fd-group').forEach((details, index) => {
      const group = groups[index]!;
      const matches = found(group);
      shown += weight(matches);
      details.hidden = matches.length === 0;
      details.open = words.length > 0 && matches.length > 0;
      fill(details, group);
    });
    const status = root.querySelector('.fd-filter-status');
    if (status) status.textContent = filter.status(shown, total, input.value.trim());
  };
  return html`<div class="fd fd-filterable">
    <div class="fd-filter">
      <label for=${id}>${filter.label} <span class="fd-hint">${filter.hint}</span></label>
      <input id=${id} type="search" autocomplete="off" spellcheck="false" @input=${onInput} />
      <p class="fd-filter-status" role="status">${filter.status(total, total, '')}</p>
    </div>
    ${groups.map(
      (group) => html`<details
        class="fd-group"
        @toggle=${(event: Event) => fill(event.currentTarget as HTMLDetailsElement, group)}
      >
        <summary>
          <h3>${group.title} <span class="fd-mention">${group.details}</span></h3>
          ${
            group.strip
              ? html`<span class="fd-strip" aria-hidden="true"
                  >${group.strip.map((hex) => html`<span style="background-color:${hex}"></span>`)}</span
                >`
              : nothing
          }
        </summary>
        <div class="fd-group-body"></div>
      </details>`,
    )}
  </div>`;
}
