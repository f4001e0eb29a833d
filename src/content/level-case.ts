/**
 * Level names written in another case than the front matter's `levels` (`minimum` for
 * `Minimum`): one cause, most often in every item, so reported once rather than per row.
 * Levels stay matched exactly, since they print as `levels` writes them.
 */
import type { SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';

export interface CaseLevel {
  written: string;
  meant: string;
  itemId: string;
  place: SourcePlace;
  /** The message and rule this one gets when every such name is in one item. */
  alone: { message: string; rule: string };
}

/** The level of `levels` that `level` writes in another case, if any. */
export function caseVariant(level: string, levels: readonly string[]): string | undefined {
  return levels.find((name) => name !== level && name.toLowerCase() === level.toLowerCase());
}

/** Across items, one error at the first of them, naming how many, where, and what to write. */
export function reportCaseLevels(found: readonly CaseLevel[], levels: readonly string[], context: BuildContext): void {
  const first = found[0];
  if (first === undefined) return;
  const items = new Set(found.map((entry) => entry.itemId)).size;
  // In one item each name keeps its own message, at its own column.
  if (items === 1) {
    for (const entry of found) context.error(entry.place, entry.alone.message, entry.alone.rule);
    return;
  }
  const pairs = [...new Set(found.map((entry) => `"${entry.written}" for "${entry.meant}"`))].join(', ');
  const lines = [...new Set(found.map((entry) => (entry.place.file === first.place.file ? `${entry.place.line}` : `${entry.place.file}:${entry.place.line}`)))];
  const shown = lines.length > 12 ? `${lines.slice(0, 12).join(', ')} and ${lines.length - 12} more` : lines.join(', ');
  context.error(
    first.place,
    `${found.length} level names in ${items} item${items === 1 ? '' : 's'} are written in another case than the front matter's \`levels\` (${levels.join(', ')}): ${pairs}, on line${lines.length === 1 ? '' : 's'} ${shown}. Levels are matched exactly and print as \`levels\` writes them: write them as there, or change \`levels\``,
    'unknown-level',
  );
}
