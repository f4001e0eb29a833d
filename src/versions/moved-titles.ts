/**
 * An item whose title another item had in the older version: answers follow IDs, so an ID
 * changed without a `Replaces` row, or two items that swapped IDs (which no Replaces row can say:
 * an ID still in use cannot be replaced), carry each answer to the wrong item or to "retired",
 * and nothing says why. diff and upgrade compare two versions, so they can: a warning at the item.
 */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Checklist, ClItem } from '../model/checklist.js';
import { normalizeLabel as key } from '../model/labels.js';

/** `newest` folded with the versions between (lineage.ts), so that its Replaces rows name every ID it continues. */
export function reportMovedTitles(older: Checklist, newest: Checklist, diagnostics: Diagnostics): void {
  // Only a title one older item had: two with one title say nothing about which was meant.
  const byTitle = new Map<string, ClItem | null>();
  for (const item of older.items) byTitle.set(key(item.titleText), byTitle.has(key(item.titleText)) ? null : item);
  const current = new Map(newest.items.map((item) => [item.id, item]));
  const noted = new Set([...newest.items.flatMap((item) => item.replaces), ...newest.retired.map((entry) => entry.id)]);
  const oldIds = new Set(older.items.map((item) => item.id));
  const version = older.meta.version;
  for (const item of newest.items) {
    const other = byTitle.get(key(item.titleText));
    if (!other || other.id === item.id || item.replaces.includes(other.id)) continue;
    const title = `"${other.titleText}"`;
    const predecessor = oldIds.has(item.id) && !noted.has(item.id) ? item.id : item.replaces.find((id) => oldIds.has(id));
    const still = current.get(other.id);
    if (predecessor === undefined && !still && !noted.has(other.id)) {
      diagnostics.warning(item.place.file, item.place, `${item.id} has the title ${other.id} had in version ${version} (${title}), and ${other.id} is gone without a Replaces row or a retired: entry: if ${item.id} continues it, write \`| Replaces | ${other.id} |\` in ${item.id}, or answers to ${other.id} go to "retired" and ${item.id} is new to answer`, 'replaces-missing');
    } else if (predecessor !== undefined && (!still || key(still.titleText) !== key(other.titleText))) {
      const was = older.items.find((entry) => entry.id === predecessor)?.titleText ?? '';
      diagnostics.warning(item.place.file, item.place, `${item.id} now has the title ${other.id} had in version ${version} (${title}): answers follow IDs, so an answer given to ${predecessor} ("${was}") now stands for this item. If the items changed IDs, give them new IDs with Replaces rows (an ID still in use cannot be replaced)`, 'title-of-other-item');
    }
  }
}
