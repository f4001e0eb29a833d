/**
 * Output paths: `OUT/<deployment-stem>/<checklist-id>-<version>[-<level>][-annex|-offer].<ext>`. Every part that
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

/**
 * The level in an output name: only when it is not the deployment's own (`--level`, or a blank
 * checklist at a level), so a build at a second level never overwrites the first.
 */
export function levelInName(level: { chosen: string | null; ownLevel?: string | null }): string {
  return level.chosen !== null && level.chosen !== (level.ownLevel ?? null) ? level.chosen : '';
}

/** `OUT/<folder>/<id>-<version>[-<level>][-annex|-offer][<suffix>].<ext>` (suffix: a format's own, `-form`). */
export function outputPath(
  outDir: string,
  folder: string,
  checklistId: string,
  version: string,
  variant: 'full' | 'annex' | 'offer',
  extension: string,
  suffix = '',
  level = '',
): string {
  // The folder was checked (checkOutputFolders); ID and version come from a master that parsed.
  const part = (value: string) => safeFileName(value) || 'unnamed';
  const levelPart = level === '' ? '' : `-${part(level)}`;
  const name = `${part(checklistId)}-${part(version)}${levelPart}${variant === 'full' ? '' : `-${variant}`}${suffix}.${extension}`;
  const path = join(outDir, part(folder), name);
  if (!isInside(resolve(outDir), resolve(path))) throw new CliError(`Refusing to write outside ${outDir}: ${path}`, 1);
  return path;
}
