/**
 * Where an answer of a filled file goes in the master it is imported against. A file built from
 * an earlier version names items by their IDs of then: an ID the master `Replaces` (through
 * every version in between, when the master is in git: src/versions/lineage.ts) is answered
 * under its new ID; a retired ID's answer is kept where `upgrade` keeps it, in the deployment's
 * `retired` answers (or in `answers`, in a deployment not yet upgraded), never shown.
 */
import { answerTarget } from '../deployment/answer-lineage.js';
import type { Checklist, RetiredItem } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { answerValue, canonicalValue, type AnswerSlot, type ItemKey } from './answers.js';
import { keyText, parseKey } from './keys.js';

export type AnswerPlace =
  /** A slot of the master; `renamedFrom` when the file names its item by an earlier ID. */
  | { kind: 'slot'; slot: AnswerSlot; renamedFrom?: string }
  /** An answer to a retired item: kept, not shown. */
  | { kind: 'retired'; slot: AnswerSlot & { key: ItemKey }; entry: RetiredItem }
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

/** Which object of the deployment holds a retired item's answer: `answers` until it is upgraded, then `retired`. */
export function retiredHome(deployment: Deployment, id: string): 'answers' | 'retired' {
  return deployment.answers !== undefined && Object.hasOwn(deployment.answers, id) ? 'answers' : 'retired';
}

/** The deployment's value of a key of a retired item's answer ("" when it gives none). */
export function retiredValue(deployment: Deployment, key: ItemKey): string {
  const value = answerValue(deployment[retiredHome(deployment, key.item)]?.[key.item], key);
  return value === undefined ? '' : canonicalValue(value);
}
