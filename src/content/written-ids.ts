/**
 * Every item table's ID as written, in reading order, kept even where the table had an error of
 * its own and was dropped (no title, nested): a later table with that ID is a duplicate of the
 * first one written, so fixing that one's error does not reveal a duplicate nobody was told of.
 */
import type { SourcePlace } from '../model/checklist.js';

interface WrittenTable {
  id: string;
  place: SourcePlace;
  /** The header row's cells, spaces collapsed: a table continued after a page break repeats it. */
  header: string;
}

const samePlace = (a: SourcePlace, b: SourcePlace) => a.file === b.file && a.line === b.line && a.column === b.column;

export class WrittenIds {
  readonly #tables: WrittenTable[] = [];
  readonly #first = new Map<string, WrittenTable>();

  note(id: string, place: SourcePlace, header: string): void {
    const table = { id, place, header: header.replace(/\s+/g, ' ').trim() };
    this.#tables.push(table);
    if (!this.#first.has(id)) this.#first.set(id, table);
  }

  /** Where `id` was first written, when that is not at `place`. */
  earlier(id: string, place: SourcePlace): SourcePlace | undefined {
    const first = this.#first.get(id)?.place;
    return first === undefined || samePlace(first, place) ? undefined : first;
  }

  /**
   * The table right before the one at `place`, in its file, when it has the same header, ID and
   * title alike: the rows of one table that a page break split, with its header repeated.
   */
  continued(place: SourcePlace): SourcePlace | undefined {
    const index = this.#tables.findIndex((table) => samePlace(table.place, place));
    const [before, table] = [this.#tables[index - 1], this.#tables[index]];
    return before !== undefined && table !== undefined && before.header === table.header && before.place.file === table.place.file ? before.place : undefined;
  }
}
