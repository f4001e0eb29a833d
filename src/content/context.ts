/** State shared while one checklist's syntax trees are turned into the model. */
import type { Definition } from 'mdast';
import type { Node } from 'unist';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Inline, SourcePlace } from '../model/checklist.js';
import type { ParsedFile } from './parse-files.js';
import type { OptionRow } from './option-near-miss.js';
import { WrittenIds } from './written-ids.js';
import type { CaseLevel } from './level-case.js';

/** An in-document link waiting for every anchor to be known. */
export interface PendingXref {
  node: Extract<Inline, { kind: 'xref' }>;
  /** The link had no text: fill it with the target's number and title. */
  emptyText: boolean;
  place: SourcePlace;
}

export class BuildContext {
  readonly pendingXrefs: PendingXref[] = [];
  /** Footnotes in order of first reference, keyed by file and label (each file is its own document). */
  readonly footnoteNumbers = new Map<string, number>();
  /** Directives met so far, by name: where each was first written. */
  readonly directives = new Map<string, SourcePlace>();
  /** Every item table's ID as written, dropped tables too: what a duplicate ID is a duplicate of. */
  readonly writtenIds = new WrittenIds();
  /** Every row that offers options, for the check of options that look mistyped (option-near-miss.ts). */
  readonly optionRows: OptionRow[] = [];
  /** Each plain table's header row, as text, at its first table with rows: what a lone header repeats (header-only.ts). */
  readonly tableHeaders = new Map<string, SourcePlace>();
  /** Checks that need every table written first (a table continued after a page break comes after its first part). */
  readonly afterTables: Array<() => void> = [];
  /** Level and Target names written in another case than `levels`: reported once, at the end (level-case.ts). */
  readonly caseLevels: CaseLevel[] = [];
  readonly #definitions = new Map<string, Map<string, Definition>>();
  readonly #texts = new Map<string, string>();
  /** Each file's lines, split when a message first needs one. */
  readonly #lines = new Map<string, string[]>();

  constructor(
    files: readonly ParsedFile[],
    readonly diagnostics: Diagnostics,
    /** The first file: where the front matter lives, and where messages about the whole checklist go. */
    readonly firstFile: string,
  ) {
    for (const file of files) {
      this.#definitions.set(file.path, firstDefinitions(file.found.definition));
      this.#texts.set(file.path, file.text);
    }
  }

  /** The Markdown a node was parsed from, as written (escapes and all). */
  source(node: Node | undefined): string {
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    if (start === undefined || end === undefined) return '';
    return this.#texts.get(this.fileOf(node))?.slice(start, end) ?? '';
  }

  /** The file a node was parsed from. */
  fileOf(node: Node | undefined): string {
    return node?.data?.sourceFile ?? this.firstFile;
  }

  /** The line of the source at `place`, as written. */
  sourceLine(place: SourcePlace): string {
    let lines = this.#lines.get(place.file);
    if (lines === undefined) this.#lines.set(place.file, (lines = this.#texts.get(place.file)?.split('\n') ?? []));
    return lines[place.line - 1] ?? '';
  }

  /** The source place of a node: its file and the start of the node. */
  place(node: Node | undefined): SourcePlace {
    const start = node?.position?.start;
    return { file: this.fileOf(node), line: start?.line ?? 1, column: start?.column ?? 1 };
  }

  /**
   * The place of `written` in the source of the first of `nodes` that has a place, searched from
   * about `from` (a text node's value is shorter than its source: entities, escapes, indents).
   * GFM's literal autolinks (`www.…`) leave the pieces of the text around them with no place, so
   * the caller names the parent too.
   */
  placeOf(written: string, from: number, ...nodes: (Node | undefined)[]): SourcePlace {
    const node = nodes.find((candidate) => candidate?.position !== undefined);
    const start = this.place(node);
    const source = this.source(node);
    const found = source.indexOf(written, node === nodes[0] ? from : 0);
    if (found < 0) return start;
    const lines = source.slice(0, found).split('\n');
    const column = lines.length === 1 ? start.column + found : (lines.at(-1)?.length ?? 0) + 1;
    return { ...start, line: start.line + lines.length - 1, column };
  }

  /** The link reference definition a reference in `node`'s file names (definitions are per file). */
  definition(node: Node, identifier: string): Definition | undefined {
    return this.#definitions.get(this.fileOf(node))?.get(definitionKey(identifier));
  }

  /** The key of a footnote label in its file. */
  footnoteKey(node: Node, identifier: string): string {
    return `${this.fileOf(node)}\u0000${identifier.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  }

  /** The number of the footnote a reference names: the next one when its label is first referred to. */
  footnoteNumber(node: Node, identifier: string): number {
    const label = this.footnoteKey(node, identifier);
    let number = this.footnoteNumbers.get(label);
    if (number === undefined) {
      number = this.footnoteNumbers.size + 1;
      this.footnoteNumbers.set(label, number);
    }
    return number;
  }

  error(place: SourcePlace, reason: string, ruleId: string): void {
    this.diagnostics.error(place.file, place, reason, ruleId);
  }

  warning(place: SourcePlace, reason: string, ruleId: string): void {
    this.diagnostics.warning(place.file, place, reason, ruleId);
  }
}

/** A definition's key as remark normalises it (as mdast-util-definitions did) (what the references were resolved with before). */
const definitionKey = (identifier: string | null | undefined) => String(identifier || '').toUpperCase();

/** The definitions of a file by key; the first of a repeated one wins, as CommonMark says. */
function firstDefinitions(found: readonly Definition[]): Map<string, Definition> {
  const byKey = new Map<string, Definition>();
  for (const definition of found) {
    const key = definitionKey(definition.identifier);
    if (key && !byKey.has(key)) byKey.set(key, definition);
  }
  return byKey;
}
