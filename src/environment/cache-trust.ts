/**
 * Whether the cache folder may hold code the tool runs (the DOCX layout, render/docx/layout-cache.ts).
 * Another user who can write to it (`CHECKLIST_CACHE=/tmp/shared`, a folder writable by its
 * group) could put code there that every build runs. So, as ssh and gpg treat their own files,
 * code is run only from a folder and a file that this user owns and nobody else can write; the
 * tool makes its folders so (0700) and writes its entries so (0600). Windows has no uid: there
 * nothing is checked, as before.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

/** Write permission for the group and for others. */
const OTHERS_WRITE = 0o022;

/** Why a folder must not hold code the tool runs, and what to do about it. */
export interface Untrusted {
  /** `The cache folder … can be written by its group (mode 775)`. */
  why: string;
  /** A sentence: `Run …, or set CHECKLIST_CACHE …`. */
  fix: string;
}

/**
 * Why `dir` must not hold code the tool runs, or undefined: a folder of this user's that only
 * they can write, one not made yet (it is made so), or a system without uids.
 */
export function untrustedFolder(dir: string): Untrusted | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  let stats: Stats;
  try {
    stats = statSync(dir);
  } catch {
    return undefined;
  }
  const elsewhere = 'set CHECKLIST_CACHE to a folder of your own';
  if (stats.uid !== uid) {
    return { why: `The cache folder ${dir} belongs to another user (uid ${stats.uid})`, fix: `Remove it (it is made again, for you alone), or ${elsewhere}.` };
  }
  if ((stats.mode & OTHERS_WRITE) !== 0) {
    const who = (stats.mode & OTHERS_WRITE) === OTHERS_WRITE ? 'its group and others' : (stats.mode & 0o020) !== 0 ? 'its group' : 'others';
    return { why: `The cache folder ${dir} can be written by ${who} (mode ${(stats.mode & 0o7777).toString(8)})`, fix: `Run \`chmod go-w ${dir}\`, or ${elsewhere}.` };
  }
  return undefined;
}

/**
 * An entry's bytes where only this user can have written them: a regular file (not a symlink)
 * that they own and that neither its group nor others can write. Undefined otherwise, as for a
 * missing entry. Checked on the open file, so it cannot be swapped between the check and the read.
 */
export function readOwnEntry(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    const uid = process.getuid?.();
    const own = uid === undefined || (stats.uid === uid && (stats.mode & OTHERS_WRITE) === 0);
    return stats.isFile() && own ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
