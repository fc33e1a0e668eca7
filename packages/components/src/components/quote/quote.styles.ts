import { css, unsafeCSS } from 'lit';
import externalLink from '../../generated/icons/external-link-line.ts';
import quoteLine from '../../generated/icons/fr--quote-line.ts';

/*
 * Values of DSFR 1.15 `fr-quote`: a 2rem quotation-mark icon, text 1.25rem/2rem bold (lg: 1.125rem/1.75rem),
 * author 1rem/1.5rem bold, details 0.75rem/1.25rem separated by a middle dot; a 1px grey line under the quote
 * (half its width) on mobile, on its left from 48em; the column layout puts the picture at the left.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--text-default-grey);
  }
  .quote {
    position: relative;
    margin: 0;
    padding: 0 0.5rem 2rem;
    background-image: linear-gradient(0deg, var(--border-default-grey), var(--border-default-grey));
    background-size: 50% 1px;
    background-position: 0.5rem 100%;
    background-repeat: no-repeat;
  }
  .quote::before {
    content: '';
    display: block;
    width: 2rem;
    height: 2rem;
    margin-bottom: 0.5rem;
    color: var(--charte-quote-icon-color, var(--artwork-minor-blue-france));
    background-color: currentColor;
    mask-image: url("${unsafeCSS(quoteLine)}");
    mask-size: 100% 100%;
  }
  .accent-green-tilleul-verveine::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-green-tilleul-verveine));
  }
  .accent-green-bourgeon::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-green-bourgeon));
  }
  .accent-green-emeraude::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-green-emeraude));
  }
  .accent-green-menthe::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-green-menthe));
  }
  .accent-green-archipel::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-green-archipel));
  }
  .accent-blue-ecume::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-blue-ecume));
  }
  .accent-blue-cumulus::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-blue-cumulus));
  }
  .accent-purple-glycine::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-purple-glycine));
  }
  .accent-pink-macaron::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-pink-macaron));
  }
  .accent-pink-tuile::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-pink-tuile));
  }
  .accent-yellow-tournesol::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-yellow-tournesol));
  }
  .accent-yellow-moutarde::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-yellow-moutarde));
  }
  .accent-orange-terre-battue::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-orange-terre-battue));
  }
  .accent-brown-cafe-creme::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-brown-cafe-creme));
  }
  .accent-brown-caramel::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-brown-caramel));
  }
  .accent-brown-opera::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-brown-opera));
  }
  .accent-beige-gris-galet::before {
    color: var(--charte-quote-icon-color, var(--artwork-minor-beige-gris-galet));
  }
  blockquote {
    margin: 0;
  }
  .text {
    margin: 0 0 1rem;
    font-size: 1.25rem;
    line-height: 2rem;
    font-weight: 700;
  }
  .lg .text {
    font-size: 1.125rem;
    line-height: 1.75rem;
  }
  .author {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    line-height: 1.5rem;
    font-weight: 700;
  }
  .source {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: flex-start;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--text-mention-grey);
  }
  .source li {
    display: inline-block;
    padding: 0;
  }
  /* A page's list styles (margins, bullets, DSFR's li padding) do not apply to the slotted details. */
  ::slotted(li) {
    display: inline-block !important;
    margin: 0 !important;
    padding: 0 !important;
  }
  .source li:not(:last-of-type)::after,
  .more-details .source li:last-of-type::after,
  ::slotted(li:not(:last-child))::after {
    content: '·';
    display: inline-block;
    padding: 0 0.25rem;
  }
  cite {
    font-style: italic;
  }
  a {
    color: inherit;
    text-decoration: none;
    background-image: linear-gradient(0deg, currentColor, currentColor);
    background-position: 0 100%;
    background-size: 100% 0.0625em;
    background-repeat: no-repeat;
  }
  a[target='_blank']::after {
    content: '';
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-left: 0.25rem;
    vertical-align: calc((0.75em - 1rem) * 0.5);
    background-color: currentColor;
    mask-image: url("${unsafeCSS(externalLink)}");
    mask-size: 100% 100%;
  }
  @media (hover: hover) and (pointer: fine) {
    a:hover {
      background-size: 100% 0.125em;
    }
  }
  .image {
    position: absolute;
    display: flex;
    flex-direction: row;
    width: 4.25rem;
    border-radius: 50%;
    overflow: hidden;
  }
  ::slotted([slot='image']) {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .column {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
  }
  .column .author,
  .column .source {
    margin-left: 5.25rem;
  }
  .column figcaption {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    min-height: 4.25rem;
  }
  @media (min-width: 48em) {
    .quote {
      padding: 0 0 0 2rem;
      background-size: 1px 100%;
      background-position: 0 0;
    }
    .column {
      margin-left: 13.5rem;
      min-height: 13rem;
    }
    .column .author,
    .column .source {
      margin-left: 0;
    }
    .column figcaption {
      min-height: auto;
    }
    .image {
      top: 50%;
      left: -13.5rem;
      width: 11.5rem;
      height: 11.5rem;
      margin-top: -5.75rem;
    }
  }
  @media (forced-colors: active) {
    .quote {
      border-left: 1px solid;
    }
    .quote::before {
      background-color: CanvasText;
    }
  }
`;
