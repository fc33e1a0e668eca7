import arrowUpDown from '../../generated/icons/arrow-up-down-line.ts';
import arrowUp from '../../generated/icons/arrow-up-line.ts';
import check from '../../generated/icons/check-line.ts';
import subtract from '../../generated/icons/subtract-line.ts';

const T = 'charte-table > table';
const CELL = `${T} > * > tr > :is(th, td)`;
const BOX = `charte-table[selectable] > table > * > tr > :first-child input[type='checkbox']`;
const SORT = `${T} > thead > tr > th[data-sort]`;
const ROW = `${T} > tbody > tr`;
const SEL = "[aria-selected='true']";
const line = (token: string) => `linear-gradient(0deg, var(${token}), var(${token}))`;
const blue = line('--border-action-high-blue-france');
const sticky = 'position: sticky; left: 0; z-index: 1;';
const fixed = (value: string) => `charte-table[fixed-column='${value}'] > table > * > tr > :first-child`;
/** Selectable tables and `fixed-column` without a breakpoint: the first column is always fixed. */
const ALWAYS_FIXED = `charte-table:is([selectable], [fixed-column]):not([fixed-column='sm'], [fixed-column='md'], [fixed-column='lg']) > table > * > tr > :first-child`;

/**
 * The styles of the page's `<table>` inside `<charte-table>`. A slotted table cannot be styled deeply from the
 * shadow root (`::slotted()` reaches the table element only, not its caption, rows and cells), so these rules
 * are added once to the table's root node (the document, or the shadow root holding the element) as an
 * adopted stylesheet, scoped to `charte-table > table`. Values of DSFR 1.15 `fr-table`, as its script leaves
 * it: the caption out of the scrolling area once measured (`--_caption-position`, set by the frame), a blue
 * frame around selected rows (`--_row-height`, measured per row).
 */
