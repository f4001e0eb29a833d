/**
 * Rows of a plain table with fewer cells than its header. GFM adds the missing cells at the end
 * of the row, so a row that left out a cell in the middle (`| 5060 | SIP | in |` under Port,
 * Protocol, Service, Direction) prints the cells after it one column to the left, with nothing
 * to tell it from a row that only left its last cells empty. A row is told only where the
 * shift could move text: it writes two cells or more and text after its first (its first cell
 * cannot have moved); and the cells it leaves out are not all in columns the table leaves empty
 * everywhere else (a `Customer setting` column, a column to fill in by hand), as a master may
 * write `| 3 | Password length |` for a row whose setting the deployment gives. One warning per
 * table, at its first such row, naming the others: a table written so has them all alike.
 * An item's table is not told: its value cells are joined, so no cell changes meaning.
 */
import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BuildContext } from './context.js';

const hasText = (row: TableRow, column: number) => toString(row.children[column] ?? { type: 'text', value: '' }).trim() !== '';

/** Whether a row of `body` may stand shifted: see the module's comment. */
function mayBeShifted(row: TableRow, body: readonly TableRow[], columns: number): boolean {
  const written = row.children.length;
  if (written < 2 || written >= columns) return false;
  if (!row.children.slice(1).some((_, index) => hasText(row, index + 1))) return false;
  const missing = Array.from({ length: columns - written }, (_, index) => written + index);
  return missing.some((column) => body.some((other) => hasText(other, column)));
}

/** A warning at the first row of `table` that may stand shifted, naming the lines of the others. */
export function reportShortRows(table: Table, context: BuildContext): void {
  const [head, ...body] = table.children;
  const columns = head?.children.length ?? 0;
  if (columns < 3) return;
  const short = body.filter((row) => mayBeShifted(row, body, columns));
  const [first, ...others] = short;
  if (!first) return;
  const written = first.children.length;
  const last = first.children[written - 1];
  const under = toString(head?.children[written - 1] ?? { type: 'text', value: '' }).trim();
  const lines = others.map((row) => context.place(row).line);
  const also = lines.length === 0 ? '' : lines.length === 1 ? `; so does the row on line ${lines[0]}` : `; so do the rows on lines ${lines.join(', ')}`;
  context.warning(
    context.place(first),
    `This row has ${written} cells, the table ${columns} columns: Markdown adds the missing ${columns - written > 1 ? 'ones' : 'one'} at the end, so if a cell in the middle was left out, the cells after it stand one column to the left ("${toString(last ?? { type: 'text', value: '' }).trim().slice(0, 40)}" under "${under.slice(0, 40)}"): write every cell of the row, an empty one as "| |"${also}`,
    'short-row',
  );
}
