/**
 * A bug in the tool itself (an error that is neither the user's input nor the environment):
 * one line on stderr saying where to report it and exit code 70 (EX_SOFTWARE), never a stack
 * trace. With CHECKLIST_DEBUG=1 the stack goes to a file the user can attach to the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** sysexits.h EX_SOFTWARE: an internal software error. */
export const INTERNAL_ERROR_EXIT_CODE = 70;

/** Where bugs are reported: package.json's `bugs.url` (the repository's issues). */
export function bugsUrl(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bugs?: { url?: string } | string };
    const url = typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url;
    if (url) return url;
  } catch {
    // a package without its package.json: the words below still say where
  }
  return 'the issues of the checklist repository';
}

/** Prints the one-line report of an unexpected error and returns the exit code. */
export function reportInternalError(error: unknown, stderr: (text: string) => void = (text) => process.stderr.write(text)): number {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = what.split('\n')[0]?.slice(0, 300) ?? '';
  let where: string;
  if (process.env.CHECKLIST_DEBUG === '1') {
    const file = join(tmpdir(), `checklist-debug-${process.pid}.log`);
    try {
      writeFileSync(file, `${error instanceof Error ? (error.stack ?? what) : what}\n`);
      where = `its stack is in ${file}`;
    } catch {
      where = `its stack could not be written to ${file}`;
    }
  } else where = 'run again with CHECKLIST_DEBUG=1 to write its stack to a file';
  stderr(`checklist: internal error (${firstLine}); this is a bug in checklist, please report it at ${bugsUrl()} with the command you ran; ${where}\n`);
  return INTERNAL_ERROR_EXIT_CODE;
}
