export { type AccessibilityStatus, CharteFooter, INSTITUTIONAL_LINKS } from './footer.ts';