export const lightCss = `
charte-table {
  --_pad-y: 0.5rem;
  --_pad-x: 1rem;
  --_row-height: 0.125rem;
}
charte-table[size='sm'] {
  --_pad-y: 0.25rem;
  --_pad-x: 0.75rem;
}
charte-table[size='lg'] {
  --_pad-y: 0.75rem;
  --_pad-x: 1.5rem;
}
${T} {
  width: 100%;
  border-spacing: 0;
  border-collapse: collapse;
  color: inherit;
  font: inherit;
}
charte-table[no-scroll] > table {
  width: auto;
}
${T} > caption {
  position: var(--_caption-position, static);
  top: 0;
  margin: 0 0 1rem;
  padding: 0;
  font-size: 1.375rem;
  line-height: 1.75rem;
  font-weight: 700;
  text-align: left;
  color: var(--text-title-grey);
}
${T} > caption > :is(p, div) {
  margin: 1rem 0 0;
  font-size: 1rem;
  line-height: 1.5rem;
  font-weight: 400;
}
charte-table[caption='bottom'] > table > caption {
  caption-side: bottom;
  height: min-content;
  inset: 100% 0 0;
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
${CELL} {
  display: table-cell;
  padding: var(--_pad-y) var(--_pad-x);
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
charte-table:is([no-scroll], [multiline]) > table > * > tr > :is(th, td),
${T}[data-multiline] *,
${T} :is([data-multiline], [data-multiline] *) {
  white-space: normal;
}
${T} [data-align='center'] {
  text-align: center;
}
${T} [data-align='right'] {
  text-align: right;
}
${T} [data-valign='top'] {
  vertical-align: top;
}
${T} [data-valign='bottom'] {
  vertical-align: bottom;
}
${T} [data-min-width] {
  white-space: normal;
}
${T} [data-min-width='xs'] {
  min-width: 4rem;
}
${T} [data-min-width='sm'] {
  min-width: 5rem;
}
${T} [data-min-width='md'] {
  min-width: 12.5rem;
}
${T} [data-min-width='lg'] {
  min-width: 25rem;
}
${T} > thead {
  position: relative;
}
${T} > thead > tr > th {
  font-weight: 700;
  color: inherit;
  background-color: var(--background-alt-grey);
  background-image: ${line('--border-plain-grey')}, ${line('--border-contrast-grey')};
}
${T} > thead > tr > th[role='columnheader'],
charte-table:is([selectable], [fixed-column]) > table > thead > tr > th:first-child {
  background-image: ${line('--border-plain-grey')}, ${line('--border-plain-grey')};
  background-size: 100% 1px, 1px 100%;
  background-repeat: no-repeat, no-repeat;
  background-position: 0 100%, 100% 0;
}
${T} > tbody > tr > th {
  font-weight: 700;
  background-color: var(--background-alt-grey);
  background-image: ${line('--border-contrast-grey')}, ${line('--border-plain-grey')};
  background-size: 100% 1px, 1px 100%;
  background-repeat: no-repeat, no-repeat;
  background-position: 0 100%, 100% 0;
}
${T} > tbody > tr > td {
  background-color: var(--background-default-grey);
  background-image: ${line('--border-contrast-grey')}, ${line('--border-contrast-grey')};
}
@media (min-width: 48em) {
  ${T} > caption {
    font-size: 1.5rem;
    line-height: 2rem;
  }
}
charte-table[bordered] > table > * > tr > :is(th, td) {
  background-size: 100% 1px, 1px 100%;
  background-repeat: no-repeat, no-repeat;
  background-position: 0 100%, 100% 0;
}
${SORT} {
  position: relative;
  height: calc(2rem + 2 * var(--_pad-y));
  padding-right: calc(var(--_pad-x) + 3rem);
}
${SORT} > button[data-charte-sort] {
  position: absolute;
  top: 50%;
  right: var(--_pad-x);
  display: inline-flex;
  align-items: center;
  box-sizing: border-box;
  width: 2rem;
  height: 2rem;
  margin: -1rem 0 0;
  padding: 0.25rem 0.5rem;
  overflow: hidden;
  border: 0;
  border-radius: 0;
  font: inherit;
  font-size: 0.875rem;
  line-height: 1.5rem;
  font-weight: 500;
  white-space: nowrap;
  color: var(--text-action-high-blue-france);
  background-color: transparent;
  box-shadow: inset 0 0 0 1px var(--border-default-grey);
  cursor: pointer;
}
${SORT} > button[data-charte-sort]:hover {
  background-color: var(--background-alt-grey-hover);
}
${SORT} > button[data-charte-sort]:active {
  background-color: var(--background-alt-grey-active);
}
${SORT} > button[data-charte-sort]::before {
  content: '';
  flex: 0 0 auto;
  width: 1rem;
  height: 1rem;
  margin-right: 0.5rem;
  background-color: currentColor;
  -webkit-mask: url("${arrowUpDown}") center / 100% 100%;
  mask: url("${arrowUpDown}") center / 100% 100%;
  transition: transform 0.3s;
}
${SORT}:is([aria-sort='ascending'], [aria-sort='descending']) > button[data-charte-sort]::before {
  -webkit-mask-image: url("${arrowUp}");
  mask-image: url("${arrowUp}");
}
${SORT}[aria-sort='descending'] > button[data-charte-sort]::before {
  transform: rotate(-180deg);
}
:is(${SORT} > button[data-charte-sort], ${BOX}):focus-visible {
  outline: var(--charte-focus-width, 2px) var(--charte-focus-style, solid) var(--charte-focus-color, #0a76f6);
  outline-offset: var(--charte-focus-offset, 2px);
}
${BOX} {
  appearance: none;
  position: relative;
  display: inline-block;
  box-sizing: border-box;
  width: 1rem;
  height: 1rem;
  margin: 0.25rem;
  vertical-align: top;
  border: 0;
  border-radius: 0.25rem;
  background-color: transparent;
  box-shadow: inset 0 0 0 1px var(--border-action-high-blue-france);
  cursor: pointer;
}
${BOX}:is(:checked, :indeterminate) {
  background-color: var(--background-active-blue-france);
  box-shadow: inset 0 0 0 1px var(--border-active-blue-france);
}
${BOX}:is(:checked, :indeterminate)::before {
  content: '';
  position: absolute;
  inset: 0;
  background-color: var(--text-inverted-blue-france);
  -webkit-mask: url("${check}") center / 100% 100%;
  mask: url("${check}") center / 100% 100%;
}
${BOX}:indeterminate::before {
  -webkit-mask-image: url("${subtract}");
  mask-image: url("${subtract}");
}
${BOX}:disabled {
  box-shadow: inset 0 0 0 1px var(--background-disabled-grey);
  cursor: not-allowed;
}
${BOX}:disabled:is(:checked, :indeterminate) {
  background-color: var(--background-disabled-grey);
}
${BOX}:disabled::before {
  background-color: var(--text-disabled-grey);
}
${BOX} + * {
  margin-left: 0.5rem;
}
${ROW}::after {
  position: absolute;
  left: 0;
  width: 100%;
  height: var(--_row-height);
  z-index: 2;
  pointer-events: none;
  transform: translateY(-0.125rem);
  background-image: ${blue}, ${blue}, ${blue}, ${blue};
  background-size: 0.125rem 100%, 0.125rem 100%, 100% 0.125rem, 0 0;
  background-repeat: no-repeat;
  background-position: 0 0, 100% 0, 0 0, 0 100%;
}
${ROW}${SEL}::after,
${ROW}${SEL} + tr::after {
  content: '';
}
${ROW}${SEL} + tr${SEL}::after {
  background-size: 0.125rem 100%, 0.125rem 100%, 0 0, 0 0;
}
${ROW}${SEL} + tr:not(${SEL})::after {
  background-size: 0 0, 0 0, 100% 0.125rem, 0 0;
}
${ROW}:last-of-type${SEL}::after {
  background-size: 0.125rem 100%, 0.125rem 100%, 100% 0.125rem, 100% 0.125rem;
}
${ROW}${SEL} + tr:last-of-type${SEL}::after {
  background-size: 0.125rem 100%, 0.125rem 100%, 0 0, 100% 0.125rem;
}
${ALWAYS_FIXED} {
  ${sticky}
}
@media (min-width: 48em) {
  :is(${fixed('sm')}, ${fixed('md')}) {
    ${sticky}
  }
}
@media (min-width: 62em) {
  ${fixed('lg')} {
    ${sticky}
  }
}
@media (forced-colors: active) {
  ${CELL} {
    border: 1px solid;
  }
  ${ROW}${SEL}::after {
    border: 2px solid Highlight;
  }
}
@media (prefers-reduced-motion: reduce) {
  ${SORT} > button[data-charte-sort]::before {
    transition: none;
  }
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
