/**
 * Versions of a master from git: a REV on the command line is a master `version` (the newest
 * commit whose front matter has it) or any git revision (tag, branch, commit). Reads the
 * master's files as they were at that commit, with real `git`.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { CliError } from '../cli/errors.js';
import { displayPath, type SourceFile } from '../content/read-sources.js';
import { git, tryGit } from './git-command.js';
import { unknownRevision, whyNoHistory, whyNoRepository } from './git-trouble.js';

/** A master as it was at one commit. */
export interface MasterRevision {
  /** The full commit hash. */
  commit: string;
  /**
   * Where REV was a version that older commits right before this one hold too, with other text
   * (work committed after a release without a new version): the oldest of them and how many.
   */
  sameVersion?: SameVersion;
  /** What the user asked for ("1.0", "v2", "HEAD~1"), for messages and titles. */
  asked: string;
  /** The master's Markdown files at that commit, in code-point order, by the path of each in the working tree. */
  files: SourceFile[];
}

/** Where the master lives in its git repository. */
export interface GitLocation {
  root: string;
  /** The master's path relative to the root, with `/` separators; "" when it is the root (a submodule). */
  path: string;
  isFolder: boolean;
  /** The master's path as messages show it (relative to the working folder). */
  shown: string;
}

/** The git repository holding a master (file or folder); a clear error when there is none. */
export async function locateInGit(masterPath: string): Promise<GitLocation> {
  const real = await realpath(masterPath);
  const isFolder = (await stat(real)).isDirectory();
  const shown = displayPath(masterPath);
  const found = await tryGit(isFolder ? real : dirname(real), ['rev-parse', '--show-toplevel']);
  if (!found.ok) throw new CliError(whyNoRepository(shown, found.reason), 1);
  const root = found.stdout.trim();
  return { root, path: relative(root, real).split(sep).join('/'), isFolder, shown };
}

/** The master's path as a git pathspec: "." for a master that is its repository's root. */
const pathspec = (location: GitLocation) => location.path || '.';

/** Whether the master's files in the working tree differ from its last commit (edited, added, removed, not yet committed). */
export async function hasUncommittedChanges(location: GitLocation): Promise<boolean> {
  const status = await tryGit(location.root, ['status', '--porcelain', '--', pathspec(location)]);
  return status.ok && status.stdout.trim() !== '';
}

/** What the paths of a folder master's files start with in the repository. */
const folderPrefix = (location: GitLocation) => (location.path === '' ? '' : `${location.path}/`);

/** Commits that touched the master, newest first; a clear error when git has no history to give. */
async function commitsOfMaster(location: GitLocation): Promise<string[]> {
  const listed = await tryGit(location.root, ['log', '--format=%H', '--', pathspec(location)]);
  if (!listed.ok) throw new CliError(await whyNoHistory(location, listed.reason), 1);
  return listed.stdout.split('\n').filter(Boolean);
}

/**
 * The commit a REV names, a master version first, then a git revision; when none, the versions
 * the commits of the master hold (newest first), read on the way, for the message. `run`: also
 * the commits right before it that hold the same version (read only where asked: one git call each).
 */
