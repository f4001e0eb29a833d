/**
 * A parse read back from the cache of parsed masters (master-cache.ts) in another working folder:
 * its messages and its source places name the files as they were shown where it was parsed
 * (read-sources.ts `displayPath`). These turn them into the names shown from here.
 */
import { isSourcePlace, type Checklist } from '../model/checklist.js';

/** Old shown path to new, file by file. */
export type ShownRenames = ReadonlyMap<string, string>;

/** The renames from the paths a parse was shown with to those of now (the same files, in order); empty when none differs. */
export function shownRenames(then: readonly string[], now: readonly string[]): ShownRenames {
  return new Map(then.flatMap((path, index) => (now[index] !== undefined && now[index] !== path ? [[path, now[index]] as const] : [])));
}

const escaped = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * `text` with each old path it names as a whole (`mini.md:3:1`, "in mini.md,") given its new
 * name; a longer name that holds one (`old-mini.md`, `mini.md.bak`) is left alone.
 */
export function renamedInText(text: string, renames: ShownRenames): string {
  if (renames.size === 0) return text;
  const olds = [...renames.keys()].sort((a, b) => b.length - a.length).map(escaped);
  const named = new RegExp(`(?<![\\w./\\\\-])(?:${olds.join('|')})(?![\\w/\\\\-]|\\.\\w)`, 'g');
  return text.replace(named, (old) => renames.get(old) ?? old);
}

/** Renames, in place, the file of every source place in the parse, and its list of files. */
export function renameSourcePlaces(checklist: Checklist, renames: ShownRenames): void {
  if (renames.size === 0) return;
  checklist.files = checklist.files.map((file) => renames.get(file) ?? file);
  const seen = new Set<object>();
  // Places sit at any depth (items, rows, cells, retired entries): walk the plain data.
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) return value.forEach(visit);
    if (Array.isArray(value)) return value.forEach(visit);
    if (isSourcePlace(value)) value.file = renames.get(value.file) ?? value.file;
    for (const item of Object.values(value)) visit(item);
  };
  visit(checklist);
}
