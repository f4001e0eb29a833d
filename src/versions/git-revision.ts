/**
 * Versions of a master from git: a REV on the command line is a master `version` (the newest
 * commit whose front matter has it) or any git revision (tag, branch, commit). Reads the
 * master's files as they were at that commit, with real `git`.
 */
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { CliError } from '../cli/errors.js';
import type { SourceFile } from '../content/read-sources.js';

const run = promisify(execFile);

/** A master as it was at one commit. */
export interface MasterRevision {
  /** The full commit hash. */
  commit: string;
  /** What the user asked for ("1.0", "v2", "HEAD~1"), for messages and titles. */
  asked: string;
  /** The master's Markdown files at that commit, in code-point order, shown as `REV:path`. */
  files: SourceFile[];
}

/** Where the master lives in its git repository. */
export interface GitLocation {
  root: string;
  /** The master's path relative to the root, with `/` separators. */
  path: string;
  isFolder: boolean;
}

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError('git is not installed: diff and upgrade read the versions of a master from git', 1, { cause: error });
    }
    throw error;
  }
}

/** The git repository holding a master (file or folder); a clear error when there is none. */
export async function locateInGit(masterPath: string): Promise<GitLocation> {
  const real = await realpath(masterPath);
  const isFolder = (await stat(real)).isDirectory();
  let root: string;
  try {
    root = (await git(isFolder ? real : dirname(real), ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${masterPath} is not in a git repository: versions of a master are read from its git history (commit the master, then retry)`, 1);
  }
  return { root, path: relative(root, real).split(sep).join('/'), isFolder };
}

/** The commit a REV names, or null: a master version first, then a git revision. */
export async function resolveRevision(location: GitLocation, rev: string): Promise<string | null> {
  const commits = (await git(location.root, ['log', '--format=%H', '--', location.path])).split('\n').filter(Boolean);
  for (const commit of commits) {
    if (versionOf(await filesAt(location, commit, 1)) === rev) return commit;
  }
  try {
    return (await git(location.root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim() || null;
  } catch {
    return null;
  }
}

/** The master at REV; a clear error when REV is neither a version nor a revision. */
export async function masterAt(location: GitLocation, rev: string): Promise<MasterRevision> {
  const commit = await resolveRevision(location, rev);
  if (!commit) {
    throw new CliError(`No version or git revision "${rev}" for ${location.path}: name a version found in its front matter history (git log -- ${location.path}) or a tag or commit`, 1);
  }
  const files = await filesAt(location, commit);
  if (files.length === 0) throw new CliError(`${location.path} does not exist at ${rev} (commit ${commit.slice(0, 12)})`, 1);
  return { commit, asked: rev, files: files.map((file) => ({ path: `${rev}:${file.path}`, text: file.text })) };
}

/** The master's Markdown files at a commit; none when it did not exist there. */
export async function filesAt(location: GitLocation, commit: string, limit = Infinity): Promise<SourceFile[]> {
  const listed = await git(location.root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', location.path]);
  const paths = listed.split('\0').filter((path) => path !== '' && (location.isFolder ? path.startsWith(`${location.path}/`) && path.endsWith('.md') : path === location.path));
  // Only the folder's own files, not sub-folders: the same rule as reading from disk.
  const own = location.isFolder ? paths.filter((path) => !path.slice(location.path.length + 1).includes('/')) : paths;
  own.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SourceFile[] = [];
  for (const path of own.slice(0, limit)) {
    const text = (await git(location.root, ['show', `${commit}:${path}`])).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    files.push({ path, text });
  }
  return files;
}

/** Commits that touched the master after `from`, up to and including `to`, oldest first. */
export async function commitsBetween(location: GitLocation, from: string, to: string): Promise<string[]> {
  const listed = await git(location.root, ['log', '--reverse', '--format=%H', `${from}..${to}`, '--', location.path]);
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
