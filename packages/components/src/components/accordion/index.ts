export { type AccordionToggleDetail, CharteAccordion, CharteAccordionGroup } from './accordion.ts';
