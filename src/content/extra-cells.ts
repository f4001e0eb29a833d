/**
 * Cells past a table's header. GFM keeps only as many cells in a row as its header has, so
 * GitHub and other Markdown viewers drop the rest; this tool keeps them (a plain table prints
 * them as a column without a header, an item joins them to the row's value). A row one cell
 * longer is what a Word table with a split or stray cell leaves, and the author sees no
 * difference in their editor's preview.
 */
import type { Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { cutByPipeInCode } from './pipe-in-code.js';

/** The first cell with text past the header's cells, or undefined; none for a row cut by a `|` in code (`pipe-in-code`). */
export function extraCell(row: TableRow, table: Table, context: BuildContext): TableCell | undefined {
  const columns = table.children[0]?.children.length ?? 0;
  const cell = row.children.slice(columns).find((candidate) => toString(candidate).trim() !== '');
  return cell && !cutByPipeInCode(row, context) ? cell : undefined;
}

/** Where a cell's text starts (a cell's own place is its `|`). */
export const textPlace = (cell: TableCell, context: BuildContext): SourcePlace => context.place(cell.children[0] ?? cell);

/** A quote of a cell's text for a message. */
export const quoted = (cell: TableCell) => `"${toString(cell).trim().slice(0, 40)}"`;

/** Rows of a plain (or fillable) table with text in cells past the header: a warning at the first such cell. */
export function reportExtraCells(table: Table, context: BuildContext): void {
  const columns = table.children[0]?.children.length ?? 0;
  for (const row of table.children.slice(1)) {
    const cell = extraCell(row, table, context);
    if (!cell) continue;
    context.warning(
      textPlace(cell, context),
      `Cell ${quoted(cell)} stands past the table's ${columns} columns: it prints here as a column with no header, and GitHub and other Markdown viewers drop it (GFM keeps as many cells as the header has): add a header cell for it, or join it to the cell before`,
      'extra-cell',
    );
  }
}
