import { css } from 'lit';

/*
 * Values of DSFR 1.15 `fr-callout`: padding 1.5rem (2rem 3rem from 48em), a 0.25rem band on the left drawn as
 * a background gradient, contrasted background; title 1.375rem/1.75rem (1.5rem/2rem from 48em) with 0.5rem
 * under it, text 1.125rem/1.75rem, icon 1.5rem above the title, button 1rem under the text.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .callout {
    --_band: var(--charte-callout-band-color, var(--border-default-blue-france));
    --_bg: var(--charte-callout-background, var(--background-contrast-grey));
    position: relative;
    margin: 0 0 1.5rem;
    padding: 1.5rem;
    background-color: var(--_bg);
    background-image: linear-gradient(0deg, var(--_band), var(--_band));
    background-size: 0.25rem 100%;
    background-position: 0 0;
    background-repeat: no-repeat;
  }
  .accent-green-tilleul-verveine {
    --_band: var(--charte-callout-band-color, var(--border-default-green-tilleul-verveine));
    --_bg: var(--charte-callout-background, var(--background-contrast-green-tilleul-verveine));
  }
  .accent-green-bourgeon {
    --_band: var(--charte-callout-band-color, var(--border-default-green-bourgeon));
    --_bg: var(--charte-callout-background, var(--background-contrast-green-bourgeon));
  }
  .accent-green-emeraude {
    --_band: var(--charte-callout-band-color, var(--border-default-green-emeraude));
    --_bg: var(--charte-callout-background, var(--background-contrast-green-emeraude));
  }
  .accent-green-menthe {
    --_band: var(--charte-callout-band-color, var(--border-default-green-menthe));
    --_bg: var(--charte-callout-background, var(--background-contrast-green-menthe));
  }
  .accent-green-archipel {
    --_band: var(--charte-callout-band-color, var(--border-default-green-archipel));
    --_bg: var(--charte-callout-background, var(--background-contrast-green-archipel));
  }
  .accent-blue-ecume {
    --_band: var(--charte-callout-band-color, var(--border-default-blue-ecume));
    --_bg: var(--charte-callout-background, var(--background-contrast-blue-ecume));
  }
  .accent-blue-cumulus {
    --_band: var(--charte-callout-band-color, var(--border-default-blue-cumulus));
    --_bg: var(--charte-callout-background, var(--background-contrast-blue-cumulus));
  }
  .accent-purple-glycine {
    --_band: var(--charte-callout-band-color, var(--border-default-purple-glycine));
    --_bg: var(--charte-callout-background, var(--background-contrast-purple-glycine));
  }
  .accent-pink-macaron {
    --_band: var(--charte-callout-band-color, var(--border-default-pink-macaron));
    --_bg: var(--charte-callout-background, var(--background-contrast-pink-macaron));
  }
  .accent-pink-tuile {
    --_band: var(--charte-callout-band-color, var(--border-default-pink-tuile));
    --_bg: var(--charte-callout-background, var(--background-contrast-pink-tuile));
  }
  .accent-yellow-tournesol {
    --_band: var(--charte-callout-band-color, var(--border-default-yellow-tournesol));
    --_bg: var(--charte-callout-background, var(--background-contrast-yellow-tournesol));
  }
  .accent-yellow-moutarde {
    --_band: var(--charte-callout-band-color, var(--border-default-yellow-moutarde));
    --_bg: var(--charte-callout-background, var(--background-contrast-yellow-moutarde));
  }
  .accent-orange-terre-battue {
    --_band: var(--charte-callout-band-color, var(--border-default-orange-terre-battue));
    --_bg: var(--charte-callout-background, var(--background-contrast-orange-terre-battue));
  }
  .accent-brown-cafe-creme {
    --_band: var(--charte-callout-band-color, var(--border-default-brown-cafe-creme));
    --_bg: var(--charte-callout-background, var(--background-contrast-brown-cafe-creme));
  }
  .accent-brown-caramel {
    --_band: var(--charte-callout-band-color, var(--border-default-brown-caramel));
    --_bg: var(--charte-callout-background, var(--background-contrast-brown-caramel));
  }
  .accent-brown-opera {
    --_band: var(--charte-callout-band-color, var(--border-default-brown-opera));
    --_bg: var(--charte-callout-background, var(--background-contrast-brown-opera));
  }
  .accent-beige-gris-galet {
    --_band: var(--charte-callout-band-color, var(--border-default-beige-gris-galet));
    --_bg: var(--charte-callout-background, var(--background-contrast-beige-gris-galet));
  }
  .icon {
    display: block;
    width: 1.5rem;
    height: 1.5rem;
    margin: -0.5rem 0 0.5rem;
    color: var(--text-title-grey);
    background-color: currentColor;
    mask-image: var(--_icon);
    mask-size: 100% 100%;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.375rem;
    line-height: 1.75rem;
    font-weight: 700;
    color: var(--text-title-grey);
  }
  .text {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.75rem;
  }
  ::slotted([slot='button']) {
    margin-top: 1rem;
  }
  @media (min-width: 48em) {
    .callout {
      padding: 2rem 3rem;
    }
    .icon {
      margin: -1rem 0 1rem -2rem;
    }
    .title {
      font-size: 1.5rem;
      line-height: 2rem;
    }
  }
  @media (forced-colors: active) {
    .callout {
      border-left: 4px solid;
      padding-left: 1.25rem;
    }
    .icon {
      background-color: CanvasText;
    }
  }
  @media (forced-colors: active) and (min-width: 48em) {
    .callout {
      padding-left: 2.75rem;
    }
  }
`;
