import { CharteLink } from './link.ts';
import { CharteLinkGroup } from './link-group.ts';

CharteLink.define('charte-link');
CharteLinkGroup.define('charte-link-group');

declare global {
  interface HTMLElementTagNameMap {
    'charte-link': CharteLink;
    'charte-link-group': CharteLinkGroup;
  }
}
