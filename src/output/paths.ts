/**
 * Output paths: `OUT/<deployment-stem>/<checklist-id>-<version>[-annex].<ext>`. Every part that
 * comes from data is a safe file name (see file-name.ts), and the result must stay inside OUT.
 */
import { join, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import { safeFileName } from './file-name.js';
import { isInside } from './inside-root.js';

export { safeFileName } from './file-name.js';

/** The folder name of a deployment (its file stem) or of `blank`; '' when none is usable. */
export function outputFolderName(stem: string): string {
  return safeFileName(stem);
}

export function outputPath(outDir: string, folder: string, checklistId: string, version: string, variant: 'full' | 'annex', extension: string, suffix = ''): string {
  // The folder was checked (checkOutputFolders); ID and version come from a master that parsed.
  const part = (value: string) => safeFileName(value) || 'unnamed';
  const name = `${part(checklistId)}-${part(version)}${variant === 'annex' ? '-annex' : ''}${suffix}.${extension}`;
  const path = join(outDir, part(folder), name);
  if (!isInside(resolve(outDir), resolve(path))) throw new CliError(`Refusing to write outside ${outDir}: ${path}`, 1);
  return path;
}
