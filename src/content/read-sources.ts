/**
 * Reads a master checklist from disk: one `<id>.md` file, or a folder whose `.md` files are
 * taken in code-point order. Each file is parsed on its own (parse-files.ts), so every message
 * names the file and the line it came from.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { decodeUtf8, notUtf8Reason } from '../diagnostics/decode-utf8.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { activeLimits, overLimit } from '../limits/limits.js';
import { NotAFileError, notAFileText, readInputFile } from '../limits/input-file.js';
import { staysInside } from '../output/inside-root.js';
import { isEditorFile } from './editor-files.js';

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
  // A folder named like a chapter (`09-extra.md/`) is not read (reportUnreadFiles names it).
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.md') && !isEditorFile(entry.name)).map((entry) => entry.name);
  return names.sort(byCodePoint).map((name) => join(path, name));
}

/** Decodes UTF-8 strictly; reports the line and column of the first invalid byte. */
function decodeUtf8Text(bytes: Uint8Array, path: string, diagnostics: Diagnostics): string | null {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  diagnostics.error(path, decoded.invalidAt, notUtf8Reason(decoded), 'encoding');
  return null;
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
  await reportUnreadFiles(path, paths, diagnostics);
  reportNumberedOrder(paths, diagnostics);
  if (!(await withinMasterSize(path, paths, diagnostics))) return null;
  for (const filePath of paths) {
    const shown = displayPath(filePath);
    if (!(await staysInside(path, filePath))) {
      diagnostics.error(shown, undefined, `A link to a place outside ${displayPath(path)}: a checklist's files must live in its folder`, 'path-escape');
      usable = false;
      continue;
    }
    const bytes = await readInputFile(filePath).catch((error: unknown) => {
      if (!(error instanceof NotAFileError)) throw error;
      const fix = filePath === path ? "name a master's .md file or its folder" : "a master's chapters are .md files";
      diagnostics.error(shown, undefined, `This ${notAFileText(error.kind)}: ${fix}`, 'read');
      return null;
    });
    const decoded = bytes === null ? null : decodeUtf8Text(bytes, shown, diagnostics);
    if (decoded === null) {
      usable = false;
      continue;
    }
    files.push({ path: shown, text: decoded });
  }
  if (!usable) return null;
  return { defaultId: checklistIdOfPath(path), files };
}

/** A master's ID where its front matter gives none: its file's name without `.md`, or its folder's. */
export function checklistIdOfPath(path: string): string {
  return basename(path).replace(/\.md$/, '');
}

/** A chapter file's leading number (`06-addendum.md`: "06"). */
interface Numbered {
  file: string;
  digits: string;
  value: number;
}

const leadingNumber = /^(\d+)(?=\D)/;

/**
 * Numbered chapter files whose numbers differ in width (`6-addendum.md` beside `07-references.md`):
 * files are read in the order of their names as text, where `6-` comes after `07-`, so a
 * chapter moved in the document. Each file read out of its number's place is named.
 */
function reportNumberedOrder(paths: readonly string[], diagnostics: Diagnostics): void {
  const numbered = paths.flatMap((file): Numbered[] => {
    const digits = leadingNumber.exec(basename(file))?.[1];
    return digits === undefined ? [] : [{ file, digits, value: Number(digits) }];
  });
  reportPrefixedNumbers(paths, numbered.length, diagnostics);
  const width = Math.max(...numbered.map((entry) => entry.digits.length));
  // A narrower number can only sort after a wider, higher one (`6-` after `07-`, `2-` after
  // `10-`): the highest number read so far says whether this one is out of place.
  let highest: Numbered | undefined;
  for (const entry of numbered) {
    if (entry.digits.length < width && highest !== undefined && highest.value > entry.value) {
      const name = basename(entry.file);
      const padded = entry.digits.padStart(width, '0') + name.slice(entry.digits.length);
      diagnostics.warning(
        displayPath(entry.file),
        undefined,
        `This chapter is read after ${basename(highest.file)}: files are read in the order of their names as text, where "${entry.digits}" comes after "${highest.digits}"; give the numbers one width, "${padded}"`,
        'file-order',
      );
    }
    if (highest === undefined || entry.value > highest.value) highest = entry;
  }
}

/** A chapter number behind a mark (`_03-interfaces.md`, `-03-…`): sorted by the mark, not the number. */
const markedNumber = /^[^\p{L}\p{N}]+(?=\d+\D)/u;

/**
 * `_03-interfaces.md` beside `02-…` and `04-…`: the `_` sorts after every digit (a `.` or a space
 * before them), so the chapter is read elsewhere than its number says, and every chapter after it
 * is renumbered.
 */
