/**
 * What a chosen level leaves out besides items: the sections that are left with nothing at that
 * level, and the links that would lead to what is gone.
 *
 * A section is left out when the master gives it items, none of them applies at the level, and
 * it holds nothing that stands without them: no table of customer settings (agreed in the annex)
 * and no part placed with `::name`. Its prose, plain tables and sub-sections introduce its items
 * and go with them. A section the master gives no item at all (an introduction) is always kept.
 */
import type { Block, ClItem, Inline, Section } from '../model/checklist.js';

export interface LeftOutSection {
  number: string;
  titleText: string;
  depth: number;
}

interface Contents {
  items: number;
  inScope: number;
  standing: boolean;
}

function contentsOf(blocks: readonly Block[], inScope: (item: ClItem) => boolean, into: Contents): Contents {
  for (const block of blocks) {
    if (block.kind === 'item') {
      into.items += 1;
      if (inScope(block)) into.inScope += 1;
    } else if (block.kind === 'directive' || (block.kind === 'table' && block.fillable !== null)) into.standing = true;
    else if (block.kind === 'section' || block.kind === 'blockquote') contentsOf(block.children, inScope, into);
    else if (block.kind === 'list') for (const item of block.items) contentsOf(item.children, inScope, into);
  }
  return into;
}

/** Whether `section` has nothing left at the chosen level (see the rule above). */
export function leftOutAtLevel(section: Section, inScope: (item: ClItem) => boolean): boolean {
  const { items, inScope: kept, standing } = contentsOf(section.children, inScope, { items: 0, inScope: 0, standing: false });
  return items > 0 && kept === 0 && !standing;
}

/** The anchors of a section and of every section inside it: where links to it would lead. */
export function sectionAnchors(section: Section): string[] {
  const inner = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((block) =>
      block.kind === 'section'
        ? sectionAnchors(block)
        : block.kind === 'blockquote'
          ? inner(block.children)
          : block.kind === 'list'
            ? block.items.flatMap((item) => inner(item.children))
            : [],
    );
  return [section.anchor, ...inner(section.children)];
}

type Xref = Extract<Inline, { kind: 'xref' }>;
const isXref = (value: unknown): value is Xref =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'xref' && typeof (value as { anchor?: unknown }).anchor === 'string';

/**
 * `value` (any part of the view: blocks, item rows, footnotes) with each link to a gone anchor
 * replaced by its text and `note`: a link that looks live but leads nowhere would mislead in
 * every format. Walks the plain data generically, so no place that holds inline content is
 * missed; only `xref` nodes change, and what holds none is returned as it was (not copied).
 */
export function unlinkGone<T>(value: T, gone: ReadonlySet<string>, note: string): T {
  if (gone.size === 0) return value;
  // Plain loops that copy an array or object only once something in it changed: the view is
  // walked whole for every document, and most of it holds no link at all.
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      let out: unknown[] | null = null;
      for (let index = 0; index < node.length; index++) {
        const element: unknown = node[index];
        if (isXref(element) && gone.has(element.anchor)) {
          out ??= node.slice(0, index);
          out.push(...(walk(element.children) as Inline[]), { kind: 'text', value: ` ${note}` });
          continue;
        }
        const next = typeof element === 'object' && element !== null ? walk(element) : element;
        if (out === null && next !== element) out = node.slice(0, index);
        out?.push(next);
      }
      return out ?? node;
    }
    if (typeof node !== 'object' || node === null) return node;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      const next = walk(child);
      if (next !== child) (copy ??= { ...(node as Record<string, unknown>) })[key] = next;
    }
    return copy ?? node;
  };
  return walk(value) as T;
}
