import { CharteBlocMarque } from './bloc-marque.ts';

CharteBlocMarque.define('charte-bloc-marque');

declare global {
  interface HTMLElementTagNameMap {
    'charte-bloc-marque': CharteBlocMarque;
  }
}