export async function resolveRevision(location: GitLocation, rev: string, { run = false } = {}): Promise<{ commit: string; run?: string[] } | { versions: string[]; commits: number }> {
  const commits = await commitsOfMaster(location);
  const versions: string[] = [];
  for (const [index, commit] of commits.entries()) {
    const version = versionOf(await filesAt(location, commit, 1));
    if (version === rev) return run ? { commit, run: await sameVersionRun(location, commits.slice(index), rev) } : { commit };
    if (version !== undefined && !versions.includes(version)) versions.push(version);
  }
  // A REV starting with "-" would be read by git as an option: it is no revision.
  if (!rev.startsWith('-')) {
    const named = await tryGit(location.root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    if (named.ok && named.stdout.trim() !== '') return { commit: named.stdout.trim() };
  }
  return { versions, commits: commits.length };
}

/** The commits, newest first from the first, that hold version `rev` one after the other. */
async function sameVersionRun(location: GitLocation, commits: readonly string[], rev: string): Promise<string[]> {
  let end = 1;
  while (end < commits.length && versionOf(await filesAt(location, commits[end]!, 1)) === rev) end++;
  return commits.slice(0, end);
}

/** A version held by several commits whose master differs: the oldest, and how many commits. */
export interface SameVersion {
  oldest: string;
  commits: number;
}

/** The commits of a run, when the master's text at the oldest is not the text at the newest. */
async function differingRun(location: GitLocation, run: readonly string[] | undefined): Promise<SameVersion | undefined> {
  if (run === undefined || run.length < 2) return undefined;
  const oldest = run[run.length - 1]!;
  const [first, last] = await Promise.all([filesAt(location, oldest), filesAt(location, run[0]!)]);
  const same = first.length === last.length && first.every((file, index) => file.path === last[index]?.path && file.text === last[index]?.text);
  return same ? undefined : { oldest, commits: run.length };
}

/** The master at REV; a clear error when REV is neither a version nor a revision. */
export async function masterAt(location: GitLocation, rev: string): Promise<MasterRevision> {
  const found = await resolveRevision(location, rev, { run: true });
  if (!('commit' in found)) throw new CliError(await unknownRevision(location, rev, found.versions, found.commits), 1);
  const { commit } = found;
  const files = await filesAt(location, commit);
  if (files.length === 0) throw new CliError(`${location.shown} does not exist at ${JSON.stringify(rev)} (commit ${commit.slice(0, 12)})`, 1);
  // Each file is named by its path in the working tree, as every message names a file; the
  // version it was read at goes in the message's text (load-version.ts).
  const inWorkingTree = (path: string) => (location.isFolder ? join(location.shown, path.slice(folderPrefix(location).length)) : location.shown);
  const sameVersion = await differingRun(location, found.run);
  return { commit, asked: rev, files: files.map((file) => ({ path: inWorkingTree(file.path), text: file.text })), ...(sameVersion ? { sameVersion } : {}) };
}

/** The master's Markdown files at a commit, by their path in the repository; none when it did not exist there. */
export async function filesAt(location: GitLocation, commit: string, limit = Infinity): Promise<SourceFile[]> {
  const reading = `${location.shown} at commit ${commit.slice(0, 12)}`;
  const listed = await git(location.root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', pathspec(location)], reading);
  const prefix = folderPrefix(location);
  const paths = listed.split('\0').filter((path) => path !== '' && (location.isFolder ? path.startsWith(prefix) && path.endsWith('.md') : path === location.path));
  // Only the folder's own files, not sub-folders: the same rule as reading from disk.
  const own = location.isFolder ? paths.filter((path) => !path.slice(prefix.length).includes('/')) : paths;
  own.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SourceFile[] = [];
  for (const path of own.slice(0, limit)) {
    const text = (await git(location.root, ['show', `${commit}:${path}`], reading)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    files.push({ path, text });
  }
  return files;
}

/** Commits that touched the master after `from`, up to and including `to`, oldest first. */
export async function commitsBetween(location: GitLocation, from: string, to: string): Promise<string[]> {
  const listed = await git(location.root, ['log', '--reverse', '--format=%H', `${from}..${to}`, '--', pathspec(location)], `the history of ${location.shown}`);
  return listed.split('\n').filter(Boolean);
}

/** The front matter `version` of the first file, as written ("2.10" stays "2.10"). */
export function versionOf(files: readonly SourceFile[]): string | undefined {
  const match = /^---\n([\s\S]*?)\n---/.exec(files[0]?.text ?? '');
  if (!match?.[1]) return undefined;
  try {
    const doc = parseDocument(match[1], { schema: 'core' });
    const node = doc.get('version', true) as { source?: string; value?: unknown } | undefined;
    return node === undefined ? undefined : (node.source ?? String(node.value));
  } catch {
    return undefined;
  }
}
