/**
 * Where an answer of a filled file goes in the master it is imported against. A file built from
 * an earlier version names items by their IDs of then: an ID the master `Replaces` (through
 * every version in between, when the master is in git: src/versions/lineage.ts) is answered
 * under its new ID; a retired ID's answer is kept where `upgrade` keeps it, in the deployment's
 * `retired` answers (or in `answers`, in a deployment not yet upgraded), never shown; so is an
 * answer to a component row a later version removed from an item it keeps (`removedRowPlace`).
 */
import { answerTarget } from '../deployment/answer-lineage.js';
import type { Checklist, RetiredItem } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { componentRow } from '../model/labels.js';
import { answerValue, canonicalValue, type AnswerSlot, type ItemKey, type RowKey } from './answers.js';
import { keyText, parseKey } from './keys.js';

export type AnswerPlace =
  /** A slot of the master; `renamedFrom` when the file names its item by an earlier ID. */
  | { kind: 'slot'; slot: AnswerSlot; renamedFrom?: string }
  /** An answer to a retired item: kept, not shown. */
  | { kind: 'retired'; slot: AnswerSlot & { key: ItemKey }; entry: RetiredItem }
  /** An answer to a component row the item no longer has (`key` under the item's current ID): kept, not shown. */
  | { kind: 'removed-row'; slot: AnswerSlot & { key: RowKey } }
  /** Nothing of the master: `key` is what to name in the message (under the new ID for a renamed item). */
  | { kind: 'none'; key: string; renamedFrom?: string };

export function placeOf(text: string, slots: ReadonlyMap<string, AnswerSlot>, master: Checklist): AnswerPlace {
  const key = parseKey(text);
  // A renamed item's key goes where the rename led, also where the master (folded with the
  // versions in between) uses the old ID again for another item (answerTarget).
  const target = key !== null && 'item' in key ? answerTarget(master, key.item) : undefined;
  const own = slots.get(text);
  if (own && target?.kind !== 'replaced') return { kind: 'slot', slot: own };
  if (key === null || !('item' in key) || target === undefined) return { kind: 'none', key: text };
  if (target.kind === 'retired') return { kind: 'retired', slot: { key, options: null, replaces: [] }, entry: target.entry };
  if (target.kind !== 'replaced') return { kind: 'none', key: text };
  const renamed = keyText({ ...key, item: target.item.id });
  const slot = slots.get(renamed);
  return slot ? { kind: 'slot', slot, renamedFrom: key.item } : { kind: 'none', key: renamed, renamedFrom: key.item };
}

/**
 * Where a file of another version answers a component row that its item, still in the master,
 * no longer has: kept as `upgrade` keeps such an answer (src/versions/retired-rows.ts), under the
 * deployment's "retired" at the item's ID, so that the file's other answers still come back.
 * Undefined where the key names no component row, or an item the master does not keep, or a
 * row the item has.
 */
export function removedRowPlace(text: string, master: Checklist): AnswerPlace | undefined {
  const key = parseKey(text);
  if (key === null || (key.kind !== 'component' && key.kind !== 'field')) return undefined;
  const target = answerTarget(master, key.item);
  if (target.kind !== 'current' && target.kind !== 'replaced') return undefined;
  if (componentRow(target.item, key.row) !== undefined) return undefined;
  return { kind: 'removed-row', slot: { key: { ...key, item: target.item.id }, options: null, replaces: [] } };
}

/** Which object of the deployment holds a retired item's answer: `answers` until it is upgraded, then `retired`. */
export function retiredHome(deployment: Deployment, id: string): 'answers' | 'retired' {
  return deployment.answers !== undefined && Object.hasOwn(deployment.answers, id) ? 'answers' : 'retired';
}

/** How an answer of a place is kept, not shown: as a retired item's, as a removed row's, or not (shown). */
export type Kept = false | 'item' | 'row';

export const keptAs = (place: AnswerPlace): Kept => (place.kind === 'retired' ? 'item' : place.kind === 'removed-row' ? 'row' : false);

/**
 * Which object of the deployment holds an answer kept as `kept` to item `id`: a retired item's
 * where `retiredHome` says; a removed row's under `retired` (a deployment that still answers
 * the row in `answers` is refused before: unknown-component).
 */
export function keptHome(deployment: Deployment, kept: Exclude<Kept, false>, id: string): 'answers' | 'retired' {
  return kept === 'row' ? 'retired' : retiredHome(deployment, id);
}

/** The deployment's value of a key of a retired item's answer, or of a removed row's ("" when it gives none). */
export function retiredValue(deployment: Deployment, place: Extract<AnswerPlace, { kind: 'retired' | 'removed-row' }>): string {
  const key = place.slot.key;
  const value = answerValue(deployment[keptHome(deployment, place.kind === 'removed-row' ? 'row' : 'item', key.item)]?.[key.item], key);
  return value === undefined ? '' : canonicalValue(value);
}
