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

/**
 * History rows paired: an unchanged row with its copy first, then the rest by version in
 * written order (a vendor may write two rows of one version, 2022 and 2023), a row without a
 * version by its place; then each row added, changed or removed.
 */
function historyChanges(from: readonly HistoryEntry[], to: readonly HistoryEntry[]): RowChange[] {
  const key = (entry: HistoryEntry, index: number) => entry.version || `#${index}`;
  const text = (entry: HistoryEntry) => `${entry.date} ${entry.description}`.trim();
  const older = from.map((entry, index) => ({ entry, key: key(entry, index), taken: false }));
  const newer = to.map((entry, index) => ({ entry, key: key(entry, index), before: undefined as HistoryEntry | undefined }));
  const take = (row: (typeof newer)[number], fits: (old: (typeof older)[number]) => boolean) => {
    const old = row.before ? undefined : older.find((candidate) => !candidate.taken && candidate.key === row.key && fits(candidate));
    if (!old) return;
    old.taken = true;
    row.before = old.entry;
  };
  for (const row of newer) take(row, (old) => text(old.entry) === text(row.entry));
  for (const row of newer) take(row, () => true);
  const changes: RowChange[] = [];
  for (const { entry, before } of newer) {
    const label = `History ${entry.version}`.trim();
    if (!before) changes.push({ label, before: '', after: text(entry) });
    else if (text(before) !== text(entry)) changes.push({ label, before: text(before), after: text(entry) });
  }
  for (const { entry, taken } of older) if (!taken) changes.push({ label: `History ${entry.version}`.trim(), before: text(entry), after: '' });
  return changes;
}
