/** How labels and answer options are matched: the one rule the checks, the merge and the renders share. */
import type { ClItem, ComponentRow } from './checklist.js';

/** Labels match after trimming and collapsing spaces, ignoring case (FORMATS.md §1). */
export function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** An answer matches an option exactly, or ignoring case and spaces. */
export function matchOption(status: string, options: readonly string[]): string | undefined {
  return options.find((option) => option === status) ?? options.find((option) => normalizeLabel(option) === normalizeLabel(status));
}

/** The component row of `item` that `label` names, case and spaces aside. */
export function componentRow(item: ClItem, label: string): ComponentRow | undefined {
  return item.components.find((row): row is ComponentRow => row.kind === 'component' && normalizeLabel(row.label) === normalizeLabel(label));
}
