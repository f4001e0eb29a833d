/**
 * The environment, checked before any document is rendered: a read-only, full or unwritable
 * output disk, or a missing temporary folder, is one line that says what to do, not a stack
 * trace after minutes of work. Nothing is created here: a build that fails leaves no folder.
 */
import { constants } from 'node:fs';
import { access, stat, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import { NotAFileError, notAFileText } from '../limits/input-file.js';

/** Below this much free space a build does not start (a large PDF is a few megabytes). */
export const MIN_FREE_BYTES = 10 * 1024 * 1024;

/** What went wrong with a file operation, in words (`no space left on the disk`). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the disk';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a file stands where a folder should be';
    // mkdir of a folder whose name a file has (a file `dist/acme` where acme's outputs go).
    case 'EEXIST':
      return (error as NodeJS.ErrnoException).syscall === 'mkdir' ? 'a file stands where a folder should be' : (error as Error).message.split('\n')[0]!;
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'a folder stands where the file should be';
    // A FIFO or a device named as an input (src/limits/input-file.ts).
    case 'ENOTREG':
      return error instanceof NotAFileError ? `it ${notAFileText(error.kind)}` : 'it is not a regular file';
    default:
      return (error as Error).message?.split('\n')[0] ?? String(error);
  }
}

/** The folder itself, or the nearest of its parents that exists (where mkdir would start). */
async function nearestExisting(path: string): Promise<string> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(dir), { code: 'ENOTDIR' });
      return dir;
    }
    if (dirname(dir) === dir) return dir;
  }
}

/** `--out` (or where it will be created) must be a writable folder on a disk with room. */
export async function checkOutputDisk(outDir: string): Promise<void> {
  try {
    const dir = await nearestExisting(outDir);
    await access(dir, constants.W_OK);
    const disk = await statfs(dir);
    // A file system of no blocks at all (/proc, /sys) is the kernel's view, not a disk.
    if (disk.blocks === 0) {
      throw new CliError(`Cannot write to --out ${outDir}: ${dir} is on a virtual file system (such as /proc or /sys) that holds no files; choose a folder on a disk`, 1);
    }
    const free = disk.bavail * disk.bsize;
    if (free < MIN_FREE_BYTES) {
      throw new CliError(`Cannot write to --out ${outDir}: only ${(free / 1e6).toFixed(1)} MB free on its disk (at least ${MIN_FREE_BYTES / 1e6} MB needed); free some space`, 1);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot write to --out ${outDir}: ${describeFsError(error)}; choose another folder or fix its permissions`, 1, { cause: error });
  }
}

/** The temporary folder (TMPDIR) must exist and be writable: the browser keeps its profile there. */
export async function checkTemporaryFolder(): Promise<void> {
  const dir = tmpdir();
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error(dir), { code: 'ENOTDIR' });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new CliError(`The temporary folder ${dir} (TMPDIR) cannot be used: ${describeFsError(error)}; create it, or point TMPDIR at a writable folder`, 1, { cause: error });
  }
}
