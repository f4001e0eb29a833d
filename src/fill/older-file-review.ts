/**
 * Answers imported from a file of an earlier master version were given against that version's
 * text. Where an item changed since (its measures, options, target for the customer's level),
 * `upgrade` marks an answer for review; an answer that arrives later from an old file must be
 * marked the same way, or it would stand as an answer to the new text no one gave.
 */
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { compareChecklists } from '../versions/compare.js';
import { deploymentImpact, type ReviewMark } from '../versions/deployment-impact.js';
import { locateInGit } from '../versions/git-revision.js';
import { loadVersion } from '../versions/load-version.js';
import { addReviewMark } from '../versions/upgrade.js';
import type { ImportChange } from './plan-import.js';

/**
 * The review marks the items answered by `changes` need: what changed in each between the file's
 * version and `master` (folded with the renames in between), for this deployment's level and
 * servers. `deployment` is the deployment as the import leaves it. None where git cannot give the
 file's version (then only the version warning says it).
 */
export async function reviewMarksSince(masterPath: string, fileVersion: string, master: Checklist, deployment: Deployment, changes: readonly ImportChange[], diagnostics: Diagnostics): Promise<ReviewMark[]> {
  const items = new Set(changes.flatMap((change) => (!change.retired && 'item' in change.slot.key ? [change.slot.key.item] : [])));
  if (items.size === 0) return [];
  const older = await masterAtVersion(masterPath, fileVersion, diagnostics);
  if (older === null) return [];
  // Only the answers this import gives: the others were marked by `upgrade`, or reviewed since.
  const answers = Object.fromEntries(Object.entries(deployment.answers ?? {}).filter(([id]) => items.has(id)));
  return deploymentImpact(compareChecklists(older, master), { ...deployment, answers }).review;
}

/** The deployment's text with each mark added to its answer's `review` (a mark it already says is left). */
export function withReviewMarks(text: string, marks: readonly ReviewMark[]): { text: string; added: ReviewMark[] } {
  const added: ReviewMark[] = [];
  for (const mark of marks) {
    const next = addReviewMark(text, mark.id, mark.what);
    if (next === null) continue;
    text = next;
    added.push(mark);
  }
  return { text, added };
}

/**
 * The master as it was at `version`, from git; null where git cannot give it (not in git, no such
 * version, errors in it). `diagnostics` gets the warning that the version is in several commits
 * that differ, read at the newest (load-version.ts), where the caller says so.
 */
export async function masterAtVersion(masterPath: string, version: string, diagnostics = new Diagnostics()): Promise<Checklist | null> {
  try {
    return (await loadVersion(masterPath, await locateInGit(masterPath), version, diagnostics, { older: 'file' })).checklist;
  } catch {
    return null;
  }
}
