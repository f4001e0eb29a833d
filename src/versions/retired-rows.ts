/**
 * `upgrade`'s step for component rows a new version removed from an item that stays: the answer
 * to such a row (its status, its write-in fields) would name a row the item no longer has, which
 * `check` and `build` refuse. It moves, as an answer to a removed item does, under the top-level
 * `"retired"`, at the item's ID: `"retired": { "CL-X": { "components": { "Old row": "No" } } }`,
 * never deleted, never shown. Only rows the older version had: a label that was never a row (a
 * typo) is the deployment's own error and stays for `check` to name.
 */
import { compactJsonValue, moveJsonValue, nodeAt, rawJsonText, removeJsonValue } from '../deployment/json-edit.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { componentRow } from '../model/labels.js';

/** An answer to a component row the newer version removed from its item: where it is in `answers`. */
export interface RemovedRowAnswer {
  id: string;
  part: 'components' | 'fields';
  label: string;
}

/** The answers of `deployment` to component rows that `from` had and `to` removed from an item it keeps. */
export function removedRowAnswers(deployment: Deployment, from: Checklist, to: Checklist): RemovedRowAnswer[] {
  const found: RemovedRowAnswer[] = [];
  for (const [id, answer] of Object.entries(deployment.answers ?? {})) {
    const item = to.items.find((candidate) => candidate.id === id);
    if (item === undefined) continue;
    const older = from.items.find((candidate) => candidate.id === id || item.replaces.includes(candidate.id));
    if (older === undefined) continue;
    for (const part of ['components', 'fields'] as const) {
      for (const label of Object.keys(answer[part] ?? {})) if (!componentRow(item, label) && componentRow(older, label)) found.push({ id, part, label });
    }
  }
  return found;
}

/** The deployment's text with those answers moved, and each moved row as `CL-X / Old row`. */
export function retireRemovedRows(text: string, from: Checklist, to: Checklist): { text: string; moved: string[] } {
  const removed = removedRowAnswers(JSON.parse(text) as Deployment, from, to);
  for (const { id, part, label } of removed) {
    // A row kept there before (from an earlier upgrade) keeps its place: this one goes beside it.
    const home = nodeAt(text, ['retired', id, part, label]) === undefined ? id : `${id} (before ${to.meta.version})`;
    const created = nodeAt(text, ['retired', home]) === undefined;
    const oneLine = !/[\r\n]/.test(rawJsonText(text, ['answers', id]) ?? '\n');
    text = moveJsonValue(text, ['answers', id, part, label], ['retired', home, part, label], { after: 'answers' });
    // Kept as its answer is written: one a line beside answers one a line (a new "retired" was spread over lines).
    if (created && oneLine) text = compactJsonValue(text, ['retired', home]);
    // An object the move emptied says nothing: gone with it.
    if (nodeAt(text, ['answers', id, part])?.children?.length === 0) text = removeJsonValue(text, ['answers', id, part]);
  }
  return { text, moved: [...new Set(removed.map(({ id, label }) => `${id} / ${label}`))] };
}
