/**
 * Writes import changes into the deployment's JSON text in place (src/deployment/json-edit.ts):
 * each answer at its own spot, under the key the file already uses for a row or setting
 * (which may differ in case and spacing from the master's), so the rest stays byte for byte.
 */
import { placeInOrder } from '../deployment/answer-order.js';
import { appendJsonValue, nodeAt, removeJsonValue, setJsonValue, type JSONPath, type SetOptions } from '../deployment/json-edit.js';
import { topLevelPlace } from '../deployment/key-order.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { keptHome } from './answer-place.js';
import { answerId, existingKey, partyOf, type AnswerSlot, type ItemKey } from './answers.js';
import type { ImportChange } from './plan-import.js';

/**
 * `itemOrder`: the master's item IDs in order; an item answered for the first time goes among
 * the answers in that order, as `upgrade` puts new items (without it: last).
 */
export function applyChanges(text: string, deployment: Deployment, changes: readonly ImportChange[], itemOrder: readonly string[] = []): string {
  let edited = text;
  const answered = new Set(Object.keys(deployment.answers ?? {}));
  // A new key in `answers` goes in the master's order; `answers` itself new: where setJsonValue puts it.
  const placed = (path: JSONPath): SetOptions => {
    // A top-level key new to the file: where `init` has it.
    if (nodeAt(edited, path.slice(0, 1)) === undefined) return topLevelPlace(edited, String(path[0]));
    const id = String(path[1]);
    if (path[0] !== 'answers' || deployment.answers === undefined || answered.has(id)) return {};
    const place = placeInOrder(itemOrder, id, (candidate) => answered.has(candidate));
    answered.add(id);
    return place;
  };
  let signatures = deployment.signatures?.length ?? (deployment.signatures === undefined ? -1 : 0);
  const parties = new Map((deployment.signatures ?? []).map((entry, index) => [entry.party, index] as const));
  for (const { slot, to, retired } of changes) {
    const key = slot.key;
    if (key.kind === 'signature') {
      const index = parties.get(key.party);
      if (index !== undefined) edited = setJsonValue(edited, ['signatures', index, key.field], to);
      else {
        const entry = { party: key.party, [key.field]: to };
        edited = signatures < 0 ? setJsonValue(edited, ['signatures'], [entry], topLevelPlace(edited, 'signatures')) : appendJsonValue(edited, ['signatures'], entry);
        parties.set(key.party, Math.max(signatures, 0));
        signatures = Math.max(signatures, 0) + 1;
      }
      continue;
    }
    const path = slotPath(deployment, slot, retired);
    // A party is written as the deployment names it (`customer`); a box unticked leaves none.
    if (key.kind === 'responsible' && to === '') edited = removeJsonValue(edited, path);
    else edited = setJsonValue(edited, path, key.kind === 'responsible' ? (partyOf(to) ?? to) : to, retired ? { after: 'answers' } : placed(path));
  }
  return edited;
}

/**
 * Where a slot's value is (or goes) in the deployment: a setting under the key the file already
 * uses, a signature at its party's entry (or the next one), an item's answer under its ID. A
 * retired item's answer stays where it is; the answer to a row removed from its item goes under
 * "retired" at the item's ID, where `upgrade` moves it. A deployment not yet upgraded keeps an
 * answer under an earlier ID, and it is changed there.
 */
export function slotPath(deployment: Deployment, slot: AnswerSlot, retired: ImportChange['retired'] = false): JSONPath {
  const key = slot.key;
  switch (key.kind) {
    case 'setting':
      return ['settings', existingKey(deployment.settings, key.label)];
    case 'contact':
      return [key.party, key.field];
    case 'fact':
      return [key.field];
    case 'signature': {
      const index = (deployment.signatures ?? []).findIndex((entry) => entry.party === key.party);
      return ['signatures', index < 0 ? (deployment.signatures?.length ?? 0) : index, key.field];
    }
  }
  const home = retired ? keptHome(deployment, retired, key.item) : 'answers';
  const id = retired ? key.item : answerId(deployment.answers, key.item, slot.replaces);
  return [home, ...answerPath(key, id, deployment[home]?.[id])];
}

/** The path of a key inside the object of answers: under `id`, with the row and field keys `answer` already uses. */
function answerPath(key: ItemKey, id: string, answer: Answer | undefined): JSONPath {
  switch (key.kind) {
    case 'status':
    case 'comment':
      return [id, key.kind];
    case 'component':
      return [id, 'components', existingKey(answer?.components, key.row)];
    case 'field': {
      const row = existingKey(answer?.fields, key.row);
      return [id, 'fields', row, existingKey(answer?.fields?.[row], key.field)];
    }
    case 'responsible':
      return [id, 'responsible', key.phase];
  }
}
