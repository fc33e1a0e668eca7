/**
 * The example site's only script: every component of @charte/components, the icon files' location, and the
 * charter switch (which emitter signs the site: its bloc-marque intitulé and its accent colours).
 */
import '@charte/components';
import { setIconBase } from '@charte/components/base/icons.js';

setIconBase(new URL('assets/icons/', document.baseURI).href);

const STORAGE_KEY = 'charte-example-charter';

/** Shows the site as signed by `charter`: the bloc-marques' intitulé and the charter's CSS (accents). */
function applyCharter(charter: string) {
  for (const el of document.querySelectorAll('charte-header, charte-footer, charte-bloc-marque'))
    el.setAttribute('charter', charter);
  const link = document.getElementById('charter-css') as HTMLLinkElement | null;
  if (link) link.href = new URL(`assets/tokens/css/charters/${charter}.css`, document.baseURI).href;
  const select = document.getElementById('charter') as HTMLSelectElement | null;
  if (select && select.value !== charter) select.value = charter;
}

const saved = (() => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
})();
const select = document.getElementById('charter') as HTMLSelectElement | null;
if (saved && select && [...select.options].some((o) => o.value === saved)) applyCharter(saved);
select?.addEventListener('change', () => {
  applyCharter(select.value);
  try {
    localStorage.setItem(STORAGE_KEY, select.value);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
});

// The article page's modal opens from its button.
document.getElementById('open-modal')?.addEventListener('click', () => {
  (document.getElementById('contact-modal') as (HTMLElement & { show?: () => void }) | null)?.show?.();
});
