/**
 * Typography of the State brand, from `@charte/tokens`: the type scale (headings, display, body) on mobile and
 * from the md breakpoint, the weights of each font file, and the two families. Specimens are real text set at
 * the token values.
 */
import './foundations.css';
import { tokens } from '@charte/tokens';
import { type FontFile, fontFiles } from '@charte/tokens/fonts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { generated, token, tokensWithPrefix, withPx } from '../lib/foundations.ts';

export default {
  title: 'Fondamentaux/Typographie',
  tags: [],
  parameters: generated,
} satisfies Meta;

type Story = StoryObj;

/** A style of the scale: `heading-h1`, `display-xs`, `body-md`. */
interface Style {
  /** The token prefix, `charte-font-heading-h1`. */
  prefix: string;
  /** What the reader calls it. */
  label: string;
  size: string;
  lineHeight: string;
  /** From the md breakpoint; undefined when the style keeps its mobile values. */
  desktop?: { size: string; lineHeight: string };
}

/** The styles of a group (`heading`, `display`, `body`), in the order of the tokens. */
function styles(group: 'heading' | 'display' | 'body'): Style[] {
  const names = new Set(
    tokensWithPrefix(`charte-font-${group}-`)
      .map(([name]) => /^charte-font-[a-z]+-([a-z0-9]+)-size$/.exec(name)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  return [...names].map((name) => {
    const prefix = `charte-font-${group}-${name}`;
    const desktopSize = tokens[`${prefix}-size-desktop`];
    return {
      prefix,
      label: group === 'heading' ? `Titre ${name}` : group === 'display' ? `Display ${name}` : `Corps ${name}`,
      size: token(`${prefix}-size`),
      lineHeight: token(`${prefix}-line-height`),
      ...(desktopSize === undefined
        ? {}
        : { desktop: { size: String(desktopSize), lineHeight: token(`${prefix}-line-height-desktop`) } }),
    };
  });
}

/** The weight token of a font weight, `700` → `charte-font-weight-bold`. */
function weightToken(weight: number): string | undefined {
  return tokensWithPrefix('charte-font-weight-').find(([, value]) => Number(value) === weight)?.[0];
}

const SAMPLES = {
  heading: 'Demander une carte d’identité en ligne',
  display: 'République française',
  body: 'Votre demande a bien été enregistrée. Vous recevrez un courriel de confirmation dans les prochaines minutes, avec le numéro de votre dossier.',
};

function scaleTable(list: Style[], caption: string): TemplateResult {
  const hasDesktop = list.some((style) => style.desktop);
  return html`<table class="fd-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Style</th>
        <th scope="col">Taille</th>
        <th scope="col">Interligne</th>
        ${
          hasDesktop
            ? html`<th scope="col" class="fd-start">Taille à partir de md</th>
              <th scope="col">Interligne à partir de md</th>`
            : nothing
        }
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (style) => html`<tr>
          <th scope="row">${style.label}<br /><code>--${style.prefix}-*</code></th>
          <td class="fd-num">${withPx(style.size)}</td>
          <td class="fd-num">${withPx(style.lineHeight)}</td>
          ${
            hasDesktop
              ? html`<td class="fd-num fd-start">${style.desktop ? withPx(style.desktop.size) : 'inchangée'}</td>
                <td class="fd-num">${style.desktop ? withPx(style.desktop.lineHeight) : 'inchangé'}</td>`
              : nothing
          }
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Each style set at its size and line height, mobile then from md. */
function specimens(list: Style[], sample: string, weight: string): TemplateResult {
  const line = (label: string, size: string, lineHeight: string) => html`<li>
    <span class="fd-specimen-label">${label} · ${withPx(size)} / ${withPx(lineHeight)}</span>
    <p class="fd-specimen" style="font-size:${size};line-height:${lineHeight};font-weight:${weight}">${sample}</p>
  </li>`;
  return html`<ul class="fd-specimens">
    ${list.map((style) =>
      style.desktop
        ? html`${line(`${style.label}, mobile`, style.size, style.lineHeight)}
          ${line(`${style.label}, à partir de md`, style.desktop.size, style.desktop.lineHeight)}`
        : line(style.label, style.size, style.lineHeight),
    )}
  </ul>`;
}

const scale = (group: 'heading' | 'display' | 'body', caption: string, weight: string): Story => ({
  render: () => {
    const list = styles(group);
    return html`<div class="fd">${scaleTable(list, caption)}${specimens(list, SAMPLES[group], weight)}</div>`;
  },
});

export const Headings: Story = {
  ...scale('heading', 'Titres h1 à h6 (en gras)', `var(--charte-font-weight-bold)`),
  name: 'Titres',
};
export const Display: Story = {
  ...scale('display', 'Titres d’affichage (display), en gras', `var(--charte-font-weight-bold)`),
  name: 'Display',
};
export const Body: Story = {
  ...scale('body', 'Texte courant', `var(--charte-font-weight-regular)`),
  name: 'Corps de texte',
};

const FAMILIES = {
  Marianne: 'charte-font-family-marianne',
  Spectral: 'charte-font-family-spectral',
} as const;

/** The font files of a family and style, by weight. */
const filesOf = (family: FontFile['family'], style: FontFile['style']) =>
  new Map(fontFiles.filter((f) => f.family === family && f.style === style).map((f) => [f.weight, f]));

export const Weights: Story = {
  name: 'Graisses',
  render: () => {
    const weights = [...new Set(fontFiles.map((f) => f.weight))].sort((a, b) => a - b);
    const columns = [
      { family: 'Marianne', style: 'normal', label: 'Marianne' },
      { family: 'Marianne', style: 'italic', label: 'Marianne italique' },
      { family: 'Spectral', style: 'normal', label: 'Spectral' },
    ] as const;
    const files = columns.map((column) => filesOf(column.family, column.style));
    return html`<div class="fd">
      <table class="fd-table">
        <caption>
          Les graisses, et les fichiers de police qui les dessinent
        </caption>
        <thead>
          <tr>
            <th scope="col">Graisse</th>
            ${columns.map((column) => html`<th scope="col">${column.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weights.map((weight) => {
            const name = weightToken(weight);
            return html`<tr>
              <th scope="row">${weight}${name ? html`<br /><code>--${name}</code>` : nothing}</th>
              ${columns.map((column, index) =>
                files[index]!.has(weight)
                  ? html`<td>
                      <span
                        class="fd-specimen"
                        style="font-family:var(--${FAMILIES[column.family]});font-weight:${weight};font-style:${column.style};font-size:var(--charte-font-body-lg-size);line-height:var(--charte-font-body-lg-line-height)"
                        >Liberté, égalité</span
                      >
                    </td>`
                  : html`<td class="fd-mention">pas de fichier</td>`,
              )}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  },
};

const ALPHABET = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789 àâçéèêëîïôœùûü ÀÇÉÈÊÔŒ « » ’ € % @',
];

export const Families: Story = {
  name: 'Familles',
  render: () => html`<div class="fd">
    <ul class="fd-specimens">
      ${Object.entries(FAMILIES).map(
        ([family, name]) => html`<li>
          <span class="fd-specimen-label">${family} · <code>--${name}: ${token(name)}</code></span>
          <p
            class="fd-specimen"
            style="font-family:var(--${name});font-size:var(--charte-font-heading-h3-size);line-height:var(--charte-font-heading-h3-line-height)"
          >
            ${family === 'Marianne' ? 'Marianne, la voix de l’État' : '« Spectral, pour citer et nuancer »'}
          </p>
          <p
            class="fd-specimen"
            style="font-family:var(--${name});font-size:var(--charte-font-body-lg-size);line-height:var(--charte-font-body-lg-line-height)"
          >
            ${ALPHABET.map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}
          </p>
        </li>`,
      )}
    </ul>
  </div>`,
};
