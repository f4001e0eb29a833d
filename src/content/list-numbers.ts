/**
 * `1.`, `2.`, `3.`, `8.`, `9.`: Markdown numbers an ordered list from its first number on and
 * ignores the numbers written after it, so a list of references with gaps ([8], [9], [13] of the
 * vendor's numbering) prints 4, 5, 6, while the text still cites [8]: every format, no message.
 * Lazy numbering, every item `1.`, is Markdown's way of letting it count, and stays quiet.
 */
import type { List } from 'mdast';
import type { BuildContext } from './context.js';

/** The number an item's marker writes: `8.` or `8)` at the start of its source. */
const writtenNumber = (source: string): number | undefined => {
  const match = /^(\d{1,9})[.)]/.exec(source);
  return match ? Number(match[1]) : undefined;
};

export function reportRenumberedList(node: List, context: BuildContext): void {
  if (node.ordered !== true || node.children.length < 2) return;
  const start = node.start ?? 1;
  const written = node.children.map((item) => writtenNumber(context.source(item)));
  if (written.every((number) => number === start)) return;
  const at = written.findIndex((number, index) => number !== undefined && number !== start + index);
  const item = node.children[at];
  if (at < 0 || item === undefined) return;
  context.warning(
    context.place(item),
    `List item "${written[at]}." prints as ${start + at}.: Markdown numbers a list on from its first number (${start}) and ignores the numbers written after it; number the items in order, or, where the numbers are labels with gaps (references cited as [${written[at]}]), write them as text: "- [${written[at]}] …"`,
    'list-renumbered',
  );
}
