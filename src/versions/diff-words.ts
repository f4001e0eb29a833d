/** The sentences of `checklist diff`, shared by its Markdown and HTML forms. */
import type { Checklist } from '../model/checklist.js';
import type { ItemChange } from './compare.js';
import type { SettingImpact } from './deployment-impact.js';
import { lookAlikeRowNote } from './look-alike.js';

/** Where a compared version came from: a commit (with what the user typed), or the working tree. */
export type DiffSide = { commit: string; asked: string } | { workingTree: true };

export function versionLabel(checklist: Checklist, side: DiffSide): string {
  const where = 'commit' in side ? `${side.asked === checklist.meta.version ? '' : `${side.asked}, `}commit ${side.commit.slice(0, 12)}` : 'working tree';
  return `version ${checklist.meta.version || '(none)'} (${where})`;
}

function levelName(level: string | null): string {
  return level ?? 'every level';
}

/** One line that names the item and what happened to it; a rename shows both IDs. */
export function itemHeadline(change: ItemChange): string {
  const title = `${change.titleText}`;
  switch (change.change) {
    case 'added':
      return `Added: ${change.id} ${title} (in ${change.section}, ${change.itemLevel ? `level ${change.itemLevel}` : 'every level'})`;
    case 'retired':
      return `Retired: ${change.id} ${title}${change.retiredIn ? ` (in ${change.retiredIn})` : ''}${change.reason ? `: ${change.reason}` : ''}`;
    case 'removed':
      return change.mergedInto ? `Merged into ${change.mergedInto} (its Replaces row): ${change.id} ${title}` : `Removed without a retired: entry: ${change.id} ${title}`;
    case 'kept':
      return change.renamedFrom ? `Renamed: ${change.renamedFrom} → ${change.id} ${title}` : `Changed: ${change.id} ${title}`;
  }
}

/** A front matter change as a row: "Title changed", "History 2.2 added". */
export function documentDetail(change: { label: string; before: string; after: string }): Extract<ItemDetail, { kind: 'row' }> {
  const what = change.before === '' ? 'added' : change.after === '' ? 'removed' : 'changed';
  return { kind: 'row', label: `${change.label} ${what}`, before: change.before, after: change.after };
}

export type ItemDetail = { kind: 'text'; text: string } | { kind: 'row'; label: string; before: string; after: string };

/** The changes under the headline: move, level, target, then each changed row, then each label written otherwise. */
export function itemDetails(change: ItemChange): ItemDetail[] {
  const details: ItemDetail[] = [];
  if (change.moved) details.push({ kind: 'text', text: `Moved to another chapter: from ${change.moved.from} to ${change.moved.to}` });
  if (change.level) details.push({ kind: 'text', text: `Level changed: ${levelName(change.level.from)} → ${levelName(change.level.to)}` });
  if (change.target) details.push({ kind: 'row', label: 'Target changed', before: change.target.from, after: change.target.to });
  for (const row of change.servers ?? []) {
    const text = row.isServer
      ? `Now shown only where the deployment has it: the ${row.label} row (now one of the front matter's components)`
      : `Now shown to every deployment: the ${row.label} row (no longer one of the front matter's components)`;
    details.push({ kind: 'text', text });
  }
  for (const row of change.shown ?? []) {
    const text = row.shown ? `Row now shown in your checklist: ${row.label} (${row.why})` : `Row no longer shown in your checklist: ${row.label} (${row.why})`;
    details.push({ kind: 'text', text });
  }
  if (change.order) details.push({ kind: 'text', text: `Rows in another order: ${change.order.from.join(', ')} → ${change.order.to.join(', ')}` });
  for (const row of change.rows) {
    const what = row.before === '' ? 'added' : row.after === '' ? 'removed' : 'changed';
    details.push({ kind: 'row', label: `${row.label} ${what}${lookAlikeRowNote(change.rows, row)}`, before: row.before, after: row.after });
  }
  // Only the writing of the label changed (its case): the answers stay, unmarked; the print changed.
  for (const label of change.labels ?? []) details.push({ kind: 'text', text: `Row label changed: ${label.from} → ${label.to} (the same row: answers to it stay)` });
  return details;
}

/** A setting for one customer, in three parts: what to do, the row's change, their value. */
export function settingSentence(entry: SettingImpact): { lead: string; before: string; after: string; tail: string } {
  const tail = entry.value !== undefined ? ` (your setting: ${entry.value})` : ' (not set yet)';
  return entry.change === 'added'
    ? { lead: `New setting to fill: ${entry.label}`, before: '', after: entry.after, tail }
    : { lead: `Changed: ${entry.label}`, before: entry.before, after: entry.after, tail };
}
