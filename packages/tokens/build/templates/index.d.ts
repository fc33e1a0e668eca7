/** Types of @charte/tokens: the State brand's values, resolved for both themes. */

export type Theme = 'light' | 'dark';
export type FamilyKind = 'primary' | 'neutral' | 'system' | 'illustrative';
export type ColourState = 'default' | 'hover' | 'active';

/** The version of @gouvfr/dsfr the values come from. */
export declare const dsfrVersion: string;

export interface Family {
  /** DSFR name, e.g. `blue-france`. */
  id: string;
  kind: FamilyKind;
  fr: string;
  en: string;
}
export declare const families: readonly Family[];

/** One colour option of the State palette. */
export interface PaletteColour {
  /** e.g. `blue-france-sun-113`, `grey-1000-hover`. */
  name: string;
  family: string;
  kind: FamilyKind;
  /** e.g. `sun-113`, `975`, `main-525`. */
  shade: string;
  state: ColourState;
  /** `#rrggbb`. */
  value: string;
}
/** Every colour option DSFR defines, with hover and active values. */
export declare const palette: readonly PaletteColour[];

/** A DSFR option pair, the custom property `--<family>-<light shade>-<dark shade>`. */
export interface OptionPair {
  light: string;
  dark: string;
  /** Name of the palette colour used in the light theme. */
  lightOption: string;
  darkOption: string;
  family: string;
  state?: 'hover' | 'active';
}
export declare const optionPairs: Readonly<Record<string, OptionPair>>;

/** A DSFR colour decision, the custom property `--<context>-<usage>-<family>[-state]`. */
export interface Decision {
  light: string;
  dark: string;
  lightOption: string;
  darkOption: string;
  /** The option pair it points at. */
  pair: string;
  context: 'background' | 'text' | 'border' | 'artwork';
  usage: string;
  family: string;
  state: ColourState;
}
export declare const decisions: Readonly<Record<string, Decision>>;

/** Every colour custom property (option pairs, decisions, shadow colour) resolved in each theme. */
export declare const themes: Readonly<Record<Theme, Readonly<Record<string, string>>>>;

/** Values of the other custom properties (spacing, typography, layout, elevation, motion, focus). */
export declare const tokens: Readonly<Record<string, string | number>>;

export interface CharterThresholds {
  /** Largest CIEDE2000 distance for vector colours. */
  deltaE: number;
  /** Largest CIEDE2000 distance for colours measured in pixels. */
  deltaERaster: number;
  blocMarque: {
    /** Smallest height of the Marianne block on screen, in CSS pixels. */
    minHeightPx: number;
    /** Smallest width of the bloc-marque in print, in mm; null: not checked. */
    minWidthMm: number | null;
    /** Clear space around the bloc-marque, in heights of the Marianne block. */
    clearSpace: number;
  };
  assets: {
    /** Largest share (0 to 1) of a flat graphic's pixels far from every palette colour before a warning. */
    maxOffPalette: number;
    /** Smallest resolution of a print asset at its intended size, px per inch. */
    minPrintPpi: number;
    /** Largest weight of a web image, bytes; null: not checked. */
    maxWebBytes: number | null;
    /** Images must carry a credit or copyright in their metadata. */
    requireCredit: boolean;
  };
}

/** A charter with its `extends` chain resolved. */
export interface Charter {
  id: string;
  /** The charter, then its parents up to `etat`. */
  chain: readonly string[];
  kind: 'state' | 'government' | 'ministry' | 'other';
  name: string;
  shortName: string;
  /** The intitulé of the bloc-marque, one string per line. */
  intitule: readonly string[];
  source?: string;
  accentFamilies: readonly string[];
  thresholds: CharterThresholds;
  /** Custom properties the charter defines (`--charte-…`), resolved in each theme. */
  tokens: Readonly<Record<string, { light: string; dark: string; references?: string }>>;
}
export declare const charters: Readonly<Record<string, Charter>>;

/** A text decision and a background decision it is meant to be read on. */
export interface ContrastPair {
  text: string;
  background: string;
  minRatio: number;
  /** Set when DSFR keeps the pair under `minRatio` by design, with the reason. */
  exception?: string;
}
export declare const contrastPairs: readonly ContrastPair[];
