/**
 * The document body as the templates walk it: every block paired with the partial that
 * renders it (`{{> (lookup . "partial") context}}`), so a user can override each one.
 */
import type { Inline } from '../../model/checklist.js';
import type { ViewBlock, ViewSection, ViewTable } from '../../model/view.js';
import { DIRECTIVE_TITLES, needsCaption } from '../../present/presentation.js';
import { keyText } from '../../fill/keys.js';
import { itemData } from './item-data.js';
import type { NotesData } from './chapter-notes.js';
import { DIRECTIVE_PART_IDS } from './labels.js';
import { tableWholeWordLimit } from './long-words.js';

export interface BlockData {
  /** Partial name: section, item, table, prose or a directive's name. */
  partial: string;
  context: unknown;
}

export interface SectionData {
  /** "h2" … "h6": the document's title is its one h1. */
  tag: string;
  depth: number;
  number: string;
  title: Inline[];
  titleText: string;
  anchor: string;
  /** True for a top-level section: a chapter, which starts on a new page. */
  chapter: boolean;
  /** A chapter's notes are a child too (the `notes` partial): last, or before its signature block. */
  children: BlockData[];
}

export interface CellData {
  content: Inline[];
  /** "align-left" | "align-right" | "align-center" | "". */
  align: string;
  /** True for the "Customer setting" column of a fillable table. */
  setting: boolean;
  /** True when the cell is a customer setting still empty: a line to write on. */
  fill: boolean;
  /** For a customer setting: the answer's key, the form's input name (the form fills it in); else "". */
  name: string;
  /** The longest word the table keeps whole (long-words.ts); longer ones may break inside. */
  longWord: number;
}

export interface TableData {
  fillable: boolean;
  header: CellData[];
  rows: { cells: CellData[] }[];
}

/** The data of each directive's partial, decided once for the document. */
export type DirectiveContexts = Record<'deployment-overview' | 'signatures' | 'responsibility-matrix' | 'open-items', unknown>;

export function tableData(table: ViewTable): TableData {
  // A row shorter than the header still gets every column (the setting's line above all).
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const padded = (row: Inline[][]) => Array.from({ length: width }, (_, index) => row[index] ?? []);
  const longWord = tableWholeWordLimit([table.header, ...table.rows]);
  const cell = (content: Inline[], index: number, label: string | null | undefined): CellData => {
    const setting = table.fillableColumn === index;
    const align = table.align[index];
    const name = setting && typeof label === 'string' ? keyText({ kind: 'setting', label }) : '';
    return { content, align: align ? `align-${align}` : '', setting, fill: setting && label !== undefined && content.length === 0, name, longWord };
  };
  return {
    fillable: table.fillableColumn !== null,
    header: padded(table.header).map((content, index) => cell(content, index, undefined)),
    rows: table.rows.map((row, r) => ({ cells: padded(row).map((content, index) => cell(content, index, table.labels?.[r] ?? null)) })),
  };
}

function sectionData(section: ViewSection, directives: DirectiveContexts, notes: NotesData | null): SectionData {
  const children = section.children.map((child, index) =>
    child.kind === 'directive' && needsCaption(section.children, index)
      ? { partial: 'captioned', context: { caption: DIRECTIVE_TITLES[child.name], inner: child.name, context: directives[child.name] } }
      : blockData(child, directives, false),
  );
  if (notes !== null) {
    // Notes belong to what is signed: before a signature block the chapter ends with, else last.
    const signatures = section.children.findIndex((child) => child.kind === 'directive' && child.name === 'signatures');
    children.splice(signatures === -1 ? children.length : signatures, 0, { partial: 'notes', context: notes });
  }
  return {
    tag: `h${Math.min(Math.max(section.depth, 1) + 1, 6)}`,
    depth: section.depth,
    number: section.number,
    title: section.title,
    titleText: section.titleText,
    anchor: section.anchor,
    chapter: section.depth === 1,
    children,
  };
}

/**
 * One view block and the partial that renders it. A directive at the top of the body is a
 * part with a heading of its own (in the contents, as in the DOCX); inside a section, the
 * section's heading introduces it.
 */
export function blockData(block: ViewBlock, directives: DirectiveContexts, top = false, notes: NotesData | null = null): BlockData {
  switch (block.kind) {
    case 'section':
      return { partial: 'section', context: sectionData(block, directives, notes) };
    case 'item':
      return { partial: 'item', context: itemData(block) };
    case 'table':
      return { partial: 'table', context: tableData(block) };
    case 'directive':
      return top
        ? { partial: 'part', context: { heading: DIRECTIVE_TITLES[block.name], id: DIRECTIVE_PART_IDS[block.name], name: block.name, inner: block.name, context: directives[block.name] } }
        : { partial: block.name, context: directives[block.name] };
    default:
      return { partial: 'prose', context: block };
  }
}

export interface TocEntry {
  /** "3.1.2", or "" for a part the renderer adds (summary, signatures, …). */
  number: string;
  title: string;
  anchor: string;
  depth: number;
  part: boolean;
}

/** Sections to `maxDepth` for the table of contents, in document order. */
export function tocEntries(blocks: readonly ViewBlock[], maxDepth = 3, top = true): TocEntry[] {
  return blocks.flatMap((block): TocEntry[] => {
    if (block.kind === 'directive' && top) return [{ number: '', title: DIRECTIVE_TITLES[block.name], anchor: DIRECTIVE_PART_IDS[block.name], depth: 1, part: true }];
    if (block.kind !== 'section' || block.depth > maxDepth) return [];
    return [{ number: block.number, title: block.titleText, anchor: block.anchor, depth: block.depth, part: false }, ...tocEntries(block.children, maxDepth, false)];
  });
}
