/**
 * Long words in the master's own tables. The HTML sizes those tables from their content, and a
 * column is never narrower than its longest word: a 200-character path, or eight columns of host
 * names, made the table wider than the page, and the PDF cut off what stood past its edge. Words
 * longer than a table's limit may break inside (`span.long-word`); shorter words stay whole, as
 * the DOCX's column widths keep them (docx/column-widths.ts).
 */
import type { ElementContent } from 'hast';
import type { Inline } from '../../model/checklist.js';
import { inlineText } from '../../model/inline-text.js';
import { h } from 'hastscript';
import { minimumWidth } from '../docx/column-widths.js';
import { TEXT_WIDTH } from '../docx/theme.js';

/** A word of more than this many characters may break in any table, as in the DOCX's. */
export const LONGEST_WHOLE_WORD = 24;
/** Below this, even a table of many columns keeps its words whole (and may run wide). */
const SHORTEST_LIMIT = 8;

/** The words of `text` over `limit` characters, as a pattern. */
const longerThan = (limit: number) => new RegExp(`\\S{${limit + 1},}`, 'gu');

/**
 * The longest word a table keeps whole: 24 characters, or fewer when its columns' longest words
 * would not fit the page side by side. `columns` holds each column's texts.
 */
export function wholeWordLimit(columns: readonly (readonly string[])[]): number {
  for (let limit = LONGEST_WHOLE_WORD; limit > SHORTEST_LIMIT; limit--) {
    const cut = longerThan(limit);
    // A broken word still takes `limit` characters of its column.
    const width = columns.reduce((sum, texts) => sum + minimumWidth(texts.map((text) => text.replace(cut, (word) => word.slice(0, limit)))), 0);
    if (width <= TEXT_WIDTH) return limit;
  }
  return SHORTEST_LIMIT;
}

/** wholeWordLimit of a table's rows of cells (the header among them). */
export function tableWholeWordLimit(rows: readonly (readonly Inline[][])[]): number {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  return wholeWordLimit(Array.from({ length: columns }, (_, c) => rows.map((row) => inlineText(row[c] ?? [], { lineBreak: '\n' }))));
}

/** The content with each word over `limit` characters in a `span.long-word` (style.css: it may break anywhere). */
export function breakLongWords(nodes: readonly ElementContent[], limit: number): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: breakLongWords(node.children, limit) }];
    if (node.type !== 'text') return [node];
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(longerThan(limit))) {
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      pieces.push(h('span.long-word', match[0]));
      last = match.index + match[0].length;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    return pieces;
  });
}
