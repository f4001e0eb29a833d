/**
 * Renames and retirements across every version in between: a master renamed CL-A to CL-B in
 * 2.0 and CL-B to CL-C in 3.0 names only CL-B in its 3.0 `Replaces` row, yet an answer to CL-A
 * belongs to CL-C. Folding the versions between two commits, in order, gives the newer version
 * every ID it continues and every ID retired on the way.
 */
import { checklistIdOfPath } from '../content/read-sources.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { parseChecklistFiles } from '../content/parse-checklist.js';
import type { Checklist, RetiredItem } from '../model/checklist.js';
import { CliError } from '../cli/errors.js';
import { commitsBetween, filesAt, locateInGit, resolveRevision, type GitLocation } from './git-revision.js';

/** The newer version with `replaces` and `retired` widened by the versions before it. */
export function foldLineage(versions: readonly Checklist[], newest: Checklist): Checklist {
  const successor = new Map<string, string>();
  const retired = new Map<string, RetiredItem>();
  for (const version of [...versions, newest]) {
    for (const item of version.items) {
      for (const old of item.replaces) {
        for (const [earlier, next] of successor) if (next === old) successor.set(earlier, item.id);
        successor.set(old, item.id);
      }
    }
    for (const entry of version.retired) retired.set(entry.id, entry);
  }
  const current = new Set(newest.items.map((item) => item.id));
  const items = newest.items.map((item) => {
    const earlier = [...successor].filter(([old, next]) => next === item.id && old !== item.id && !item.replaces.includes(old)).map(([old]) => old);
    return earlier.length === 0 ? item : { ...item, replaces: [...item.replaces, ...earlier] };
  });
  const stillRetired = [...retired.values()].filter((entry) => !current.has(entry.id) && !(successor.has(entry.id) && current.has(successor.get(entry.id) ?? '')));
  return { ...newest, items, retired: stillRetired };
}

/** The master at each commit after `from` up to `to` (HEAD for the working tree), oldest first. */
export async function versionsBetween(location: GitLocation, masterPath: string, from: string, to: string): Promise<Checklist[]> {
  const id = checklistIdOfPath(masterPath);
  const versions: Checklist[] = [];
  for (const commit of await commitsBetween(location, from, to)) {
    const files = await filesAt(location, commit);
    // An intermediate version is read only for its Replaces rows and retired list.
    if (files.length > 0) versions.push(parseChecklistFiles(id, files, new Diagnostics()));
  }
  return versions;
}

/**
 * The master knowing every rename and retirement since `version` (the newest commit whose front
 * matter has it), for a file answered against that version. The master as it is when git cannot
 * tell (a master outside git, a version git does not know): then its own Replaces rows and
 * retired list are all it knows.
 */
export async function lineageSince(masterPath: string, version: string, master: Checklist): Promise<Checklist> {
  try {
    const location = await locateInGit(masterPath);
    const found = await resolveRevision(location, version);
    return 'commit' in found ? foldLineage(await versionsBetween(location, masterPath, found.commit, 'HEAD'), master) : master;
  } catch (error) {
    // Not in git, git missing or failing: the lineage is what the master itself says.
    if (error instanceof CliError || typeof (error as { code?: unknown }).code === 'number') return master;
    throw error;
  }
}
