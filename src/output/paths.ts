/**
 * Output paths: `OUT/<deployment-stem>/<checklist-id>-<version>[-annex].<ext>`. Every part that
 * comes from user data is reduced to a safe file name, and the result must stay inside OUT.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';

/** Letters, digits, `.`, `_` and `-` only; never empty, never `.` or `..`, no leading dot. */
export function safeFileName(value: string): string {
  const cleaned = value
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
  return cleaned === '' ? 'unnamed' : cleaned.slice(0, 120);
}

export function outputPath(outDir: string, folder: string, checklistId: string, version: string, variant: 'full' | 'annex', extension: string): string {
  const name = `${safeFileName(checklistId)}-${safeFileName(version)}${variant === 'annex' ? '-annex' : ''}.${extension}`;
  const path = join(outDir, safeFileName(folder), name);
  const inside = relative(resolve(outDir), resolve(path));
  if (inside.startsWith('..') || isAbsolute(inside)) throw new CliError(`Refusing to write outside ${outDir}: ${path}`, 1);
  return path;
}
