/**
 * Writes a file whole or not at all: a temporary file beside the target, then a rename, so a
 * reader (or a crash) never sees half a file and a failed build leaves the old file in place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Temporary files of writes under way, removed if the process is interrupted. */
export const pendingTemporaryFiles = new Set<string>();

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await replaceThrough(path, (temporary) => writeFile(temporary, data));
}

/**
 * Has `fill` write a temporary file beside `path` (a name no other process uses), then renames
 * it over `path`; on any failure the temporary file is removed and `path` is left as it was.
 */
export async function replaceThrough(path: string, fill: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    await fill(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
