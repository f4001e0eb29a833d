/**
 * Checks the versions bookkeeping of a master: `Replaces` rows and the `retired:` list. An ID
 * may be current, replaced (by one item only) or retired, never two of these at once.
 */
import type { ClItem, RetiredItem, SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';

function at(place: SourcePlace): string {
  return `${place.file}:${place.line}:${place.column}`;
}

export function checkLineage(items: readonly ClItem[], retired: readonly RetiredItem[], context: BuildContext): void {
  const current = new Map(items.map((item) => [item.id, item]));
  const replacedBy = new Map<string, ClItem>();
  for (const item of items) {
    for (const old of item.replaces) {
      const still = current.get(old);
      if (old === item.id) context.error(item.place, `${item.id} replaces itself: Replaces names the IDs it had in earlier versions`, 'replaces');
      else if (still) context.error(item.place, `${item.id} replaces ${old}, which is still an item (${at(still.place)}): an ID is either current or replaced`, 'replaces');
      const first = replacedBy.get(old);
      if (first && first !== item) context.error(item.place, `${old} is replaced by two items, ${first.id} (${at(first.place)}) and ${item.id}: answers to it can go to one item only`, 'replaces');
      else replacedBy.set(old, item);
    }
  }
  const seen = new Set<string>();
  for (const entry of retired) {
    if (seen.has(entry.id)) context.warning(entry.place, `${entry.id} is listed twice under retired`, 'retired');
    seen.add(entry.id);
    const still = current.get(entry.id);
    if (still) context.error(entry.place, `${entry.id} is retired but is still an item (${at(still.place)}): remove it from retired, or remove the item`, 'retired');
    const successor = replacedBy.get(entry.id);
    if (successor) context.error(entry.place, `${entry.id} is retired but ${successor.id} replaces it (${at(successor.place)}): an ID is either replaced or retired`, 'retired');
  }
}
