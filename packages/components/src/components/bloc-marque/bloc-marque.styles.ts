import { css, unsafeCSS } from 'lit';
import { devise, marianne } from '../../generated/logo.ts';

/*
 * Geometry of the DSFR bloc-marque, all in the unit u (12 / 16 / 20 px for sm / md / lg): Marianne block
 * 2.75u × 1u with u/3 under it, intitulé 1.05u bold capitals, line height 1.0317em, letter spacing -0.01em,
 * devise 2.625u wide at least and 2.2083u high. The tricolour (#000091, #e1000f) is fixed by the brand: it
 * does not change with the theme.
 */
export const styles = css`
  :host {
    --_u: var(--charte-bloc-marque-unit, 1rem);
    display: inline-block;
    vertical-align: middle;
  }
  /*
   * DSFR's global \`[href]\` rule draws its link underline as a background on any element with an \`href\`
   * attribute, this host included: only an important declaration from inside the shadow tree outweighs it.
   */
  :host([href]) {
    background-image: none !important;
  }
  :host([size='sm']) {
    --_u: var(--charte-bloc-marque-unit, 0.75rem);
  }
  :host([size='lg']) {
    --_u: var(--charte-bloc-marque-unit, 1.25rem);
  }
  .brand {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--charte-space-4v, 1rem);
  }
  a {
    display: inline-block;
    color: inherit;
    text-decoration: none;
    background-image: none;
  }
  .logo {
    display: inline-block;
    margin: 0;
    font-size: calc(1.05 * var(--_u));
    font-weight: 700;
    line-height: 1.0317460317em;
    letter-spacing: -0.01em;
    text-transform: uppercase;
    text-indent: -0.1em;
    vertical-align: middle;
    color: var(--text-black-white-grey, #000);
  }
  .marianne {
    display: block;
    width: calc(2.75 * var(--_u));
    height: var(--_u);
    margin-bottom: calc(var(--_u) / 3);
    background-image:
      url("${unsafeCSS(marianne)}"),
      linear-gradient(90deg, #000091 0%, #000091 50%, #e1000f 50%, #e1000f 100%),
      linear-gradient(90deg, #000 0%, #000 100%);
    background-repeat: no-repeat;
    background-size:
      calc(2.75 * var(--_u)) calc(1.125 * var(--_u)),
      calc(2.75 * var(--_u)) var(--_u),
      0 0;
    background-position:
      0 calc(-0.0625 * var(--_u)),
      0 0,
      0 0;
    forced-color-adjust: none;
  }
  :host([mourning]) .marianne {
    background-size:
      calc(2.75 * var(--_u)) calc(1.125 * var(--_u)),
      0 0,
      calc(2.75 * var(--_u)) var(--_u);
    box-shadow: 0 0 0 1px #fff;
  }
  /* The devise's black drawing, used as a mask: it takes the text colour, black in light and white in dark. */
  .devise {
    display: block;
    min-width: calc(2.625 * var(--_u));
    padding-top: calc(2.2083333333 * var(--_u));
    background-color: var(--text-black-white-grey, #000);
    mask-image: url("${unsafeCSS(devise)}");
    mask-repeat: no-repeat;
    mask-size: calc(5.25 * var(--_u)) calc(3.75 * var(--_u));
    mask-position: 0 calc(100% + 1.875 * var(--_u));
  }
  @media (forced-colors: active) {
    .devise {
      background-color: CanvasText;
    }
  }
  ::slotted([slot='operator']) {
    max-width: 9rem;
    max-height: 5.625rem;
  }
`;
