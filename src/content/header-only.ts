/**
 * A plain table with a header row and no rows: it prints as an empty table. In a guide converted
 * from a PDF or Word file it is most often the header a page break repeated (the vendor's table
 * went on on the next page), pasted as a table of its own after the first part.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BuildContext } from './context.js';

export function reportHeaderOnly(node: Table, context: BuildContext): void {
  const [head, ...body] = node.children;
  if (head === undefined) return;
  const header = head.children.map((cell) => toString(cell).replace(/\s+/g, ' ').trim()).join(' | ');
  const earlier = context.tableHeaders.get(header);
  if (body.length > 0) {
    if (earlier === undefined) context.tableHeaders.set(header, context.place(node));
    return;
  }
  const repeated = earlier
    ? `: it repeats the header of the table at ${earlier.file}:${earlier.line}:${earlier.column}, as a table continued after a page break does; join the rows after it to that table, or delete it`
    : ': add its rows, or delete it';
  context.warning(context.place(node), `This table has a header row and no rows, so it prints as an empty table${repeated}`, 'header-only-table');
}
