/**
 * Every browser test file starts from this (after test/setup-hydration.ts): the tokens' CSS and fonts as a
 * page using the components would load them, and every component defined.
 */
import '@charte/tokens/css/all.css';
import '@charte/tokens/css/fonts.css';

import.meta.glob('../src/components/*/define.ts', { eager: true });

// The pages these components are for are French: the test page is too, unless a test says otherwise.
document.documentElement.lang = 'fr';
// A page's background and text colour, as DSFR's body has them: contrast is measured in both themes.
document.body.style.backgroundColor = 'var(--background-default-grey)';
document.body.style.color = 'var(--text-default-grey)';
