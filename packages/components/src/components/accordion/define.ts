import { type AccordionToggleDetail, CharteAccordion, CharteAccordionGroup } from './accordion.ts';

CharteAccordion.define('charte-accordion');
CharteAccordionGroup.define('charte-accordion-group');

declare global {
  interface HTMLElementTagNameMap {
    'charte-accordion': CharteAccordion;
    'charte-accordion-group': CharteAccordionGroup;
  }
  interface GlobalEventHandlersEventMap {
    'charte-toggle': CustomEvent<AccordionToggleDetail>;
  }
}
