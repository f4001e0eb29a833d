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
  /** Whether it has an Executed row (told once its rows are read). */
  executed: boolean;
}

const samePlace = (a: SourcePlace, b: SourcePlace) => a.file === b.file && a.line === b.line && a.column === b.column;

export class WrittenIds {
  readonly #tables: WrittenTable[] = [];
  readonly #first = new Map<string, WrittenTable>();

  note(id: string, place: SourcePlace, header: string): void {
    const table = { id, place, header: header.replace(/\s+/g, ' ').trim(), executed: false };
    this.#tables.push(table);
    if (!this.#first.has(id)) this.#first.set(id, table);
  }

  /** The table at `place` has an Executed row. */
  noteExecuted(place: SourcePlace): void {
    const table = this.#tables.find((candidate) => samePlace(candidate.place, place));
    if (table !== undefined) table.executed = true;
  }

  /**
   * Whether the table at `place` is one part of a table split by a page break (`continued`) whose
   * other part has the Executed row: joined, as duplicate-id says, the item has one.
   */
  executedInOtherPart(place: SourcePlace): boolean {
    const index = this.#tables.findIndex((table) => samePlace(table.place, place));
    if (index < 0) return false;
    const [before, table, after] = [this.#tables[index - 1], this.#tables[index]!, this.#tables[index + 1]];
    return (before !== undefined && sameTable(before, table) && before.executed) || (after !== undefined && sameTable(table, after) && after.executed);
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
    return index > 0 && sameTable(this.#tables[index - 1]!, this.#tables[index]!) ? this.#tables[index - 1]!.place : undefined;
  }
}

/** Two tables in a row are one split by a page break where the second repeats the first's header, in the same file. */
function sameTable(before: WrittenTable, after: WrittenTable): boolean {
  return before.header === after.header && before.place.file === after.place.file;
}
