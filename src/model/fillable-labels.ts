import type { Block } from './checklist.js';

/** The row labels of every fillable table (the keys of a deployment's `settings`), in document order. */
export function fillableLabels(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === 'section') return fillableLabels(block.children);
    if (block.kind === 'table' && block.fillable) return block.rows.flatMap((row) => (row.label ? [row.label] : []));
    return [];
  });
}
