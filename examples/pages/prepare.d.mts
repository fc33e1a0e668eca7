/** Folder of the example pages. */
export declare const pagesDir: string;
/** Copies DSFR's CSS, fonts, favicons and icons into examples/pages/dsfr/; returns the pages' folder. */
export declare function prepareExamplePages(): string;
