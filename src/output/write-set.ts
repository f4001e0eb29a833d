/**
 * Replaces a deployment's outputs as a set: every file is first written whole to a temporary
 * file in its target folder, and only when all are written are they renamed into place. If a
 * write fails, the temporaries go and the old set stays; if a rename fails, the files already
 * renamed are put back from hard-link backups, so the folder never mixes new and old.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pendingTemporaryFiles } from './write-atomic.js';

/** One file of a set: where it goes and its bytes. */
export interface OutputFile {
  path: string;
  bytes: string | Uint8Array;
}

function temporaryName(path: string, kind: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);
}

/** Writes every file of `files` or none of them; on failure the previous files are kept. */
export async function writeFileSet(files: readonly OutputFile[]): Promise<void> {
  const staged: { path: string; temporary: string; backup?: string }[] = [];
  const track = (file: string) => pendingTemporaryFiles.add(file);
  try {
    for (const { path, bytes } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = temporaryName(path, 'tmp');
      track(temporary);
      staged.push({ path, temporary });
      await writeFile(temporary, bytes, { flag: 'wx' }); // never through a link planted at that name
    }
    for (const entry of staged) {
      const backup = temporaryName(entry.path, 'old');
      // No old file (ENOENT), or a file system without hard links: nothing to put back.
      if (await link(entry.path, backup).then(() => true, () => false)) {
        track(backup);
        entry.backup = backup;
      }
    }
    const renamed: typeof staged = [];
    try {
      for (const entry of staged) {
        await rename(entry.temporary, entry.path);
        renamed.push(entry);
      }
    } catch (error) {
      for (const entry of renamed.reverse()) {
        if (entry.backup) await rename(entry.backup, entry.path).catch(() => undefined);
        else await rm(entry.path, { force: true });
      }
      throw error;
    }
  } finally {
    for (const entry of staged) {
      for (const file of [entry.temporary, entry.backup]) {
        if (file === undefined) continue;
        await rm(file, { force: true });
        pendingTemporaryFiles.delete(file);
      }
    }
  }
}
