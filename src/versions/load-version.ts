/**
 * Loads two versions of a master for `diff` and `upgrade`: each from git at a REV, or from the
 * working tree. A master outside git, or a REV git does not know, is a CliError (exit 1).
 */
import { checklistIdOfPath } from '../content/read-sources.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { CliError } from '../cli/errors.js';
import { loadChecklist } from '../content/load-checklist.js';
import { parseChecklistFiles } from '../content/parse-checklist.js';
import type { Checklist } from '../model/checklist.js';
import type { DiffSide } from './diff-words.js';
import { locateInGit, masterAt, type GitLocation, type SameVersion } from './git-revision.js';
import { foldLineage, versionsBetween } from './lineage.js';
import { reportStrayLineage } from './lineage-notes.js';
import { reportMovedTitles } from './moved-titles.js';

export interface LoadedVersion {
  checklist: Checklist;
  side: DiffSide;
}

/**
 * The master at REV (from git), or in the working tree when REV is undefined. `older`: REV is
 * the version compared from, whose commit must be the one answered against (sameVersionWarning):
 * `diff` and `upgrade` take another with --from, `import` has only the file's version.
 */
export async function loadVersion(masterPath: string, location: GitLocation, rev: string | undefined, diagnostics: Diagnostics, { older }: { older?: 'from' | 'file' } = {}): Promise<LoadedVersion> {
  if (rev === undefined) {
    const checklist = await loadChecklist(masterPath, diagnostics);
    if (!checklist || diagnostics.hasErrors) throw new CliError(`${masterPath} has errors (above): fix them, then run this again`, 1);
    return { checklist, side: { workingTree: true } };
  }
  const revision = await masterAt(location, rev);
  if (older && revision.sameVersion) sameVersionWarning(location, rev, revision.commit, revision.sameVersion, older, diagnostics);
  const own = new Diagnostics();
  const checklist = parseChecklistFiles(checklistIdOfPath(masterPath), revision.files, own);
  if (!own.hasErrors) return { checklist, side: { commit: revision.commit, asked: rev } };
  // A version in git is history no one edits: its warnings are left out, its errors (which stop
  // the comparison) are shown, at their place in the file, the version named in the text.
  const at = versionLabel(rev, checklist.meta.version);
  for (const message of own.messages.filter((entry) => entry.fatal === true)) {
    diagnostics.error(message.file ?? '', { line: message.line ?? 1, column: message.column ?? 1 }, `(in ${at}) ${message.reason}`, message.ruleId ?? 'error');
  }
  throw new CliError(`The master at ${rev} has errors (above) and cannot be compared`, 1);
}

/**
 * A version committed again with other text (work after a release kept its number): REV reads
 * the newest of those commits, so what changed between the release and it is named nowhere,
 * and an answer given against the release is never marked for its review.
 */
function sameVersionWarning(location: GitLocation, rev: string, commit: string, run: SameVersion, older: 'from' | 'file', diagnostics: Diagnostics): void {
  const oldest = run.oldest.slice(0, 12);
  diagnostics.warning(
    location.shown,
    undefined,
    `Version ${rev} is in ${run.commits} commits of the master one after the other, which differ: "${rev}" reads the newest (${commit.slice(0, 12)}), so what the commits since the first (${oldest}) changed is not compared, and no answer${older === 'file' ? ' this file gives' : ''} is marked for its review. ${older === 'file' ? 'Look at those items by hand' : `If the deployments were answered against the first, name it: --from ${oldest} (or a tag on it)`}; and give each change after a release a new version`,
    'version-commits',
  );
}

/** How a message names a version from git: "version 2.0", or "version 2.0 at release-2". */
function versionLabel(rev: string, version: string): string {
  if (version === '' || version === rev) return `version ${rev}`;
  return `version ${version} at ${rev}`;
}

/**
 * The newer version, knowing the renames and retirements of every version in between; a lineage
 * note of it that names no item of those versions, or an item with the title another one had, is a
 * warning in `diagnostics` (lineage-notes.ts, moved-titles.ts).
 */
export async function withLineage(masterPath: string, location: GitLocation, from: LoadedVersion, to: LoadedVersion, diagnostics: Diagnostics): Promise<LoadedVersion> {
  if (!('commit' in from.side) || from === to) return to;
  const toCommit = 'commit' in to.side ? to.side.commit : 'HEAD';
  const between = await versionsBetween(location, masterPath, from.side.commit, toCommit);
  // The newer version itself is already loaded (from the working tree, or at its commit).
  const earlier = 'commit' in to.side ? between.slice(0, -1) : between;
  const checklist = foldLineage(earlier, to.checklist);
  const found = new Diagnostics();
  reportStrayLineage(from.checklist, earlier, to.checklist, found);
  reportMovedTitles(from.checklist, checklist, found);
  // A newer version read from git is at its place in the working tree's file, named, as its errors are.
  const side = to.side;
  const named = 'commit' in side ? `(in ${versionLabel(side.asked, checklist.meta.version)}) ` : '';
  for (const message of found.messages) diagnostics.warning(message.file ?? '', { line: message.line ?? 1, column: message.column ?? 1 }, `${named}${message.reason}`, message.ruleId ?? 'warning');
  return { ...to, checklist };
}

/** Both versions; `to` undefined means the working tree. */
export async function loadVersions(masterPath: string, fromRev: string, toRev: string | undefined, diagnostics: Diagnostics): Promise<{ from: LoadedVersion; to: LoadedVersion }> {
  const location = await locateInGit(masterPath);
  const from = await loadVersion(masterPath, location, fromRev, diagnostics, { older: 'from' });
  const to = await loadVersion(masterPath, location, toRev, diagnostics);
  return { from, to: await withLineage(masterPath, location, from, to, diagnostics) };
}
