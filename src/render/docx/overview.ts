/**
 * The deployment overview (customer and supplier side by side, then the deployment's facts), the
 * summary (level statement and counts), and the list of items the level leaves out.
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { OmittedPart } from '../../present/level.js';
import { contentWidths, minimumWidth } from './column-widths.js';
import { bodyRow, cell, cellText, fixedTable, headerCell, headerRow, keptTogether, labelCell, spacer, valueOrLine } from './cells.js';
import type { DocxContext } from './context.js';
import { writeIn } from './controls.js';
import { mayBeTallerThanPage } from './tall-rows.js';
import { textRun } from './inline.js';
import { LAYOUT_TABLE_STYLE, PARA } from './style-ids.js';
import { TEXT_WIDTH, columnWidths } from './theme.js';

const [LABEL, PARTY_COL] = columnWidths([28, 36, 36]) as [number, number, number];
const SPAN = TEXT_WIDTH - LABEL;

export function overviewTable(ctx: DocxContext): Table {
  const { columns, contacts, facts } = ctx.p.overview;
  // Each detail a reader may write is a plain-text control (its key), as the signature block's.
  const control = (key: string | undefined, name: string) => (key === undefined ? undefined : writeIn(key, name));
  const rows: TableCell[][] = [
    ...contacts.map((c) => [
      labelCell(c.label, LABEL),
      cell([valueOrLine(c.customer, PARTY_COL, {}, control(c.keys.customer, c.names.customer))], PARTY_COL),
      cell([valueOrLine(c.supplier, PARTY_COL, {}, control(c.keys.supplier, c.names.supplier))], PARTY_COL),
    ]),
    ...facts.map((f) => [labelCell(f.label, LABEL), cell([valueOrLine(f.value, SPAN, {}, control(f.key, f.label))], SPAN, { span: 2 })]),
  ];
  const header = [cell([], LABEL), headerCell(columns[1], PARTY_COL), headerCell(columns[2], PARTY_COL)];
  // A long general remark may run over a page (tall-rows.ts).
  const tall = [...contacts.map((c) => mayBeTallerThanPage([c.customer], PARTY_COL) || mayBeTallerThanPage([c.supplier], PARTY_COL)), ...facts.map((f) => mayBeTallerThanPage([f.value], SPAN))];
  return fixedTable(keptTogether(rows, header, tall), [LABEL, PARTY_COL, PARTY_COL], { labelColumn: true });
}

/** The items the chosen level leaves out: a sentence, then ID, title and level. */
export function omittedBlocks(part: OmittedPart, keepEnd = false): FileChild[] {
  const widths = contentWidths(part.columns.map((column, i) => [column, ...part.rows.map((row) => row[i] ?? '')]), [22, 60, 18], { whole: [0] });
  const header = part.columns.map((c, i) => headerCell(c, widths[i]!));
  const rows = part.rows.map((row, r) =>
    bodyRow(
      row.map((text, i) => cell([cellText(text, i === 0 ? { style: PARA.tableLabel } : {})], widths[i]!)),
      keepEnd && r === part.rows.length - 1,
    ),
  );
  const sections = part.sections.map((line) => new Paragraph({ children: [textRun(line)] }));
  return [...sections, new Paragraph({ keepNext: true, children: [textRun(part.intro)] }), fixedTable([headerRow(header), ...rows], widths), spacer(keepEnd)];
}

/** The level statement, (in the annex) the items left out, and the counts: three small tables. */
export function summaryBlocks(ctx: DocxContext): FileChild[] {
  const { levelStatement, omitted, tables, total, changedNote } = ctx.p.summary;
  const blocks: FileChild[] = [
    ...(levelStatement === '' ? [] : [new Paragraph({ keepNext: true, children: [textRun(levelStatement, { bold: true })] })]),
    ...(omitted ? omittedBlocks(omitted) : []),
    ...(changedNote ? [new Paragraph({ children: [textRun(changedNote)] })] : []),
  ];
  const counts = tables.map((table, index) => ({
    header: table.columns,
    rows: table.rows,
    ...(index === 0 ? { total } : {}),
  }));
  return [...blocks, ...countTables(counts)];
}

