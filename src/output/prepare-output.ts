/**
 * Everything about the place a build writes to, checked before the first document renders:
 * `--out` outside the sources, a usable output disk and temporary folder, and each deployment's
 * folder inside `--out` (no link leading out). Returns nothing; throws a one-line CliError.
 */
import { CliError } from '../cli/errors.js';
import { checkOutputFolder, checkOutDir, type SourceRoot } from './out-dir.js';
import { outputFolderName } from './paths.js';
import { checkOutputDisk, checkTemporaryFolder } from './preflight.js';

export type { SourceRoot } from './out-dir.js';

/** Wrong usage (exit 2) before any input is read: `--out` inside `--content` or `--templates`. */
export { checkOutDir } from './out-dir.js';

export interface OutputTarget {
  outDir: string;
  roots: readonly SourceRoot[];
  /** The browser needs the temporary folder (PDF output). */
  needsTemporaryFolder: boolean;
}

/** The environment checks of a build about to write the folders of `stems`. */
export async function prepareOutput(stems: readonly string[], target: OutputTarget): Promise<void> {
  if (target.needsTemporaryFolder) await checkTemporaryFolder();
  await checkOutputDisk(target.outDir);
  for (const stem of new Set(stems)) {
    const name = outputFolderName(stem);
    if (name === '') throw new CliError(`No usable output folder name for "${stem}"`, 1); // checked with the inputs
    await checkOutputFolder(target.outDir, name, target.roots);
  }
}
