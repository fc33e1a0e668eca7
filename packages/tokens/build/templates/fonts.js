/**
 * The Marianne and Spectral font files of @gouvfr/dsfr, and the @font-face rules that load them from
 * wherever a site serves them. Copied as is to dist/js/fonts.js by the build.
 */

export const fontFiles = [
  { family: 'Marianne', weight: 300, style: 'normal', file: 'Marianne-Light' },
  { family: 'Marianne', weight: 300, style: 'italic', file: 'Marianne-Light_Italic' },
  { family: 'Marianne', weight: 400, style: 'normal', file: 'Marianne-Regular' },
  { family: 'Marianne', weight: 400, style: 'italic', file: 'Marianne-Regular_Italic' },
  { family: 'Marianne', weight: 500, style: 'normal', file: 'Marianne-Medium' },
  { family: 'Marianne', weight: 500, style: 'italic', file: 'Marianne-Medium_Italic' },
  { family: 'Marianne', weight: 700, style: 'normal', file: 'Marianne-Bold' },
  { family: 'Marianne', weight: 700, style: 'italic', file: 'Marianne-Bold_Italic' },
  { family: 'Spectral', weight: 400, style: 'normal', file: 'Spectral-Regular' },
  { family: 'Spectral', weight: 900, style: 'normal', file: 'Spectral-ExtraBold' },
];

/**
 * @font-face rules for every font file, with URLs under `baseUrl` (default: a `fonts/` folder beside
 * the stylesheet's folder, as in the package).
 * @param {string} [baseUrl]
 * @param {{ display?: string }} [options]
 * @returns {string}
 */
export function fontFaces(baseUrl = '../fonts/', options = {}) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const display = options.display ?? 'swap';
  return fontFiles
    .map(
      (f) =>
        `@font-face {\n  font-family: "${f.family}";\n  src: url("${base}${f.file}.woff2") format("woff2"), url("${base}${f.file}.woff") format("woff");\n  font-weight: ${f.weight};\n  font-style: ${f.style};\n  font-display: ${display};\n}\n`,
    )
    .join('');
}
