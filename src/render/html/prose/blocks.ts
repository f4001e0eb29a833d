/**
 * Prose blocks (paragraphs, lists, code, quotes, tables) and item cells to hast, one handler
 * per kind. Sections, items and directives have Handlebars partials of their own: when one
 * stands inside prose (an item in a list), `renderOther` renders it through those partials.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block, CellBlock, CellBullet, Inline } from '../../../model/checklist.js';
import type { ViewBlock } from '../../../model/view.js';
import { BOX } from '../labels.js';
import { codeLines } from './code-text.js';
import { inlineToHast } from './inline.js';
import { breakLongWords, tableWholeWordLimit } from '../long-words.js';

/** A block as the view or a footnote holds it (footnotes keep the master's blocks). */
export type ProseBlock = ViewBlock | Block;
type ProseKind = 'paragraph' | 'list' | 'code' | 'blockquote' | 'table' | 'thematic-break';
type Handler<K extends ProseKind> = (node: Extract<ProseBlock, { kind: K }>, state: State) => ElementContent[];

export interface State {
  /** Renders a view's section, item, table or directive met inside prose; returns our own HTML. */
  renderOther: (block: ViewBlock) => string;
}

const handlers: { [K in ProseKind]: Handler<K> } = {
  paragraph: (node) => [h('p', inlineToHast(node.content))],
  list: (node, state) => {
    const items = node.items.map((item) => {
      const box = item.checked === null ? [] : [h('span', { className: ['box'] }, item.checked ? BOX.checked : BOX.unchecked), ' '];
      return h('li', item.checked === null ? {} : { className: ['task'] }, [...box, ...blocksToHast(item.children, state)]);
    });
    return [node.ordered ? h('ol', node.start === 1 ? {} : { start: node.start }, items) : h('ul', items)];
  },
  code: (node) => [h('pre', h('code', node.lang ? { className: [`language-${node.lang}`] } : {}, codeLines(node.value)))],
  blockquote: (node, state) => [h('blockquote', blocksToHast(node.children, state))],
  table: (node) => {
    // Only the master's tables (in footnotes) come here; the view's go through their partial.
    const rows: Inline[][][] = node.rows.map((row) => ('cells' in row ? row.cells : row));
    const align = (index: number) => (node.align[index] ? { className: [`align-${node.align[index]}`] } : {});
    const limit = tableWholeWordLimit([node.header, ...rows]);
    const content = (cell: Inline[]) => breakLongWords(inlineToHast(cell), limit);
    return [
      h('table', { className: ['plain'] }, [
        h('thead', h('tr', node.header.map((cell, index) => h('th', align(index), content(cell))))),
        h('tbody', rows.map((row) => h('tr', row.map((cell, index) => h('td', align(index), content(cell)))))),
      ]),
    ];
  },
  'thematic-break': () => [h('hr')],
};

/** The master's own blocks (footnotes) carry a source place; the view's do not. */
const isMasterBlock = (block: ProseBlock): block is Block => 'place' in block || 'fillable' in block;

function isProse(block: ProseBlock): block is Extract<ProseBlock, { kind: ProseKind }> {
  return Object.hasOwn(handlers, block.kind) && (block.kind !== 'table' || isMasterBlock(block));
}

/** Blocks to hast nodes; the view's other blocks become raw HTML from `state.renderOther`. */
export function blocksToHast(blocks: readonly ProseBlock[], state: State): ElementContent[] {
  return blocks.flatMap((block): ElementContent[] => {
    if (isProse(block)) return (handlers[block.kind] as Handler<typeof block.kind>)(block, state);
    // A master's item or section inside a footnote has no customer view to show.
    if (isMasterBlock(block) && block.kind !== 'directive') return [];
    return [{ type: 'raw', value: state.renderOther(block as ViewBlock) } as unknown as ElementContent];
  });
}

/** An item cell: lines as paragraphs, runs of bullet lines as one real list, nested as indented. */
export function cellToHast(cell: readonly CellBlock[]): ElementContent[] {
  return cell.map((part) => {
    // After an empty line (`<br><br>`): set apart by a line's height.
    const gap = part.gap ? ['gap'] : [];
    return part.kind === 'line' ? h('p', { className: ['cell-line', ...gap] }, inlineToHast(part.content)) : bulletList(part.items, gap);
  });
}

/** A `ul` of bullets, each deeper bullet in a `ul` of its own inside the `li` before it. */
function bulletList(items: readonly CellBullet[], classes: readonly string[] = []): ElementContent {
  const root = h('ul', { className: ['cell-bullets', ...classes] });
  // The list open at each depth; a bullet deeper than the last opens one in that bullet's `li`.
  const open = [root];
  for (const item of items) {
    while (open.length > item.depth + 1) open.pop();
    while (open.length < item.depth + 1) {
      const parent = open[open.length - 1]!;
      const last = parent.children[parent.children.length - 1];
      const holder = last?.type === 'element' ? last : h('li');
      if (holder !== last) parent.children.push(holder);
      const nested = h('ul', { className: ['cell-bullets'] });
      holder.children.push(nested);
      open.push(nested);
    }
    open[open.length - 1]!.children.push(h('li', inlineToHast(item.content)));
  }
  return root;
}
