/**
 * The document body as the templates walk it: every block paired with the partial that
 * renders it (`{{> (lookup . "partial") context}}`), so a user can override each one.
 */
import type { Inline } from '../../model/checklist.js';
import type { ViewBlock, ViewSection, ViewTable } from '../../model/view.js';
import { itemData } from './item-data.js';

export interface BlockData {
  /** Partial name: section, item, table, prose or a directive's name. */
  partial: string;
  context: unknown;
}

export interface SectionData {
  /** "h1" … "h6". */
  tag: string;
  depth: number;
  number: string;
  title: Inline[];
  titleText: string;
  anchor: string;
  /** True for a top-level section: a chapter, which starts on a new page. */
  chapter: boolean;
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
}

export interface TableData {
  fillable: boolean;
  header: CellData[];
  rows: { cells: CellData[] }[];
}

/** The data of each directive's partial, decided once for the document. */
export type DirectiveContexts = Record<'deployment-overview' | 'signatures' | 'responsibility-matrix' | 'open-items', unknown>;

export function tableData(table: ViewTable): TableData {
  const cell = (content: Inline[], index: number, header: boolean): CellData => {
    const setting = table.fillableColumn === index;
    const align = table.align[index];
    return { content, align: align ? `align-${align}` : '', setting, fill: setting && !header && content.length === 0 };
  };
  // A row shorter than the header still gets every column (the setting's line above all).
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const padded = (row: Inline[][]) => Array.from({ length: width }, (_, index) => row[index] ?? []);
  return {
    fillable: table.fillableColumn !== null,
    header: padded(table.header).map((content, index) => cell(content, index, true)),
    rows: table.rows.map((row) => ({ cells: padded(row).map((content, index) => cell(content, index, false)) })),
  };
}

function sectionData(section: ViewSection, directives: DirectiveContexts): SectionData {
  return {
    tag: `h${Math.min(Math.max(section.depth, 1), 6)}`,
    depth: section.depth,
    number: section.number,
    title: section.title,
    titleText: section.titleText,
    anchor: section.anchor,
    chapter: section.depth === 1,
    children: section.children.map((child) => blockData(child, directives)),
  };
}

/** One view block and the partial that renders it. */
export function blockData(block: ViewBlock, directives: DirectiveContexts): BlockData {
  switch (block.kind) {
    case 'section':
      return { partial: 'section', context: sectionData(block, directives) };
    case 'item':
      return { partial: 'item', context: itemData(block) };
    case 'table':
      return { partial: 'table', context: tableData(block) };
    case 'directive':
      return { partial: block.name, context: directives[block.name] };
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
export function tocEntries(blocks: readonly ViewBlock[], maxDepth = 3): TocEntry[] {
  return blocks.flatMap((block) =>
    block.kind !== 'section' || block.depth > maxDepth
      ? []
      : [{ number: block.number, title: block.titleText, anchor: block.anchor, depth: block.depth, part: false }, ...tocEntries(block.children, maxDepth)],
  );
}
