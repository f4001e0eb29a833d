/**
 * Rewrites a file the user owns (a deployment `import` or `upgrade` edits) the way an editor
 * that saves safely does: through a symbolic link to its target, so the link stays a link;
 * with the target's mode, and its owner and group where the process may set them (a deployment
 * of mode 600 holds customer contacts); whole or not at all, as a temporary file beside the
 * target renamed over it. A failure is one line naming the file, which is left as it was.
 */
import type { Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { CliError } from '../cli/errors.js';
import { displayPath } from '../content/read-sources.js';
import { describeFsError } from './preflight.js';
import { replaceThrough } from './write-atomic.js';

export async function rewriteInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const failed = (why: string, cause?: unknown) => new CliError(`Could not write ${displayPath(path)}: ${why}; the file is left as it was`, 1, { cause });
  let target: string;
  let before: Stats;
  try {
    target = await realpath(path);
    before = await stat(target);
  } catch (error) {
    throw failed(describeFsError(error), error);
  }
  // A rename would put a file where a pipe or a device was: no editor does that.
  if (!before.isFile()) throw failed('it is not a regular file');
  try {
    await replaceTarget(target, before, data);
  } catch (error) {
    throw failed(describeFsError(error), error);
  }
}

async function replaceTarget(target: string, before: Stats, data: string | Uint8Array): Promise<void> {
  const mode = before.mode & 0o7777;
  await replaceThrough(target, async (temporary) => {
    // Created with no access for others: the customer's data never sits in a readable file.
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await keepOwner(handle, before.uid, before.gid);
      await handle.chmod(mode); // after chown, which may clear set-user-ID and set-group-ID bits
      await handle.datasync(); // the data is on disk before the rename makes it the file
    } finally {
      await handle.close();
    }
  });
}

/** The old owner and group, or the group alone, or neither: what this process is allowed to set. */
async function keepOwner(handle: FileHandle, uid: number, gid: number): Promise<void> {
  const now = await handle.stat();
  if (now.uid === uid && now.gid === gid) return;
  const denied = (error: unknown) => ['EPERM', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '');
  try {
    await handle.chown(uid, gid);
  } catch (error) {
    if (!denied(error)) throw error;
    await handle.chown(-1, gid).catch((again: unknown) => {
      if (!denied(again)) throw again;
    });
  }
}
