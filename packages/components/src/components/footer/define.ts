import '../bloc-marque/define.ts';
import { CharteFooter } from './footer.ts';

CharteFooter.define('charte-footer');

declare global {
  interface HTMLElementTagNameMap {
    'charte-footer': CharteFooter;
  }
}
