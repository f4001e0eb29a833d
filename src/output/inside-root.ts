/**
 * Containment by real paths: `..` segments and symbolic links are resolved before a path is
 * compared with its root, so neither `../../secret` nor a link inside the root that leads out
 * of it can make the tool read or write elsewhere.
 */
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';

/** Whether `path` is `root` or below it (both already resolved the same way). */
export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * The real path of `path`, which need not exist yet: the real path of its nearest existing
 * ancestor, with the missing rest appended (what a later `mkdir -p` would create).
 */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const parent = dirname(absolute);
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === absolute) throw error;
    return join(await realPathOf(parent), basename(absolute));
  }
}

/** Whether `path`, links followed, stays inside `root`, links followed. */
export async function staysInside(root: string, path: string): Promise<boolean> {
  const [realRoot, realPath] = await Promise.all([realPathOf(root), realPathOf(path)]);
  return isInside(realRoot, realPath);
}

/**
 * Reads a text file that must lie inside `root` (a templates folder): a link leading out of it
 * is refused with a one-line message rather than followed.
 */
export async function readTextInside(root: string, path: string, what: string): Promise<string> {
  if (!(await staysInside(root, path))) {
    throw new CliError(`${what} ${path} is a link to a place outside ${root}: copy the file into the folder instead`, 1);
  }
  return readFile(path, 'utf8');
}
