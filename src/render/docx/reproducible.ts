/**
 * Same view, same bytes. docx stamps `dcterms:created`/`modified` with the clock, takes bookmark
 * ids (and the `_Toc` names of TOC entries) and drawing ids from counters shared by the whole
 * process, gives external links random relationship ids, and zips with the current time. Each
 * of those is put back to a value that depends on the document alone, and the archive is
 * written again.
 */
import type { PackageFiles } from './package-files.js';
import { hasBlankPageNumber, withoutUpdatePrompt } from './update-prompt.js';
import { writeZip } from './zip.js';

const utf8 = new TextDecoder();
const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Numbers in order of first appearance: 1, 2, 3 … whatever the counter had reached. `seen`: the
 * numbers given so far, where one numbering runs across several parts.
 */
function renumber(xml: string, pattern: RegExp, seen = new Map<string, number>()): string {
  return xml.replace(pattern, (_match, before: string, value: string, after: string) => {
    let n = seen.get(value);
    if (n === undefined) seen.set(value, (n = seen.size + 1));
    return `${before}${n}${after}`;
  });
}

/** docx's random relationship ids (`rId` + 21 characters of nanoid) → `rIdLink1`, `rIdLink2` … */
function relationshipIds(parts: Map<string, string>): void {
  const random = /rId([A-Za-z0-9_-]{21})(?=")/g;
  const names = new Map<string, string>();
  for (const [path, xml] of parts) {
    if (!path.endsWith('.rels')) continue;
    for (const match of xml.matchAll(random)) {
      if (!names.has(match[1]!)) names.set(match[1]!, `rIdLink${names.size + 1}`);
    }
  }
  if (names.size === 0) return;
  for (const [path, xml] of parts) parts.set(path, xml.replace(random, (m, id: string) => names.get(id) ?? m));
}

function fixDates(core: string, isoDay: string): string {
  const stamp = `${isoDay}T00:00:00Z`;
  return core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** The day a render is stamped with: the master's date, or the DOS epoch if it is not a date. */
function dayOf(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(Date.parse(isoDate)) ? isoDate : '1980-01-01';
}

/** Entry order: `[Content_Types].xml` first (as OPC readers expect), then by name. */
const order = (a: string, b: string) =>
  a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0;

export interface ReproducibleOptions {
  /**
   * Keep Word's "update the fields?" prompt (settings' `updateFields`). When false it is taken
   * out, unless a TOC page number was left blank.
   */
  updatePrompt?: boolean;
}

/** The package's files (package-files.ts) as the DOCX file of the view. */
export function reproducible(files: PackageFiles, isoDate: string, options: ReproducibleOptions = {}): Uint8Array {
  const day = dayOf(isoDate);
  const parts = new Map<string, string>();
  // Text as the bytes a zip gives it would decode to (a leading byte order mark dropped).
  for (const [path, data] of files) if (/\.(xml|rels)$/.test(path)) parts.set(path, typeof data === 'string' ? data.replace(/^\uFEFF/, '') : utf8.decode(data));

  // A drawing's id (the logo's) is unique in the document, across its parts: one numbering.
  const drawings = new Map<string, number>();
  for (const path of [...parts.keys()].sort()) {
    if (!path.startsWith('word/')) continue;
    let fixed = renumber(parts.get(path)!, /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g);
    // TOC entry bookmarks: their names, the entries' anchors and PAGEREF fields name them alike.
    fixed = renumber(fixed, /((?:w:name="|w:anchor="|<w:instrText xml:space="preserve">PAGEREF )_Toc)(\d+)(\b)/g);
    fixed = renumber(fixed, /(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g, drawings);
    parts.set(path, fixed);
  }
  relationshipIds(parts);
  const settings = parts.get('word/settings.xml');
  if (settings !== undefined && options.updatePrompt === false && !hasBlankPageNumber(parts.get('word/document.xml') ?? '')) {
    parts.set('word/settings.xml', withoutUpdatePrompt(settings));
  }
  const core = parts.get('docProps/core.xml');
  if (core !== undefined) parts.set('docProps/core.xml', fixDates(core, day));

  const bytes = (name: string) => {
    const data = parts.get(name) ?? files.get(name)!;
    return typeof data === 'string' ? encode(data) : data;
  };
  const names = [...files.keys()].sort(order);
  return writeZip(
    names.map((name) => [name, bytes(name)] as const),
    new Date(`${day}T00:00:00Z`),
  );
}
