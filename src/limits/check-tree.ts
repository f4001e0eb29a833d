/**
 * A master's limits that need its syntax tree: nesting depth, the size of one text, and the
 * number of items. Checked right after the Markdown is parsed and before anything else walks
 * the tree (our walkers recurse, and a few thousand nested block quotes would overflow them),
 * with a loop of our own that needs no stack.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { activeLimits, overLimit } from './limits.js';

/** Items counted across the files of one master, and where the first one over the limit is. */
export interface ItemCount {
  items: number;
  firstOver?: { path: string; place: { line: number; column: number } | undefined };
}

const nesting = new Set(['blockquote', 'list', 'footnoteDefinition']);
const texts = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html', 'yaml']);

/**
 * Reports a text over the limit, and nesting past the limit (once per file, at its first place,
 * with the file's deepest nesting); counts items into `count`. False when anything is over.
 */
export function checkTreeLimits(tree: Root, path: string, count: ItemCount, diagnostics: Diagnostics): boolean {
  const limits = activeLimits();
  let ok = true;
  let deepest = 0;
  let firstTooDeep: { line: number; column: number } | undefined;
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    const start = node.position?.start;
    const place = start ? { line: start.line, column: start.column } : undefined;
    const size = (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
    if (texts.has(node.type) && size > limits.text) {
      diagnostics.error(path, place, overLimit('text', size), 'limit-text');
      ok = false;
    }
    const inner = nesting.has(node.type) ? depth + 1 : depth;
    if (inner > limits.depth && deepest <= limits.depth) firstTooDeep = place;
    deepest = Math.max(deepest, inner);
    if (node.type === 'table' && isItemTable(node as Parent) && ++count.items === limits.items + 1) count.firstOver = { path, place };
    const children = (node as Partial<Parent>).children;
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Node, depth: inner });
  }
  if (deepest > limits.depth) {
    diagnostics.error(path, firstTooDeep, overLimit('depth', deepest), 'limit-depth');
    ok = false;
  }
  return ok;
}

/** After every file of a master: reports its items over the limit, at the first one too many. */
export function checkItemCount(count: ItemCount, diagnostics: Diagnostics): boolean {
  if (count.items <= activeLimits().items || !count.firstOver) return true;
  diagnostics.error(count.firstOver.path, count.firstOver.place, overLimit('items', count.items), 'limit-items');
  return false;
}

/** A table whose first header cell starts with `CL-`: a CL item (FORMATS.md §1). */
function isItemTable(table: Parent): boolean {
  const firstCell = (table.children[0] as Parent | undefined)?.children[0] as Parent | undefined;
  const first = firstCell?.children[0] as { value?: string } | undefined;
  return typeof first?.value === 'string' && first.value.trimStart().startsWith('CL-');
}