function reportPrefixedNumbers(paths: readonly string[], numberedCount: number, diagnostics: Diagnostics): void {
  if (numberedCount === 0) return;
  paths.forEach((file, index) => {
    const name = basename(file);
    const mark = markedNumber.exec(name)?.[0];
    if (mark === undefined) return;
    const where = index === 0 ? 'first' : `after ${basename(paths[index - 1]!)}`;
    diagnostics.warning(
      displayPath(file),
      undefined,
      `This chapter is read ${where}: files are read in the order of their names as text, and "${mark}" before its number sorts it by that mark, not by the number; write "${name.slice(mark.length)}"`,
      'file-order',
    );
  });
}

/** A master over the size limit is not read: the error names the file that passes the limit. */
async function withinMasterSize(path: string, paths: readonly string[], diagnostics: Diagnostics): Promise<boolean> {
  const limit = activeLimits().master;
  let total = 0;
  // A file that cannot be read counts nothing here: reading it reports why.
  for (const filePath of paths) total += (await stat(filePath).catch(() => ({ size: 0 }))).size;
  if (total <= limit) return true;
  diagnostics.error(displayPath(paths.length === 1 ? paths[0]! : path), undefined, overLimit('master', total), 'limit-master');
  return false;
}

/**
 * A name that says Markdown but is not read as a part of the master: `.MD`, `.markdown`, `.md.bak`,
 * `x.md ` (a trailing space), MDX's `.mdx` and MultiMarkdown's `.mmd`.
 */
const markdownLike = /\.(md|markdown|mdown|mkdn|mkd|mdwn|mdx|mmd)(\W|$)/i;

/** A plain-text name (`04-annex.txt`): unread Markdown when its text has a heading or an item table. */
const textName = /\.(txt|text)$/i;

/** A heading (`# Annex`) or an item table's header (`| CL-…`) at a line's start. */
const markdownText = /^(#{1,6} \S|\|\s*CL-)/m;

/** Whether a plain-text file holds a chapter: its first 64 KB read for a heading or an item table. */
async function holdsMarkdown(full: string): Promise<boolean> {
  const head = await readFile(full).then((bytes) => bytes.subarray(0, 65536).toString('utf8')).catch(() => '');
  return markdownText.test(head);
}

/**
 * Markdown in a folder master that is not read: a file whose name does not end in exactly `.md`,
 * or `.md` files in a subfolder. Renamed or moved by mistake, its chapter would be missing from
 * every document; set aside on purpose (`.md.bak`), the warning says it is.
 */
async function reportUnreadFiles(path: string, read: readonly string[], diagnostics: Diagnostics): Promise<void> {
  if (!(await stat(path)).isDirectory()) return;
  const taken = new Set(read);
  for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    // A name without an extension (`07-references`) is a chapter whose `.md` was lost too.
    const noExtension = !entry.name.startsWith('.') && !entry.name.includes('.');
    if (entry.isDirectory() && entry.parentPath === path && entry.name.endsWith('.md')) {
      diagnostics.warning(displayPath(full), undefined, 'This is a folder, not a .md file, so it is no chapter of the checklist: only the .md files at the top of the folder are read', 'unread-file');
      continue;
    }
    if (!entry.isFile() || taken.has(full)) continue;
    if (isEditorFile(entry.name)) {
      reportOrphanBackup(full, taken, diagnostics);
      continue;
    }
    if (!(markdownLike.test(entry.name) || noExtension || (textName.test(entry.name) && (await holdsMarkdown(full))))) continue;
    const why = entry.parentPath !== path ? 'it is in a subfolder, and only the .md files at the top of the folder are read' : 'only files whose names end in exactly .md are read';
    diagnostics.warning(displayPath(full), undefined, `This file is not part of the checklist, so its text is in no document: ${why}; rename or move it if it should be`, 'unread-file');
  }
}

/**
 * `05-administration.md~` without `05-administration.md`: an editor's backup is quiet while its
 * chapter is there; alone, it is the chapter renamed or its file lost, and the chapter is missing
 * from every document.
 */
function reportOrphanBackup(full: string, taken: ReadonlySet<string>, diagnostics: Diagnostics): void {
  const original = full.replace(/~+$/, '');
  if (original === full || !original.endsWith('.md') || taken.has(original)) return;
  diagnostics.warning(displayPath(full), undefined, `This is an editor's backup of ${basename(original)}, which is not in the folder, so its chapter is in no document: rename it to ${basename(original)} if it should be, or delete it`, 'unread-file');
}
