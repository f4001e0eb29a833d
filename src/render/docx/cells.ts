/**
 * Table building blocks shared by every table. The look is in styles (table-styles.ts): every
 * table takes the one table style (borders, cell padding, header and label shades), its text
 * the table paragraph styles. What stays on the table is what Word itself writes there: the
 * fixed grid and cell widths in twips (Word needs them for a fixed layout), which rows repeat,
 * and a fill where a row or column differs from the style. Pasted into another Word document
 * (a Statement of Work), a table brings its styles along and keeps its shape.
 */
import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
  type ParagraphChild,
  type TextRun,
} from 'docx';
import { textRun, type RunFormat } from './inline.js';
import { CHAR, PARA, TABLE_STYLE } from './style-ids.js';
import { linesOf } from './text.js';
import { CELL_PADDING } from './theme.js';

export interface CellParagraphOptions {
  /** A paragraph style of table-styles.ts; Table Text when not given. */
  style?: string;
  alignment?: 'left' | 'center' | 'right';
  /** A bullet of the document's bullet list, at this level. */
  bullet?: number;
}

/** A paragraph inside a cell, in a table paragraph style. */
export function cellParagraph(children: ParagraphChild[], options: CellParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children,
    style: options.style ?? PARA.tableText,
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
export function cellText(value: string, options: CellParagraphOptions = {}, format: RunFormat = {}, writeIn?: WriteIn): Paragraph {
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
  const runs = [textRun('\t'.repeat(lines), { style: CHAR.fillLine })];
  // The tab stop is the cell's own width: direct, as Word sets a tab stop on the paragraph.
  return new Paragraph({
    children: writeIn ? [writeIn(runs, true)] : runs,
    style: lines === 1 ? PARA.fillLine : PARA.fillLines,
    tabStops: [{ type: TabStopType.RIGHT, position: Math.max(inner - 20, 200), leader: 'underscore' }],
  });
}

/** The value, with its line breaks, or a line to fill when it is empty. */
export function valueOrLine(value: string, cellWidth: number, format: RunFormat = {}, writeIn?: WriteIn): Paragraph {
  return value.trim() === '' ? fillLine(cellWidth, 1, writeIn) : cellText(value, {}, format, writeIn);
}

export interface CellOptions {
  /** A shade of its own, where a cell differs from the table style's (a group row, the customer's column). */
  fill?: string;
  span?: number;
}

/** A cell of a given width in twips (spanned cells: the sum of their columns): Word needs it for the fixed layout. */
export function cell(children: (Paragraph | Table)[], width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [cellParagraph([])],
    width: { size: width, type: WidthType.DXA },
    ...(options.fill === undefined ? {} : { shading: { type: 'clear', color: 'auto', fill: options.fill } }),
    ...(options.span === undefined || options.span < 2 ? {} : { columnSpan: options.span }),
  });
}

/** A cell of the header row: its shade is the table style's first row. */
export function headerCell(text: string, width: number, options: CellOptions = {}): TableCell {
  return cell([cellText(text, { style: PARA.tableHeader })], width, options);
}

/**
 * A cell of the label column: its shade is the table style's first column; its text muted, as
 * the HTML's and the PDF's, or bold (`strong`: the Executed row, which the reader fills in).
 */
export function labelCell(text: string, width: number, strong = false): TableCell {
  return cell([cellText(text, { style: strong ? PARA.tableLabel : PARA.tableRowLabel })], width);
}

/** Which of the table style's parts a table has: a header row (default), a label column (default not). */
export interface TableLook {
  headerRow?: boolean;
  labelColumn?: boolean;
}

/** A fixed-layout table exactly as wide as the widths given, in the table style. */
export function fixedTable(rows: TableRow[], widths: number[], look: TableLook = {}): Table {
  const { headerRow = true, labelColumn = false } = look;
  return new Table({
    rows,
    style: TABLE_STYLE,
    tableLook: { firstRow: headerRow, firstColumn: labelColumn, lastRow: false, lastColumn: false, noHBand: true, noVBand: true },
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** A header row: repeated on every page the table runs over, never split, kept with the first body row. */
export function headerRow(cells: TableCell[]): TableRow {
  return new TableRow({ children: cells, tableHeader: true, cantSplit: true, keepNext: true });
}

/** A body row, never split across pages unless it may be taller than one. */
export function bodyRow(cells: TableCell[], keepNext = false, maySplit = false): TableRow {
  // docx writes `keepNext` on every paragraph of the row, also when false: only a true one says something.
  return new TableRow({ children: cells, cantSplit: !maySplit, ...(keepNext ? { keepNext } : {}) });
}

/**
 * Rows of a block that stay on one page: each but the last kept with the next. A row that may be
 * taller than a page (`tall`) may split, and is neither kept with the next nor waited for: either
 * would push it whole to the next page and leave a gap (tall-rows.ts). Rows taller than a page
 * together are not kept at all (`keep` false), for the same reason.
 */
export function keptTogether(rows: TableCell[][], header?: TableCell[], tall: readonly boolean[] = [], keep = true): TableRow[] {
  const kept = (i: number) => keep && i < rows.length - 1 && tall[i] !== true && tall[i + 1] !== true;
  const body = rows.map((cells, i) => bodyRow(cells, kept(i), tall[i] === true));
  return header === undefined ? body : [headerRow(header), ...body];
}

/**
 * A small empty paragraph after every table: Word joins two tables that touch into one, and a
 * table needs a little room before what follows.
 */
export function spacer(keepNext = false): Paragraph {
  return new Paragraph({ style: PARA.spacer, ...(keepNext ? { keepNext } : {}) });
}
