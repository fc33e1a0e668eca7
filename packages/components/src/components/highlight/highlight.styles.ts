import { css } from 'lit';

/*
 * Values of DSFR 1.15 `fr-highlight`: a 0.25rem band on the left drawn as a background gradient, padding-left
 * 1.25rem (2.25rem and a 2rem left margin from 48em); text 1rem/1.5rem (sm 0.875rem/1.5rem, lg
 * 1.125rem/1.75rem) with DSFR's 1.5rem paragraph margin under it.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .highlight {
    --_band: var(--charte-highlight-band-color, var(--border-default-blue-france));
    padding-left: 1.25rem;
    font-size: 1rem;
    line-height: 1.5rem;
    background-image: linear-gradient(0deg, var(--_band), var(--_band));
    background-size: 0.25rem 100%;
    background-position: 0 0;
    background-repeat: no-repeat;
  }
  .accent-green-tilleul-verveine {
    --_band: var(--charte-highlight-band-color, var(--border-default-green-tilleul-verveine));
  }
  .accent-green-bourgeon {
    --_band: var(--charte-highlight-band-color, var(--border-default-green-bourgeon));
  }
  .accent-green-emeraude {
    --_band: var(--charte-highlight-band-color, var(--border-default-green-emeraude));
  }
  .accent-green-menthe {
    --_band: var(--charte-highlight-band-color, var(--border-default-green-menthe));
  }
  .accent-green-archipel {
    --_band: var(--charte-highlight-band-color, var(--border-default-green-archipel));
  }
  .accent-blue-ecume {
    --_band: var(--charte-highlight-band-color, var(--border-default-blue-ecume));
  }
  .accent-blue-cumulus {
    --_band: var(--charte-highlight-band-color, var(--border-default-blue-cumulus));
  }
  .accent-purple-glycine {
    --_band: var(--charte-highlight-band-color, var(--border-default-purple-glycine));
  }
  .accent-pink-macaron {
    --_band: var(--charte-highlight-band-color, var(--border-default-pink-macaron));
  }
  .accent-pink-tuile {
    --_band: var(--charte-highlight-band-color, var(--border-default-pink-tuile));
  }
  .accent-yellow-tournesol {
    --_band: var(--charte-highlight-band-color, var(--border-default-yellow-tournesol));
  }
  .accent-yellow-moutarde {
    --_band: var(--charte-highlight-band-color, var(--border-default-yellow-moutarde));
  }
  .accent-orange-terre-battue {
    --_band: var(--charte-highlight-band-color, var(--border-default-orange-terre-battue));
  }
  .accent-brown-cafe-creme {
    --_band: var(--charte-highlight-band-color, var(--border-default-brown-cafe-creme));
  }
  .accent-brown-caramel {
    --_band: var(--charte-highlight-band-color, var(--border-default-brown-caramel));
  }
  .accent-brown-opera {
    --_band: var(--charte-highlight-band-color, var(--border-default-brown-opera));
  }
  .accent-beige-gris-galet {
    --_band: var(--charte-highlight-band-color, var(--border-default-beige-gris-galet));
  }
  .text {
    margin: 0 0 1.5rem;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .size-sm .text {
    font-size: 0.875rem;
    line-height: 1.5rem;
  }
  .size-lg .text {
    font-size: 1.125rem;
    line-height: 1.75rem;
  }
  @media (min-width: 48em) {
    .highlight {
      margin-left: 2rem;
      padding-left: 2.25rem;
    }
  }
  @media (forced-colors: active) {
    .highlight {
      border-left: 4px solid;
      padding-left: 1rem;
    }
  }
  @media (forced-colors: active) and (min-width: 48em) {
    .highlight {
      padding-left: 2rem;
    }
  }
`;
