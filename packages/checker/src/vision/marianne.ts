/**
 * The official Marianne block (tricolour rectangle with Marianne's profile) and devise, read at run time from
 * the installed @gouvfr/dsfr package (its logo stylesheet), never copied into this repository. The block is
 * drawn as DSFR draws `.fr-logo::before`: Bleu France on the left half, Rouge Marianne on the right, the white
 * profile (viewBox 44×18) over them, shifted up by 1/16 of the block's height.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Width / height of the Marianne block (2.75u × 1u). */
export const MARIANNE_ASPECT = 2.75;
export const BLEU_FRANCE = '#000091';
export const ROUGE_MARIANNE = '#e1000f';

let cached: { profile: string; devise: string; version: string } | undefined;

function dsfrLogo() {
  if (cached) return cached;
  let root: string;
  try {
    root = path.dirname(require.resolve('@gouvfr/dsfr/package.json'));
  } catch {
    throw new Error(
      '@gouvfr/dsfr is not installed: the official Marianne block is read from it (run `pnpm install`; its terms of use must be accepted, see the README)',
    );
  }
  const file = path.join(root, 'dist/component/logo/logo.main.css');
  const css = readFileSync(file, 'utf8');
  const svgOf = (selector: string): string => {
    const start = css.indexOf(`\n${selector} {`);
    const end = css.indexOf('\n}', start);
    const match = start >= 0 ? /url\("data:image\/svg\+xml;charset=utf8,([^"]+)"\)/.exec(css.slice(start, end)) : null;
    if (!match?.[1]) throw new Error(`${file}: no SVG in "${selector}" (has @gouvfr/dsfr changed?)`);
    return decodeURIComponent(match[1]);
  };
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  cached = { profile: svgOf('.fr-logo::before'), devise: svgOf('.fr-logo::after'), version };
  return cached;
}

/** The version of @gouvfr/dsfr the block is read from. */
export const dsfrVersion = (): string => dsfrLogo().version;

/** The inner markup of an SVG document (what is between its root tags). */
const inner = (svg: string) => svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

export interface BlockOptions {
  /** Colours of the two halves (default Bleu France and Rouge Marianne). */
  left?: string;
  right?: string;
  /** Colour of the profile (default white). */
  profile?: string;
}

/**
 * The Marianne block as SVG markup (no XML declaration), `width` × `height` px; by default with the official
 * colours and proportions. Other colours or a width that is not 2.75 × height make altered blocks (tests,
 * the detection corpus).
 */
export function marianneBlockSvg(height: number, width = height * MARIANNE_ASPECT, options: BlockOptions = {}): string {
  const profile = inner(dsfrLogo().profile).replace(/fill="#fff"|fill='#fff'/g, `fill="${options.profile ?? '#fff'}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 44 16" preserveAspectRatio="none"><rect width="22" height="16" fill="${options.left ?? BLEU_FRANCE}"/><rect x="22" width="22" height="16" fill="${options.right ?? ROUGE_MARIANNE}"/><svg y="-1" width="44" height="18" viewBox="0 0 44 18">${profile}</svg></svg>`;
}

/**
 * The devise "Liberté Égalité Fraternité" as SVG markup, `width` px wide, in `colour`. DSFR's sprite holds it
 * twice in a 252×180 box (black at the top left, white at the bottom right, each 126×90); the black copy is
 * kept and filled with `colour`.
 */
export function deviseSvg(width: number, colour = '#000'): { svg: string; height: number } {
  const height = (width * 90) / 126;
  const body = inner(dsfrLogo().devise)
    .replace(/<use fill=['"]#fff['"][^>]*\/>/, '')
    .replace(/<use fill=['"]#000['"]/, `<use fill="${colour}"`);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 126 90">${body}</svg>`,
    height,
  };
}
