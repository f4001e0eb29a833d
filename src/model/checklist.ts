/**
 * The typed model of a master checklist. The parser (src/content) builds it from Markdown;
 * every renderer reads it (through the customer view, src/model/view.ts) and never looks at
 * Markdown syntax again.
 */

/** Where a node was written: the source file (relative path) and its 1-based line and column. */
export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

/** Whether a value of plain data (a parse read back, a view walked) is a source place. */
export function isSourcePlace(value: unknown): value is SourcePlace {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Record<string, unknown>;
  return typeof place.file === 'string' && typeof place.line === 'number' && typeof place.column === 'number';
}

// ---------------------------------------------------------------------------------------------
// Inline content

export type Inline =
  | { kind: 'text'; value: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'delete'; children: Inline[] }
  | { kind: 'code'; value: string }
  | { kind: 'break' }
  /** A link out of the document (http, mailto, …). */
  | { kind: 'link'; href: string; children: Inline[] }
  /**
   * A link inside the document. `children` is the author's text or, for an empty-text link,
   * the target's number and title ("5.9.1 VPN connection") or ID and title for an item.
   */
  | { kind: 'xref'; anchor: string; children: Inline[] }
  /** Images are not embedded (the outputs stay self-contained); their alt text is kept. */
  | { kind: 'image'; alt: string }
  | { kind: 'footnote-ref'; number: number };

// ---------------------------------------------------------------------------------------------
// Block content

export type Block =
  | Section
  | Paragraph
  | List
  | CodeBlock
  | Blockquote
  | Table
  | ClItem
  | Directive
  | { kind: 'thematic-break' };

export interface Section {
  kind: 'section';
  /** 1 for a chapter, 2 for its sections, …: the parts of `number`, whatever the count of `#`. */
  depth: number;
  /** Automatic number: "1", "1.2", "1.2.3". */
  number: string;
  title: Inline[];
  /** The title as plain text, for bookmarks, the TOC and cross-reference labels. */
  titleText: string;
  /** GitHub-style slug, unique across the document. */
  anchor: string;
  children: Block[];
  place: SourcePlace;
}

export interface Paragraph {
  kind: 'paragraph';
  content: Inline[];
}

