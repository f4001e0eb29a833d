/**
 * Reads a master checklist from disk: one `<id>.md` file, or a folder whose `.md` files are
 * taken in code-point order. Each file is parsed on its own (parse-files.ts), so every message
 * names the file and the line it came from.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostics.js';

export interface SourceFile {
  /** Path as shown in messages (relative to the current directory). */
  path: string;
  text: string;
}

export interface ChecklistFiles {
  /** The default ID: the file name without `.md`, or the folder name. */
  defaultId: string;
  /** In reading order (code-point order of the names). */
  files: SourceFile[];
}

/** Paths in messages are relative to the working directory, as editors and CI expect. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

/** Code-point order, as FORMATS.md asks (not the locale's order). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lists the Markdown files of a checklist path (a file or a folder). */
export async function checklistFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => name.endsWith('.md')).sort(byCodePoint);
  return names.map((name) => join(path, name));
}

/**
 * Decodes UTF-8 strictly. On failure reports the first line that is not valid UTF-8
 * (cutting at LF bytes is safe: 0x0A never occurs inside a multi-byte sequence).
 */
function decodeUtf8(bytes: Uint8Array, path: string, diagnostics: Diagnostics): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, index));
        } catch {
          break;
        }
        line++;
        start = index + 1;
      }
    }
    diagnostics.error(path, { line, column: 1 }, 'File is not valid UTF-8: save it as UTF-8', 'encoding');
    return null;
  }
}

/** Reads the files of a checklist; null when any file cannot be used (messages say why). */
export async function readChecklistFiles(path: string, diagnostics: Diagnostics): Promise<ChecklistFiles | null> {
  const paths = await checklistFiles(path);
  const files: SourceFile[] = [];
  let usable = true;
  if (paths.length === 0) {
    diagnostics.error(displayPath(path), undefined, 'Checklist folder holds no .md file', 'empty');
    return null;
  }
  for (const filePath of paths) {
    const shown = displayPath(filePath);
    const decoded = decodeUtf8(await readFile(filePath), shown, diagnostics);
    if (decoded === null) {
      usable = false;
      continue;
    }
    files.push({ path: shown, text: decoded });
  }
  if (!usable) return null;
  return { defaultId: basename(path).replace(/\.md$/, ''), files };
}
