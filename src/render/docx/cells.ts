/**
 * Table building blocks shared by every table. Layout lives in direct formatting, not in custom
 * styles: fixed widths in twips, borders on the table, cell padding and paragraph spacing on the
 * elements themselves. So a table pasted into another Word document (a Statement of Work) keeps
 * its shape there.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
  type TextRun,
} from 'docx';
import { textRun, type RunFormat } from './inline.js';
import { linesOf } from './text.js';
import { CELL_PADDING, COLOR, SIZE } from './theme.js';

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };

/** Plain text in table cells: table size, explicit spacing so the document's defaults don't leak in. */
export const CELL_TEXT: RunFormat = { size: SIZE.table, color: COLOR.text };

export interface CellParagraphOptions {
  alignment?: 'left' | 'center' | 'right';
  /** A bullet of the document's bullet list, at this level. */
  bullet?: number;
}

/** A paragraph inside a cell, with spacing set directly. */
export function cellParagraph(children: ParagraphChild[], options: CellParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children,
    spacing: { before: 20, after: 20, line: 252, lineRule: 'auto' },
    ...(options.alignment === undefined ? {} : { alignment: options.alignment }),
    ...(options.bullet === undefined ? {} : { numbering: { reference: 'bullets', level: options.bullet } }),
  });
}

/**
 * Wraps the runs of a write-in in a content control (src/render/docx/controls.ts); `empty` says
 * the runs are only a line to write on, `continued` that they go on the piece before without a
 * line break (a long line cut into paragraphs).
 */
export type WriteIn = (runs: TextRun[], empty: boolean, continued?: boolean) => ParagraphChild;

/**
 * Text (line breaks kept) as a cell paragraph, one run per line with breaks between. A write-in
 * is a control per line, the breaks between them: LibreOffice reads a plain-text control as
 * one field and moves the breaks inside it in front of it, run together ("team.Rollout").
 * Import joins the controls of one tag with line breaks again.
 */
export function cellText(value: string, format: RunFormat = CELL_TEXT, options: CellParagraphOptions = {}, writeIn?: WriteIn): Paragraph {
  const lines = linesOf(value);
  if (writeIn === undefined) return cellParagraph(lines.map((text, i) => textRun(text, format, i > 0 ? { break: 1 } : {})), options);
  const children = lines.flatMap((text, i) => [...(i > 0 ? [textRun('', format, { break: 1 })] : []), writeIn([textRun(text, format)], false)]);
  return cellParagraph(children, options);
}

/**
 * Lines to write on, as wide as the cell: each one tab to a right tab stop with an underscore
 * leader, which survives font changes and copy-paste better than a row of underscores. Several
 * lines are one paragraph (so one control holds them), each as tall as a paragraph of one line:
 * tabs alone, no breaks, as a tab past the last stop goes on at the next line's stop (in Word,
 * docx/layout and LibreOffice alike), and LibreOffice moves breaks out of a plain-text control,
 * which drew two lines more than planned (blank pages, TOC numbers a page off).
 */
export function fillLine(cellWidth: number, lines = 1, writeIn?: WriteIn): Paragraph {
  const inner = cellWidth - CELL_PADDING.left - CELL_PADDING.right;
  const runs = [textRun('\t'.repeat(lines), { ...CELL_TEXT, color: COLOR.fillLine })];
  return new Paragraph({
    children: writeIn ? [writeIn(runs, true)] : runs,
    tabStops: [{ type: TabStopType.RIGHT, position: Math.max(inner - 20, 200), leader: 'underscore' }],
    spacing: lines === 1 ? { before: 120, after: 20, line: 252, lineRule: 'auto' } : { before: 20, after: 20, line: 372, lineRule: 'exact' },
  });
}

/** The value, with its line breaks, or a line to fill when it is empty. */
export function valueOrLine(value: string, cellWidth: number, format: RunFormat = CELL_TEXT, writeIn?: WriteIn): Paragraph {
  return value.trim() === '' ? fillLine(cellWidth, 1, writeIn) : cellText(value, format, {}, writeIn);
}

export interface CellOptions {
  fill?: string;
  span?: number;
}

/** A cell of a given width in twips (spanned cells: the sum of their columns). */
export function cell(children: (Paragraph | Table)[], width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [cellParagraph([])],
    width: { size: width, type: WidthType.DXA },
    margins: { ...CELL_PADDING },
    ...(options.fill === undefined ? {} : { shading: { type: 'clear', color: 'auto', fill: options.fill } }),
    ...(options.span === undefined || options.span < 2 ? {} : { columnSpan: options.span }),
  });
}

/** A header cell: bold text on the header shade. */
export function headerCell(text: string, width: number, options: CellOptions = {}): TableCell {
  return cell([cellText(text, { ...CELL_TEXT, bold: true, color: COLOR.primary })], width, { fill: COLOR.headerFill, ...options });
}

/** A label cell of a label/value table. */
export function labelCell(text: string, width: number): TableCell {
  return cell([cellText(text, { ...CELL_TEXT, bold: true })], width, { fill: COLOR.labelFill });
}

/** A fixed-layout table exactly as wide as the widths given, borders on the table itself. */
export function fixedTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/** A header row: repeated on every page the table runs over, never split, kept with the first body row. */
export function headerRow(cells: TableCell[]): TableRow {
  return new TableRow({ children: cells, tableHeader: true, cantSplit: true, keepNext: true });
}

/** A body row, never split across pages unless it may be taller than one. */
export function bodyRow(cells: TableCell[], keepNext = false, maySplit = false): TableRow {
  return new TableRow({ children: cells, cantSplit: !maySplit, keepNext });
}

/** Rows of a block that must stay on one page: each but the last kept with the next. */
export function keptTogether(rows: TableCell[][], header?: TableCell[]): TableRow[] {
  const body = rows.map((cells, i) => bodyRow(cells, i < rows.length - 1));
  return header === undefined ? body : [headerRow(header), ...body];
}

/**
 * A small empty paragraph after every table: Word joins two tables that touch into one, and a
 * table needs a little room before what follows.
 */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' }, run: { size: 14 } });
}
