/**
 * Near misses outside the items: a table headed like an item ID that is not one (`CL IPO-1`,
 * `Cl-X`, `CL_X`), and a heading that starts with a typed number (`## 2.1 Service users`).
 * Both would print something other than what the author meant, so both are errors.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BuildContext } from './context.js';

/** `CL`, in any case, then a space, `_`, a dash or a dot instead of `-`; or `cl-` in the wrong case. */
const idLike = /^c\s?l(?:\s*[-_–—.:]\s*|\s+)(?=[A-Za-z0-9])/i;

export function reportIdLikeTable(table: Table, context: BuildContext): void {
  const cell = table.children[0]?.children[0];
  if (!cell) return;
  const text = toString(cell).trim();
  const match = idLike.exec(text);
  if (!match || text.startsWith('CL-')) return;
  const meant = `CL-${text.slice(match[0].length).split(/\s+/)[0] ?? ''}`;
  context.error(
    context.place(cell.children[0] ?? cell),
    `Table header "${text.slice(0, 40)}" looks like an item ID but is not one, so the table is not an item: did you mean "${meant}"?`,
    'malformed-id',
  );
}

/**
 * A heading's typed number: `2.1 `, `2. `, `2) `, or a plain `2 ` that is the automatic number
 * itself. "3 ways to …" elsewhere stays a title.
 */
export function typedNumber(titleText: string, automatic: string): string | null {
  const match = /^(\d+(?:\.\d+)*)(\.|\))?\s+\S/.exec(titleText);
  if (!match) return null;
  const number = match[1] ?? '';
  const dotted = number.includes('.') || match[2] !== undefined;
  return dotted || number === automatic ? `${number}${match[2] ?? ''}` : null;
}
