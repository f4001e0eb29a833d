/**
 * The lines docx's layout breaks a paragraph into, remembered by the paragraph's content. The
 * layout remembers them by the paragraph object only, so it breaks the same text again in every
 * item table ("Yes", "No", the same measures), in every deployment of a master and in every
 * run. Remembered by content, a DOCX of the sample is laid out about 0.1 s faster once its
 * master's paragraphs were laid out before (bench/README.md).
 *
 * The key is everything the layout's line breaking reads (layout-patches.ts calls `lines` where
 * the layout would break a paragraph): the paragraph's items, format, tab stops, mark font, list
 * number alignment, legacy numbering and grid, the widths (and the room beside floats) it is
 * broken in, and the document's settings (default tab stop, break rules, hyphenation,
 * compatibility mode, East Asian layout, whether unknown fonts are guessed). It is written
 * exactly: strings quoted, numbers as JavaScript writes them with -0 apart, `undefined` apart
 * from a missing key. A paragraph whose key cannot be written so (a Map, a function, a class
 * instance among its values) or whose items depend on more than themselves (a text box, laid out
 * with the page's spacing rules) is broken by the layout itself, as before. So is every paragraph
 * where the layout measures with fonts the document embeds: the patch passes no settings then.
 *
 * The lines are shared by every paragraph of that content, as the layout already shares one
 * paragraph's lines between its passes: it never changes them.
 */
import { deserialize, serialize } from 'node:v8';
import { writeEntry } from '../../environment/cache-folder.js';
import { readOwnEntry } from '../../environment/cache-trust.js';

/** This module, whose code decides the keys and what a file holds (fast-layout.ts keys the layout cache by it). */
export const LINES_MEMO_MODULE = import.meta.url;

/** What of a paragraph the layout's line breaking reads (docx/layout's paragraph block). */
export interface LaidOutParagraph {
  items: readonly unknown[];
  format?: unknown;
  tabStops?: unknown;
  markFont?: unknown;
  numberAlignment?: unknown;
  numberLegacy?: unknown;
  grid?: unknown;
}

/**
 * Contents remembered in a process at most: past them the memo starts afresh, so that a build of
 * very many documents holds no more (headings' contents bookmarks are named by a counter of the
 * process, so each DOCX adds its headings anew). About 60 MB of keys and lines.
 */
const MAX_REMEMBERED = 100_000;

/** Item types whose measure depends on more than the item (the page's spacing rules). */
const DEPENDENT_ITEMS = new Set(['textBox']);

/**
 * The value written as a key: equal keys for equal plain data (strings, numbers, booleans, null,
 * undefined, arrays, plain objects with their keys in order). Undefined for anything else.
 */
export function contentKey(value: unknown): string | undefined {
  const written = new KeyWriter();
  return written.write(value) ? written.text : undefined;
}

class KeyWriter {
  text = '';

  write(value: unknown): boolean {
    switch (typeof value) {
      case 'string':
        this.text += JSON.stringify(value);
        return true;
      case 'number':
        this.text += Object.is(value, -0) ? '-0' : String(value);
        return true;
      case 'boolean':
        this.text += value ? 't' : 'f';
        return true;
      case 'undefined':
        this.text += 'u';
        return true;
      case 'object':
        return value === null ? ((this.text += 'n'), true) : Array.isArray(value) ? this.array(value) : this.object(value);
      default:
        return false;
    }
  }

  private array(values: readonly unknown[]): boolean {
    this.text += '[';
    for (let index = 0; index < values.length; index++) {
      // A hole reads as undefined but is not one to `in` or a spread's neighbours.
      if (!(index in values)) return false;
      if (index > 0) this.text += ',';
      if (!this.write(values[index])) return false;
    }
    this.text += ']';
    return true;
  }

  private object(value: object): boolean {
    if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length > 0) return false;
    this.text += '{';
    let first = true;
    for (const key of Object.keys(value)) {
      if (!first) this.text += ',';
      first = false;
      this.text += `${JSON.stringify(key)}:`;
      if (!this.write((value as Record<string, unknown>)[key])) return false;
    }
    this.text += '}';
    return true;
  }
}

/** The paragraphs' lines of a process, by content; read from and written to the cache folder by master. */
export class LinesMemo {
  readonly #lines = new Map<string, unknown>();
  /** Keys looked up since `track` was last called, and how many of them were laid out anew. */
  #tracked = new Set<string>();
  #added = 0;
  /** The keys each file held when it was read (once a process). */
  readonly #read = new Map<string, string[]>();
  hits = 0;
  misses = 0;

  /**
   * The lines `layOut` breaks the paragraph into at `widths` under `settings`, laid out once for
   * each content; undefined `settings`: not remembered (the layout measures otherwise).
   */
  lines(paragraph: LaidOutParagraph, widths: string, settings: readonly unknown[] | undefined, layOut: () => unknown): unknown {
    if (settings === undefined || paragraph.items.some((item) => DEPENDENT_ITEMS.has((item as { type?: unknown } | null)?.type as string))) return layOut();
    const { items, format, tabStops, markFont, numberAlignment, numberLegacy, grid } = paragraph;
    const key = contentKey([items, format, tabStops, markFont, numberAlignment, numberLegacy, grid, widths, settings]);
    if (key === undefined) return layOut();
    let lines = this.#lines.get(key);
    if (lines === undefined) {
      lines = layOut();
      if (this.#lines.size >= MAX_REMEMBERED) this.#lines.clear();
      this.#lines.set(key, lines);
      this.#added++;
      this.misses++;
    } else this.hits++;
    this.#tracked.add(key);
    return lines;
  }

  /** Starts counting the keys used anew (a master's render), so that `write` keeps those. */
  track(): void {
    this.#tracked = new Set();
    this.#added = 0;
  }

  /** Adds the lines stored in `path` (once a process); a file that cannot be read adds nothing. */
  async read(path: string): Promise<void> {
    if (this.#read.has(path)) return;
    const keys: string[] = [];
    this.#read.set(path, keys);
    try {
      // Only a file no one else can have written (cache-trust.ts): planted lines would move the page numbers.
      const bytes = readOwnEntry(path);
      if (bytes === undefined) return;
      const stored = deserialize(bytes) as unknown;
      if (!Array.isArray(stored)) return;
      for (const entry of stored as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
        keys.push(entry[0]);
        if (!this.#lines.has(entry[0])) this.#lines.set(entry[0], entry[1]);
      }
    } catch {
      // No such file, or one of another format: the lines are laid out anew.
    }
  }

  /**
   * Stores the lines used since `track` in `path`, with at most as many of those it held before
   * (the paragraphs of the master's other levels and versions), the latest first; only when some
   * were laid out anew. `keep`: files of its folder kept (the least recently used go).
   */
  async write(path: string, keep: number): Promise<void> {
    if (this.#added === 0) return;
    this.#added = 0;
    const used = [...this.#tracked];
    const others = (this.#read.get(path) ?? []).filter((key) => !this.#tracked.has(key)).slice(0, used.length);
    try {
      const entries = [...used, ...others].flatMap((key) => (this.#lines.has(key) ? [[key, this.#lines.get(key)]] : []));
      await writeEntry(path, serialize(entries), keep);
    } catch {
      // Lines that cannot be cloned (the layout changed what it gives) are not stored.
    }
  }
}