export interface List {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export interface ListItem {
  /** null: a plain item; true / false: a GFM task item, checked or not. */
  checked: boolean | null;
  children: Block[];
}

export interface CodeBlock {
  kind: 'code';
  lang: string | null;
  value: string;
}

export interface Blockquote {
  kind: 'blockquote';
  children: Block[];
}

/** A plain GFM table; `fillable` is set when it has a column headed "Customer setting". */
export interface Table {
  kind: 'table';
  align: ('left' | 'right' | 'center' | null)[];
  header: Inline[][];
  rows: TableRow[];
  fillable: FillableColumn | null;
  place: SourcePlace;
}

export interface TableRow {
  cells: Inline[][];
  /** The row's label for `settings` (fillable tables only): first cell that is not only a row number. */
  label: string | null;
  place: SourcePlace;
}

export interface FillableColumn {
  /** Index of the "Customer setting" column. */
  column: number;
}

export type DirectiveName = 'deployment-overview' | 'signatures' | 'responsibility-matrix' | 'open-items';

export interface Directive {
  kind: 'directive';
  name: DirectiveName;
  place: SourcePlace;
}

// ---------------------------------------------------------------------------------------------
// CL items

/**
 * A cell's content: lines split at `<br>`; consecutive bullet lines form one list. `gap`: an empty
 * line (`<br><br>`) stands before it, which the author wrote to set groups of lines apart.
 */
export type CellBlock = ({ kind: 'line'; content: Inline[] } | { kind: 'bullets'; items: CellBullet[] }) & { gap?: true };

/** A bullet line of a cell; `depth` 0 is the list's outer level, 1 a bullet indented under one of it, and so on. */
export interface CellBullet {
  content: Inline[];
  depth: number;
}

/** A row of an item before `Executed`, kept in the order written. */
export type ItemRow =
  | {
      kind: 'text';
      /** Which known row it is, or `extra` for any other key. */
      role: 'measures' | 'references' | 'access-rights' | 'extra';
      /** The key as written, without a trailing colon. */
      label: string;
      content: CellBlock[];
      place: SourcePlace;
    }
  | { kind: 'level'; label: string; level: string; place: SourcePlace }
  | { kind: 'target'; label: string; values: TargetValue[]; place: SourcePlace };

export interface TargetValue {
  level: string;
  /** The value's text, without footnote marks (compared, checked and measured). */
  value: string;
  /** The value with its footnote marks (`8[^admins]`), when it has any: printed. */
  content?: Inline[];
}

/** The answer boxes of an item or a component row. */
export interface AnswerOptions {
  /** "Yes", "No", "Deactivated", "No network or remote access", … in the order written. */
  options: string[];
  /** Write-in fields of the vendors' form (`Version:` with no box after it). */
  fields: string[];
  /** Text of the box form that is neither an option nor a field (`Yes: ☐ No`): reported, not printed. */
  stray?: string;
}

export interface ComponentRow {
  kind: 'component';
  label: string;
  answers: AnswerOptions;
  /** True when the label is one of the front matter's `components` (a server of the deployment). */
  isServer: boolean;
  place: SourcePlace;
}

/** A component row with no options: a heading that groups the rows after it. */
export interface ComponentGroup {
  kind: 'group';
  label: string;
  place: SourcePlace;
}

export interface ClItem {
  kind: 'item';
  /** The exact ID, e.g. `CL-SMTP1`, `CL-SF:SNMPv3`; also the item's anchor. */
  id: string;
  /** The product or part it applies to (header cell 1 after the ID); may be empty. */
  scope: string;
  title: Inline[];
  titleText: string;
  /** Measures, references, access rights, level, target and extra rows, in written order. */
  rows: ItemRow[];
  /** The lowest level the item applies from; null: every level. */
  level: string | null;
  /** Target values per level (empty when the item has no Target row). */
  target: TargetValue[];
  /** Options of the `Executed` row; null when the row's value is empty (per-component item). */
  executed: AnswerOptions | null;
  /** Component rows and their group headings, in written order. */
  components: (ComponentRow | ComponentGroup)[];
  /** Prompt of the comments row ("Describe measures taken:"); empty when none. */
  commentPrompt: Inline[];
  /** Label of the comments row as written, or the default "Customer comments / reasons". */
  commentLabel: string;
  /** The number of the section the item stands in ("3.1.2"); "" before the first heading. */
  sectionNumber: string;
  /** IDs of earlier versions this item continues (`Replaces` row): their answers apply to it. */
  replaces: string[];
  place: SourcePlace;
}

// ---------------------------------------------------------------------------------------------
// The document

export interface HistoryEntry {
  date: string;
  version: string;
  description: string;
}

export interface ChecklistMeta {
  id: string;
  title: string;
  product: string;
  version: string;
  date: string;
  documentId: string;
  /** Ordered from lowest to highest; empty when the checklist has no levels. */
  levels: string[];
  /** The servers a deployment may have. */
  components: string[];
  history: HistoryEntry[];
}

/** An ID the front matter's `retired:` lists, with the version it left in and why. */
export interface RetiredItem {
  id: string;
  /** The version it was retired in; "" when not given. */
  version: string;
  reason: string;
  place: SourcePlace;
}

/** Where an in-document link can point: a heading or an item. */
export interface AnchorTarget {
  kind: 'section' | 'item';
  anchor: string;
  /** "5.9.1 VPN connection" or "CL-SMTP1 SMTP interface secured". */
  label: string;
}

export interface Footnote {
  number: number;
  children: Block[];
}

export interface Checklist {
  meta: ChecklistMeta;
  /** Top-level blocks; headings nest their content as sections. */
  body: Block[];
  /** Every CL item in document order. */
  items: ClItem[];
  anchors: Map<string, AnchorTarget>;
  footnotes: Footnote[];
  /** The Markdown files it was read from, relative to the current directory. */
  files: string[];
  /** Items removed from the checklist (front matter `retired:`): answers to them are kept, not shown. */
  retired: RetiredItem[];
}
