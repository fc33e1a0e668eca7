/** A font file of @gouvfr/dsfr: `<file>.woff2` and `<file>.woff`. */
export interface FontFile {
  family: 'Marianne' | 'Spectral';
  weight: 300 | 400 | 500 | 700 | 900;
  style: 'normal' | 'italic';
  file: string;
}

export declare const fontFiles: readonly FontFile[];

/**
 * The @font-face rules for Marianne and Spectral, loading the files from `baseUrl`
 * (default `../fonts/`, the layout of the package: dist/css/ beside dist/fonts/).
 */
export declare function fontFaces(baseUrl?: string, options?: { display?: string }): string;
