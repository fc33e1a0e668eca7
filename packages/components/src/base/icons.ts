import type { IconName } from '../generated/icon-names.ts';

export type { IconName };

let base: string | undefined;

/**
 * Where the icon files are served from (`@charte/components/icons/`). By default they are found next to
 * this module; set a base when the files are copied elsewhere, and for server rendering:
 * `setIconBase('/assets/charte-icons/')`.
 */
export function setIconBase(url: string | undefined) {
  base = url && !url.endsWith('/') ? `${url}/` : url;
}

/**
 * The URL of DSFR icon `name` (e.g. `arrow-right-line`; DSFR's own icons by file, `fr--info-line`, or by class
 * name, `info-line`), to use as a CSS mask.
 */
export function iconUrl(name: IconName | string): string {
  const file = `${encodeURIComponent(name)}.svg`;
  if (base) return base + file;
  return new URL(`../../icons/${file}`, import.meta.url).href;
}
