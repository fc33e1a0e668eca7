/** Sorting the rows of a table by one column: numbers as numbers, texts in the page's language. */

export type TableSortDirection = 'ascending' | 'descending';

/** The cell of `row` that covers column `column` (counting `colspan`s), if any. */
export function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  let start = 0;
  for (const cell of row.cells) {
    if (column < start + cell.colSpan) return cell;
    start += cell.colSpan;
  }
  return undefined;
}

/** The first column `cell` covers (counting the `colspan`s before it). */
export function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (const before of (cell.parentElement as HTMLTableRowElement).cells) {
    if (before === cell) break;
    column += before.colSpan;
  }
  return column;
}

/**
 * `text` as a number when it is one, as written in French or English: `30,00 €`, `1 234,5`, `-12 %`,
 * `1,234.5`; `NaN` otherwise. A unit may follow (up to 4 characters: `km`, `%`) or a symbol precede (`$`).
 */
export function toNumber(text: string): number {
  const match = /^[^\p{L}\d+\-−]{0,3}?\s*([+\-−]?\d[\d\s.,]*)\s*[^\d\s]{0,4}$/u.exec(text.trim());
  if (!match) return Number.NaN;
  let digits = match[1]!.replace(/\s/g, '').replace('−', '-');
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  if (commas && dots) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    digits = digits.replaceAll(decimal === ',' ? '.' : ',', '').replace(decimal, '.');
  } else if (commas === 1) digits = digits.replace(',', '.');
  else if (commas > 1) digits = digits.replaceAll(',', '');
  else if (dots > 1) digits = digits.replaceAll('.', '');
  return Number(digits);
}

/** What a cell is sorted by: its `data-sort-value`, else its text. */
const keyOf = (cell: HTMLTableCellElement | undefined) =>
  (cell?.dataset.sortValue ?? cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Sorts the rows of each `<tbody>` of `table` by column `column` (stable: equal rows keep their order; empty
 * cells last). `type` is the header cell's `data-sort`: `number`, `text`, or empty to sort as numbers when
 * every non-empty cell of the column is one.
 */
export function sortRows(
  table: HTMLTableElement,
  column: number,
  direction: TableSortDirection,
  type: string | undefined,
  lang: string,
) {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  for (const body of table.tBodies) {
    const rows = [...body.rows].map((row) => {
      const key = keyOf(cellAt(row, column));
      return { row, key, number: toNumber(key) };
    });
    const numeric =
      type === 'number' || (type !== 'text' && rows.every(({ key, number }) => key === '' || !Number.isNaN(number)));
    rows.sort((a, b) => {
      if (!a.key || !b.key) return Number(!a.key) - Number(!b.key);
      if (numeric) {
        const [x, y] = [a.number, b.number];
        if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
        return sign * (x - y);
      }
      return sign * collator.compare(a.key, b.key);
    });
    if (rows.some(({ row }, i) => row !== body.rows[i])) body.append(...rows.map(({ row }) => row));
  }
}
