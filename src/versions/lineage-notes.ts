/**
 * Lineage notes that name no item: a `Replaces` row or a `retired:` entry, new since the older
 * version, naming an ID that neither it nor any version since had (`CL-PWD33` for `CL-PWD3`).
 * `check` cannot tell, since it sees one version; `diff` and `upgrade` compare two, and the note
 * then carries nothing: the answers to the ID meant go to "retired" as if the item had left
 * without a word. A warning at the note, with the older item meant where one is a typo away.
 */
import { meantKey } from '../content/near-miss.js';
import { answerTarget } from '../deployment/answer-lineage.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Checklist, SourcePlace } from '../model/checklist.js';

/**
 * The rules of warnings about two versions compared (this module's, moved-titles.ts' and
 * load-version.ts' version-commits), not about one version.
 */
export const COMPARISON_RULES: ReadonlySet<string> = new Set(['replaces-unknown', 'retired-unknown', 'replaces-missing', 'title-of-other-item', 'version-commits']);

/** `newest` as written (not folded); `between`: the versions after `older`, before `newest`. */
export function reportStrayLineage(older: Checklist, between: readonly Checklist[], newest: Checklist, diagnostics: Diagnostics): void {
  const known = new Set([older, ...between].flatMap((version) => version.items.map((item) => item.id)));
  const stray = (id: string) => !known.has(id) && answerTarget(older, id).kind === 'unknown';
  // The IDs meant are older items that left without a note of their own.
  const current = new Set(newest.items.map((item) => item.id));
  const noted = new Set([...newest.items.flatMap((item) => item.replaces), ...newest.retired.map((entry) => entry.id)]);
  const gone = older.items.map((item) => item.id).filter((id) => !current.has(id) && !noted.has(id));
  const meant = (id: string) => {
    const guess = meantKey(id, gone);
    return guess === undefined ? '' : `: did you mean "${guess}"?`;
  };
  const warn = (place: SourcePlace, reason: string, ruleId: string) => diagnostics.warning(place.file, place, reason, ruleId);
  const since = (id: string) => `version ${older.meta.version} has no item ${id}, nor has any version since`;
  for (const item of newest.items) {
    for (const id of item.replaces.filter(stray)) {
      warn(item.place, `The Replaces row of ${item.id} names ${id}: ${since(id)}, so no answer is carried over to ${item.id} by it${meant(id)}`, 'replaces-unknown');
    }
  }
  for (const entry of newest.retired.filter((retired) => stray(retired.id))) {
    warn(entry.place, `retired lists ${entry.id}: ${since(entry.id)}${meant(entry.id)}`, 'retired-unknown');
  }
}