interface CountTable {
  header: readonly [string, string];
  rows: readonly (readonly [string, string])[];
  /** The closing row in bold (the first table's total). */
  total?: readonly [string, string];
}

/** Between count tables side by side: the PDF's gap (6 mm). */
const GAP = 340;

/**
 * The count tables side by side, as the PDF prints them (a flex row): a table of one row in the
 * layout style (no rules) that never splits, each cell holding one table as wide as its words
 * and a share of what is left. Stacked, they left most of a second page empty. Where their words
 * do not fit side by side (long labels), they are stacked.
 */
function countTables(tables: readonly CountTable[]): FileChild[] {
  const texts = tables.map((table) => [table.header, ...table.rows, ...(table.total ? [table.total] : [])]);
  const counts = texts.map((rows) => minimumWidth(rows.map((row) => row[1]), true));
  // Each label column as wide as its longest label, or (where those do not fit side by side) as its longest word.
  const whole = texts.map((rows) => minimumWidth(rows.map((row) => row[0]), true));
  const words = texts.map((rows) => minimumWidth(rows.map((row) => row[0])));
  const room = TEXT_WIDTH - GAP * (tables.length - 1) - sum(counts);
  const labels = sideBySideLabels(whole, words, room);
  if (tables.length < 2 || labels === undefined) {
    const widths = columnWidths([75, 25], Math.round(TEXT_WIDTH * 0.6));
    return tables.flatMap((table) => [countTable(table, widths), spacer()]);
  }
  const inner = labels.map((label, i) => [label, counts[i]!] as const);
  // The gaps are columns of their own: the layout style has no padding and no rules.
  const cells = tables.flatMap((table, i) => {
    const width = inner[i]![0] + inner[i]![1];
    // A cell ends with a paragraph (Word's rule): here the spacer every table has after it.
    const holding = layoutCell([countTable(table, inner[i]!), spacer()], width);
    return i === 0 ? [holding] : [layoutCell([spacer()], GAP), holding];
  });
  const widths = cells.map(({ width }) => width);
  return [
    new Table({
      rows: [new TableRow({ cantSplit: true, children: cells.map(({ cell }) => cell) })],
      style: LAYOUT_TABLE_STYLE,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
    }),
    spacer(),
  ];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The label columns' widths in `room`: each label whole, what is left shared alike (as flex
 * items of `flex: 1 1 auto` share it); else each at least its longest word, the room shared by
 * how much each label lacks of whole; undefined where not even the words fit.
 */
function sideBySideLabels(whole: readonly number[], words: readonly number[], room: number): number[] | undefined {
  if (sum(whole) <= room) return whole.map((width) => width + Math.floor((room - sum(whole)) / whole.length));
  if (sum(words) > room) return undefined;
  const lacking = whole.map((width, i) => width - words[i]!);
  return words.map((width, i) => width + Math.floor(((room - sum(words)) * lacking[i]!) / sum(lacking)));
}

const layoutCell = (children: (Paragraph | Table)[], width: number) => ({ cell: new TableCell({ children, width: { size: width, type: WidthType.DXA } }), width });

/** One count table: a header row, the counts right-aligned, the total (if any) in bold; kept on one page. */
function countTable(table: CountTable, widths: readonly number[]): Table {
  const count = (text: string, bold = false) => cell([cellText(text, { alignment: 'right', ...(bold ? { style: PARA.tableLabel } : {}) })], widths[1]!);
  const rows: TableCell[][] = table.rows.map(([label, n]) => [cell([cellText(label)], widths[0]!), count(n)]);
  if (table.total) rows.push([cell([cellText(table.total[0], { style: PARA.tableLabel })], widths[0]!), count(table.total[1], true)]);
  const header = [headerCell(table.header[0], widths[0]!), headerCell(table.header[1], widths[1]!, {})];
  return fixedTable(keptTogether(rows, header), [...widths]);
}
