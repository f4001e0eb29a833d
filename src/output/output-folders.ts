/**
 * Each deployment's outputs go to a folder of its own, `OUT/<name>/`, named after its file;
 * the blank checklists (`--blank ID`) go to `OUT/blank/`.
 * Two deployments whose names give one folder (`acme gmbh.json` and `acme-gmbh.json`, the NFC
 * and NFD spellings of `müller.json`, `a/x.json` and `b/x.json`, `Acme.json` and `acme.json` on
 * a file system that ignores case) would overwrite each other: that is an error naming both
 * files, found before anything is rendered. A deployment whose name gives the blanks' folder
 * (`blank.json`, `Blank.json`, `blank .json`) is an error too, with `--blank` or without: its
 * files and the blanks would share one folder, and a filled file names its deployment `blank`
 * as a blank's does (import).
 */
import { join } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { collisionKey, safeFileName } from './file-name.js';

/** The folder of the blank checklists, in `--out`. */
export const BLANK_FOLDER = 'blank';

/** Where a document's outputs come from: the file shown in messages and its folder's raw name. */
export interface OutputSource {
  /** The deployment file as shown in messages, or `--blank ID`. */
  file: string;
  /** The deployment file's stem, or `blank`. */
  stem: string;
  /** The blank checklist (`--blank ID`), whose folder is `BLANK_FOLDER`. */
  blank?: boolean;
}

/**
 * Reports every source whose folder name is empty, the blanks' or taken by another; true when
 * all are usable. `outDir`: the folder a build writes to; `check` has none and names `--out`.
 */
export function checkOutputFolders(sources: readonly OutputSource[], outDir: string | undefined, diagnostics: Diagnostics): boolean {
  const byKey = new Map<string, OutputSource[]>();
  let usable = true;
  for (const source of sources) {
    const name = safeFileName(source.stem);
    if (name === '') {
      diagnostics.error(source.file, undefined, `The file name "${source.stem}" has no letter or digit to name its output folder: rename the file`, 'output-name');
      usable = false;
      continue;
    }
    const key = collisionKey(name);
    if (!source.blank && key === BLANK_FOLDER) {
      diagnostics.error(source.file, undefined, `The name "${source.stem}" is taken: its outputs would go to ${shownFolder(outDir, BLANK_FOLDER)}, the blank checklists' folder (--blank ID); rename the file`, 'output-name');
      usable = false;
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), source]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    usable = false;
    const folder = shownFolder(outDir, safeFileName(group[0]?.stem ?? ''));
    for (const source of group) {
      const others = group
        .filter((other) => other !== source)
        .map((other) => (other.stem !== source.stem && other.stem.normalize('NFC') === source.stem.normalize('NFC') ? `${other.file} (the same name in another Unicode form)` : other.file));
      diagnostics.error(source.file, undefined, `Its outputs would go to ${folder}, as those of ${others.join(', ')}: rename one of them`, 'output-collision');
    }
  }
  return usable;
}

/** `dist/acme/`, or `acme/ in --out` where no build names the folder (`check`). */
const shownFolder = (outDir: string | undefined, name: string) => (outDir === undefined ? `${name}/ in --out` : `${join(outDir, name)}/`);
