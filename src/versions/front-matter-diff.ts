/**
 * The front matter's changes between two versions: title, product, date, document ID, levels,
 * components and history entries are printed (title page, headers, history table, the levels and
 * servers a deployment may choose), so each change is named. The version is in diff's heading.
 */
import type { ChecklistMeta, HistoryEntry } from '../model/checklist.js';
import type { RowChange } from './compare.js';

export function frontMatterChanges(from: ChecklistMeta, to: ChecklistMeta): RowChange[] {
  const changes: RowChange[] = [];
  const field = (label: string, before: string, after: string) => {
    if (before !== after) changes.push({ label, before, after });
  };
  field('Title', from.title, to.title);
  field('Product', from.product, to.product);
  field('Date', from.date, to.date);
  field('Document ID', from.documentId, to.documentId);
  field('Levels', from.levels.join(', '), to.levels.join(', '));
  field('Components', from.components.join(', '), to.components.join(', '));
  changes.push(...historyChanges(from.history, to.history));
  return changes;
}

/** History rows matched by version (a row without one by its place): added, removed, changed. */
function historyChanges(from: readonly HistoryEntry[], to: readonly HistoryEntry[]): RowChange[] {
  const key = (entry: HistoryEntry, index: number) => entry.version || `#${index}`;
  const text = (entry: HistoryEntry) => `${entry.date} ${entry.description}`.trim();
  const older = new Map(from.map((entry, index) => [key(entry, index), entry]));
  const newer = new Set(to.map(key));
  const changes: RowChange[] = [];
  to.forEach((entry, index) => {
    const before = older.get(key(entry, index));
    const label = `History ${entry.version}`.trim();
    if (!before) changes.push({ label, before: '', after: text(entry) });
    else if (text(before) !== text(entry)) changes.push({ label, before: text(before), after: text(entry) });
  });
  from.forEach((entry, index) => {
    if (!newer.has(key(entry, index))) changes.push({ label: `History ${entry.version}`.trim(), before: text(entry), after: '' });
  });
  return changes;
}
