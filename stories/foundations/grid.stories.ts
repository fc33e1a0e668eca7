/**
 * Breakpoints and grid of the State brand, from `@charte/tokens`: the breakpoints (with which one applies now),
 * the grid's tokens, and a live 12-column grid whose columns and gutters follow the breakpoints.
 */
import './foundations.css';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { frNumber, generated, token, tokensWithPrefix, toPx, withPx } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Grille et points de rupture',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** The breakpoints, smallest first: `[['sm', '36em'], …]`. */
const breakpoints = () =>
  tokensWithPrefix('charte-breakpoint-')
    .map(([name, value]) => [name.replace('charte-breakpoint-', ''), value] as const)
    .sort(([, a], [, b]) => toPx(a)! - toPx(b)!);

const columns = () => Number(token('charte-grid-columns'));

/**
 * CSS written from the tokens: which breakpoint applies (`.fd-bp-<name>` shown only in its range), the column
 * spans of the grid demo (`.fd-col-<n>`, `.fd-col-<bp>-<n>`), and the wider gutter from lg. A media query cannot
 * read a custom property, so the widths are the token values themselves.
 */
function breakpointCss(): string {
  const list = breakpoints();
  const spans = (prefix: string) =>
    Array.from({ length: columns() }, (_, i) => `.fd-grid > .${prefix}${i + 1} { grid-column: span ${i + 1}; }`).join(
      '\n',
    );
  let css = `.fd-bp [class^='fd-bp-'] { display: none; }\n.fd-bp .fd-bp-xs { display: inline; }\n${spans('fd-col-')}\n`;
  list.forEach(([name, value], index) => {
    const previous = index === 0 ? 'xs' : list[index - 1]![0];
    css += `@media (min-width: ${value}) {
  .fd-bp .fd-bp-${previous} { display: none; }
  .fd-bp .fd-bp-${name} { display: inline; }
  ${spans(`fd-col-${name}-`)}
  ${name === 'lg' ? '.fd-grid { column-gap: var(--charte-grid-gutter-lg); }' : ''}
}\n`;
  });
  return css;
}

/** The CSS above in a `<style>` element. */
function breakpointStyle(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = breakpointCss();
  return style;
}

/** Which breakpoint applies to the frame the story is shown in. */
function currentBreakpoint(): TemplateResult {
  const list = breakpoints();
  return html`<p class="fd-bp">
    Point de rupture actuel :
    <strong class="fd-bp-xs">xs (moins de ${list[0]![1]})</strong>
    ${list.map(
      ([name, value], index) =>
        html`<strong class="fd-bp-${name}"
          >${name} (${list[index + 1] ? `de ${value} à moins de ${list[index + 1]![1]}` : `${value} et plus`})</strong
        >`,
    )}
  </p>`;
}

export const Breakpoints: Story = {
  name: 'Points de rupture',
  render: () => {
    const list = breakpoints();
    return html`<div class="fd">
      ${breakpointStyle()}
      ${currentBreakpoint()}
      <table class="fd-table">
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Jeton</th>
            <th scope="col">À partir de</th>
            <th scope="col">Pixels (racine à ${token('charte-font-root-size')})</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">xs</th>
            <td>—</td>
            <td class="fd-num">0</td>
            <td class="fd-num">0 px (mobile, sous ${list[0]![1]})</td>
          </tr>
          ${list.map(
            ([name, value]) => html`<tr>
              <th scope="row">${name}</th>
              <td><code>--charte-breakpoint-${name}</code></td>
              <td class="fd-num">${value}</td>
              <td class="fd-num">${frNumber(toPx(value)!)} px</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

export const GridTokens: Story = {
  name: 'Jetons de grille',
  render: () => {
    const rows: [string, string][] = [
      ['charte-grid-columns', 'Colonnes'],
      ['charte-grid-gutter', 'Gouttière (jusqu’à lg)'],
      ['charte-grid-gutter-lg', 'Gouttière à partir de lg'],
      ['charte-grid-container-padding', 'Marge intérieure du conteneur'],
      ['charte-grid-container-max-width', 'Largeur maximale du conteneur'],
    ];
    return html`<div class="fd">
      <table class="fd-table">
        <thead>
          <tr>
            <th scope="col">Rôle</th>
            <th scope="col">Jeton</th>
            <th scope="col">Valeur</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([name, role]) => html`<tr>
              <th scope="row">${role}</th>
              <td><code>--${name}</code></td>
              <td class="fd-num">${withPx(token(name))}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** A row of the demo: each cell spans `classes` (`fd-col-12 fd-col-md-6`) and says so. */
function demoRow(label: string, cells: { classes: string; text: string }[]): TemplateResult {
  return html`<p class="fd-grid-label">${label}</p>
    <div class="fd-grid">${cells.map((cell) => html`<div class=${cell.classes}>${cell.text}</div>`)}</div>`;
}

export const Grid: Story = {
  name: 'Grille de 12 colonnes',
  render: () => {
    const n = columns();
    const repeat = (count: number, classes: string, text: string) =>
      Array.from({ length: count }, () => ({ classes, text }));
    return html`<div class="fd">
      ${breakpointStyle()}
      ${currentBreakpoint()}
      <div class="fd-container">
        ${demoRow(
          `${n} colonnes d’une colonne`,
          Array.from({ length: n }, (_, i) => ({ classes: 'fd-col-1', text: String(i + 1) })),
        )}
        ${demoRow('Pleine largeur, puis deux moitiés à partir de md', repeat(2, `fd-col-${n} fd-col-md-6`, '6 (md)'))}
        ${demoRow('Pleine largeur, puis trois tiers à partir de md', repeat(3, `fd-col-${n} fd-col-md-4`, '4 (md)'))}
        ${demoRow(
          'Pleine largeur, deux par ligne à partir de sm, quatre à partir de lg',
          repeat(4, `fd-col-${n} fd-col-sm-6 fd-col-lg-3`, '6 (sm), 3 (lg)'),
        )}
        ${demoRow('Contenu et colonne latérale à partir de md', [
          { classes: `fd-col-${n} fd-col-md-8`, text: '8 (md)' },
          { classes: `fd-col-${n} fd-col-md-4`, text: '4 (md)' },
        ])}
      </div>
    </div>`;
  },
};
