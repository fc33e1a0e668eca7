/** The `localStorage` key DSFR (and `<charte-display>`) keep the chosen scheme under. */
export const STORAGE_KEY = 'scheme';

/**
 * The display setting's boot script: inline it in `<head>`, before any stylesheet, so that the page is
 * painted in the visitor's theme from the start (no flash of the light theme). It reads the scheme stored
 * under DSFR's key (`scheme`: `light`, `dark` or `system`), else the page's `data-fr-scheme`, else `system`,
 * and sets `data-fr-scheme` and `data-fr-theme` (the scheme, `system` resolved with `prefers-color-scheme`)
 * on `<html>`. Also served as a file: `@charte/components/boot.js` exports it.
 *
 * @example
 * import { bootScript } from '@charte/components/boot.js';
 * const head = `<script>${bootScript}</script>`;
 */
export const bootScript = `(function(){try{var h=document.documentElement,s=null;try{s=localStorage.getItem('${STORAGE_KEY}')}catch(e){}s=s||h.getAttribute('data-fr-scheme');if(s!=='light'&&s!=='dark')s='system';var d=s==='dark'||(s==='system'&&!!window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches);h.setAttribute('data-fr-scheme',s);h.setAttribute('data-fr-theme',d?'dark':'light')}catch(e){}})();`;
