export { type AccessibilityStatus, CharteFooter, INSTITUTIONAL_LINKS } from './footer.ts';
export { CharteFooterColumn } from './footer-column.ts';
