/**
 * Why git could not give the versions of a master, in words that say what to do: no
 * repository, a repository git refuses, no commits yet, a REV no commit holds (with the
 * versions that git history does hold), a shallow clone. Each is one line.
 */
import { tryGit } from './git-command.js';
import type { GitLocation } from './git-revision.js';

/** `git rev-parse --show-toplevel` failed for the master at `shown`. */
export function whyNoRepository(shown: string, reason: string): string {
  const dubious = /dubious ownership in repository at '(.*)'/.exec(reason);
  if (dubious) {
    return `${shown}: git refuses its repository ${dubious[1]}, which another user owns: mark it safe (git config --global --add safe.directory ${dubious[1]}), then retry`;
  }
  if (/not a git repository/i.test(reason)) {
    return `${shown} is not in a git repository: versions of a master are read from its git history (commit the master, then retry)`;
  }
  return `${shown}: git cannot open its repository: ${reason}`;
}

/** `git log` of the master failed: most often a repository (or branch) with no commit yet. */
export async function whyNoHistory(location: GitLocation, reason: string): Promise<string> {
  const head = await tryGit(location.root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.ok) return `git could not read the history of ${location.shown} (git log): ${reason}`;
  const refs = await tryGit(location.root, ['for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads', 'refs/tags']);
  if (refs.ok && refs.stdout.trim() !== '') {
    return `${location.shown}: the current branch of its git repository has no commits yet: versions of a master are read from its git history (commit the master, or check out a branch that has it, then retry)`;
  }
  return `${location.shown} is in a git repository with no commits yet: versions of a master are read from its git history (commit the master first, then retry)`;
}

/** Versions shown in a message: the newest ten at most, oldest first. */
function listVersions(newestFirst: readonly string[]): string {
  const shown = newestFirst.slice(0, 10).reverse();
  return `${newestFirst.length > shown.length ? '…, ' : ''}${shown.join(', ')}`;
}

/** No commit has `rev` as the master's version, and git knows no revision of that name. */
export async function unknownRevision(location: GitLocation, rev: string, versions: readonly string[], commits: number): Promise<string> {
  const asked = `No version or git revision ${JSON.stringify(rev)} for ${location.shown}`;
  const held =
    versions.length > 0
      ? `its git history holds version${versions.length === 1 ? '' : 's'} ${listVersions(versions)} (a version only in the front matter's history has no commit to read); name one of them, a tag or a commit`
      : commits > 0
        ? 'none of its commits has a front matter version; name a tag or a commit'
        : 'no commit holds it yet; commit the master, then retry';
  const shallow = await tryGit(location.root, ['rev-parse', '--is-shallow-repository']);
  const partial = shallow.ok && shallow.stdout.trim() === 'true' ? '; this clone is shallow and may lack older commits: fetch them (git fetch --unshallow), then retry' : '';
  return `${asked}: ${held}${partial}`;
}
