/**
 * The styles of the page's `<table>` inside `<charte-table>`. A slotted table cannot be styled deeply from the
 * shadow root (`::slotted()` reaches the table element only, not its caption, rows and cells), so these rules
 * are added once to the table's root node (the document, or the shadow root holding the element) as an
 * adopted stylesheet, scoped to `charte-table > table`. Values of DSFR 1.15 `fr-table` (without DSFR's script).
 */
export const lightCss = `
charte-table > table {
  width: 100%;
  border-spacing: 0;
  border-collapse: collapse;
  color: inherit;
  font: inherit;
}
charte-table[no-scroll] > table {
  width: auto;
}
charte-table > table > caption {
  position: initial;
  margin: 0 0 1rem;
  padding: 0;
  font-size: 1.375rem;
  line-height: 1.75rem;
  font-weight: 700;
  text-align: left;
  color: var(--text-title-grey);
}
charte-table[caption='bottom'] > table > caption {
  caption-side: bottom;
  height: min-content;
  margin: 1rem 0 0;
}
charte-table[caption='hidden'] > table > caption {
  position: absolute;
  display: block;
  width: 1px;
  height: 0;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}
charte-table > table > * > tr > :is(th, td) {
  display: table-cell;
  padding: 0.5rem 1rem;
  border: 0;
  font-size: 0.875rem;
  line-height: 1.5rem;
  text-align: left;
  vertical-align: middle;
  white-space: nowrap;
  background-size: 100% 1px;
  background-repeat: no-repeat;
  background-position: 100% 100%;
}
charte-table[size='sm'] > table > * > tr > :is(th, td) {
  padding: 0.25rem 0.75rem;
}
charte-table[size='lg'] > table > * > tr > :is(th, td) {
  padding: 0.75rem 1.5rem;
}
charte-table[no-scroll] > table > * > tr > :is(th, td) {
  white-space: normal;
}
charte-table > table > thead {
  position: relative;
}
charte-table > table > thead > tr > th {
  font-weight: 700;
  color: inherit;
  background-color: var(--background-alt-grey);
  background-image: linear-gradient(0deg, var(--border-plain-grey), var(--border-plain-grey)),
    linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey));
}
charte-table > table > tbody > tr > th {
  font-weight: 700;
  background-color: var(--background-alt-grey);
  background-image: linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey)),
    linear-gradient(0deg, var(--border-plain-grey), var(--border-plain-grey));
  background-size: 100% 1px, 1px 100%;
  background-repeat: no-repeat, no-repeat;
  background-position: 0 100%, 100% 0;
}
charte-table > table > tbody > tr > td {
  background-color: var(--background-default-grey);
  background-image: linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey)),
    linear-gradient(0deg, var(--border-contrast-grey), var(--border-contrast-grey));
}
@media (min-width: 48em) {
  charte-table > table > caption {
    font-size: 1.5rem;
    line-height: 2rem;
  }
}
charte-table[bordered] > table > * > tr > :is(th, td) {
  background-size: 100% 1px, 1px 100%;
  background-repeat: no-repeat, no-repeat;
  background-position: 0 100%, 100% 0;
}
`;

const sheets = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();
let shared: CSSStyleSheet | undefined;

/** Adds the table styles to `root` (a document or a shadow root) once. */
export function adoptTableStyles(root: Node) {
  if (typeof CSSStyleSheet === 'undefined') return;
  const target = root as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in target) || sheets.has(target)) return;
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(lightCss);
  }
  // A sheet built in another document (an iframe's) cannot be adopted here: build one for that document.
  let sheet = shared;
  const view = (target as Document).defaultView ?? target.ownerDocument?.defaultView;
  if (view && view.CSSStyleSheet !== CSSStyleSheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(lightCss);
  }
  if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  sheets.set(target, sheet);
}
