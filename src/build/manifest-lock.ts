/**
 * A lock around the read, merge and write of the build manifest. Two builds into one `--out`
 * (CI jobs on a shared folder, a build started twice) each read the manifest as they start and
 * write it as they end: without the lock the one to write last drops the records of the
 * other's outputs, which the next build makes again. The lock is a file made exclusively
 * beside the manifest and held for the milliseconds a write takes; one left behind by a process
 * killed while it held it is taken over once it is older than `STALE_MS`.
 */
import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { pendingTemporaryFiles } from '../output/write-atomic.js';

/** Far longer than a write of the manifest takes, even on a slow shared disk. */
export const STALE_MS = 10_000;
const RETRY_MS = 25;

/** Runs `work` holding the lock of `path` (`path.lock`). */
export async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const held = await acquire(lock);
  try {
    return await work();
  } finally {
    if (held) {
      await rm(lock, { force: true });
      pendingTemporaryFiles.delete(lock);
    }
  }
}

/**
 * Waits for the lock and takes it; false where no lock can be made (a folder that cannot be
 * written, whose write of the manifest then says why): the work runs without it, as before.
 */
async function acquire(lock: string): Promise<boolean> {
  for (;;) {
    try {
      await (await open(lock, 'wx')).close();
      // Removed with the temporary files when a signal ends the build.
      pendingTemporaryFiles.add(lock);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
    const made = await stat(lock).then((info) => info.mtimeMs, () => undefined);
    if (made !== undefined && Date.now() - made > STALE_MS) await rm(lock, { force: true });
    else await sleep(RETRY_MS);
  }
}
