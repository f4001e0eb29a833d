/**
 * The deployment overview (customer and supplier side by side, then the deployment's facts), the
 * summary (level statement and counts), and the list of items the level leaves out.
 */
import { Paragraph, type FileChild, type Table, type TableCell } from 'docx';
import type { OmittedPart } from '../../present/level.js';
import { contentWidths } from './column-widths.js';
import { bodyRow, cell, cellText, fixedTable, headerCell, headerRow, keptTogether, labelCell, spacer, valueOrLine } from './cells.js';
import type { DocxContext } from './context.js';
import { writeIn } from './controls.js';
import { textRun } from './inline.js';
import { PARA } from './style-ids.js';
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
  return fixedTable(keptTogether(rows, header), [LABEL, PARTY_COL, PARTY_COL], { labelColumn: true });
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
  const widths = columnWidths([75, 25], Math.round(TEXT_WIDTH * 0.6));
  const count = (text: string, bold = false) => cell([cellText(text, { alignment: 'right', ...(bold ? { style: PARA.tableLabel } : {}) })], widths[1]!);
  const blocks: FileChild[] = [
    new Paragraph({ keepNext: true, children: [textRun(levelStatement, { bold: true })] }),
    ...(omitted ? omittedBlocks(omitted) : []),
    ...(changedNote ? [new Paragraph({ children: [textRun(changedNote)] })] : []),
  ];
  tables.forEach((table, index) => {
    const rows: TableCell[][] = table.rows.map(([label, n]) => [cell([cellText(label)], widths[0]!), count(n)]);
    if (index === 0) rows.push([cell([cellText(total[0], { style: PARA.tableLabel })], widths[0]!), count(total[1], true)]);
    const header = [headerCell(table.columns[0], widths[0]!), headerCell(table.columns[1], widths[1]!, {})];
    blocks.push(fixedTable(keptTogether(rows, header), widths), spacer());
  });
  return blocks;
}
