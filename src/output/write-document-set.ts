/**
 * Writes one deployment's rendered files as a set; a failure of the disk is one line naming
 * the folder and the cause, and saying the previous outputs were kept.
 */
import { dirname, relative } from 'node:path';
import { CliError } from '../cli/errors.js';
import { describeFsError } from './preflight.js';
import { writeFileSet, type OutputFile } from './write-set.js';

/** A rendered file and how long its rendering took. */
export interface RenderedFile extends OutputFile {
  ms: number;
}

export async function writeDocumentSet(files: readonly RenderedFile[]): Promise<void> {
  try {
    await writeFileSet(files);
  } catch (error) {
    const folder = relative(process.cwd(), dirname(files[0]?.path ?? '.'));
    throw new CliError(`Could not write the outputs in ${folder}/: ${describeFsError(error)}; its previous files are kept`, 1, { cause: error });
  }
}
