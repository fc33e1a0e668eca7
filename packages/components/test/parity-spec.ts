/** What parity with DSFR means: the properties compared, the pixel bound, the shape of a result. */
/** The computed properties compared: type, colours, borders, padding, height. */
export const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'height',
] as const;

/** Largest share of differing pixels allowed between the two screenshots. */
export const MAX_PIXEL_DIFF = 0.02;

export interface ParityResult {
  id: string;
  width: number;
  theme: 'light' | 'dark';
  /** Computed properties that differ, per compared pair. */
  mismatches: { pair: string; property: string; ours: string; dsfr: string }[];
  /** Share of differing pixels between the screenshots of the first pair. */
  pixelDiff: number;
  size: { ours: [number, number]; dsfr: [number, number] };
  error?: string;
  /** The fixture's known gap, when it has one (reported, not asserted). */
  gap?: string;
}
