import { CharteCard } from './card.ts';

CharteCard.define('charte-card');

declare global {
  interface HTMLElementTagNameMap {
    'charte-card': CharteCard;
  }
}
