/**
 * Writes one deployment's rendered files as a set; a failure of the disk is one line naming
 * the folder and the cause, and saying the previous outputs were kept. A failure of that folder
 * alone (a folder where a file should be, no permission) is the deployment's: the build goes on
 * with the others. A full, read-only or failing disk would fail them all: the build stops.
 */
import { dirname, relative } from 'node:path';
import { CliError, DocumentFailure } from '../cli/errors.js';
import { describeFsError } from './preflight.js';
import { writeFileSet, type OutputFile } from './write-set.js';

/** A rendered file and how long its rendering took. */
export interface RenderedFile extends OutputFile {
  ms: number;
}

/** Errors of the disk, not of one folder: every other deployment would fail alike. */
const WHOLE_DISK = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

export async function writeDocumentSet(files: readonly RenderedFile[]): Promise<void> {
  try {
    await writeFileSet(files);
  } catch (error) {
    const folder = relative(process.cwd(), dirname(files[0]?.path ?? '.'));
    const message = `Could not write the outputs in ${folder}/: ${describeFsError(error)}; its previous files are kept`;
    if (WHOLE_DISK.has((error as NodeJS.ErrnoException).code ?? '')) throw new CliError(message, 1, { cause: error });
    throw new DocumentFailure(message, { cause: error });
  }
}
