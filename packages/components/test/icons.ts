/** Helpers for the fixtures of components that draw DSFR icons (test-only; fixtures import them). */
import { iconUrl } from '../src/base/icons.ts';

/**
 * DSFR's rule for one icon class, as its icon utility stylesheet (`dist/utility/icons/…`) writes it. The
 * parity page loads only `dsfr.min.css`, which names a few icons; a DSFR page using `fr-icon-<name>` loads
 * the utility stylesheet too. Put this `<style>` in a fixture's `dsfr` markup to get the same icon file.
 */
export function dsfrIconStyle(...names: string[]): string {
  const rules = names.map((name) => {
    const url = iconUrl(name);
    // DSFR's own icons (files `fr--<name>`) have the class `fr-icon-<name>`.
    const classes = [...new Set([name, name.replace(/^fr--/, '')])];
    const selector = classes.map((c) => `.fr-icon-${c}::before,.fr-icon-${c}::after`).join(',');
    return `${selector}{-webkit-mask-image:url("${url}");mask-image:url("${url}")}`;
  });
  return `<style>${rules.join('')}</style>`;
}

/**
 * Puts markup on DSFR's page surface (`--background-default-grey`, what DSFR's CSS gives `<body>`). For
 * components with a transparent background (secondary and tertiary buttons, link details): the axe page
 * loads no DSFR CSS, so without it their dark-theme text would be measured against a white page.
 */
export const onSurface = (markup: string) =>
  `<div style="background-color: var(--background-default-grey)">${markup}</div>`;
