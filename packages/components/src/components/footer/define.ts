import '../bloc-marque/define.ts';
import { CharteFooter } from './footer.ts';
import { CharteFooterColumn } from './footer-column.ts';

CharteFooter.define('charte-footer');
CharteFooterColumn.define('charte-footer-column');

declare global {
  interface HTMLElementTagNameMap {
    'charte-footer': CharteFooter;
    'charte-footer-column': CharteFooterColumn;
  }
}
