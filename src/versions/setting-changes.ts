/**
 * The rows of fillable tables (the deployment's `settings`) between two versions: a row added is
 * a setting to fill, a row whose other cells changed (its default, its rule) is a setting to
 * check against the value the customer chose. Removed rows are `unfit` (unfit-answers.ts) when
 * the customer set them, and nothing to do when not.
 */
import type { Block, Checklist } from '../model/checklist.js';
import { normalizeLabel } from '../model/labels.js';
import { footnoteTexts, tableRowCells } from './item-text.js';

export interface SettingChange {
  /** The row's label in the newer version (the older one for a removed row). */
  label: string;
  change: 'added' | 'changed' | 'removed';
  /** The row's other cells, "Default value: 8"; "" when the row is new or removed. */
  before: string;
  after: string;
}

export function settingChanges(from: Checklist, to: Checklist): SettingChange[] {
  const [older, newer] = [settingRows(from), settingRows(to)];
  const changes: SettingChange[] = [];
  for (const [key, row] of newer) {
    const old = older.get(key);
    if (!old) changes.push({ label: row.label, change: 'added', before: '', after: row.text });
    else if (old.same !== row.same) changes.push({ label: row.label, change: 'changed', before: old.text, after: row.text });
  }
  for (const [key, row] of older) if (!newer.has(key)) changes.push({ label: row.label, change: 'removed', before: row.text, after: '' });
  return changes;
}

interface SettingRow {
  label: string;
  text: string;
  /** As compared: links without their section numbers (item-text.ts). */
  same: string;
}

/**
 * Each fillable row by its label (matched as deployments match it), with the cells after the
 * label under their headers (item-text.ts). The first row of a label counts, as for `settings`.
 */
function settingRows(checklist: Checklist): Map<string, SettingRow> {
  const notes = footnoteTexts(checklist);
  const rows = new Map<string, SettingRow>();
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'section') visit(block.children);
      if (block.kind !== 'table') continue;
      for (const row of block.rows) {
        const [shown, same] = [tableRowCells(block, row, notes, false), tableRowCells(block, row, notes, true)];
        if (!shown || !same || rows.has(normalizeLabel(shown.label))) continue;
        rows.set(normalizeLabel(shown.label), { label: shown.label, text: shown.cells, same: same.cells });
      }
    }
  };
  visit(checklist.body);
  return rows;
}
