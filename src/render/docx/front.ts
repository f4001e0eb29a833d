/**
 * The front of the document: title, subtitle and key facts, the history of change, and the
 * table of contents as a Word TOC field.
 */
import { HeadingLevel, PageBreak, Paragraph, TableOfContents, type FileChild, type TableCell } from 'docx';
import { bodyRow, cell, cellText, fixedTable, headerCell, headerRow, keptTogether, labelCell, spacer, valueOrLine } from './cells.js';
import type { DocxContext } from './context.js';
import { partHeading } from './directives.js';
import { textRun } from './inline.js';
import { logoParagraph } from './logo.js';
import { logoAlt } from '../../present/theme.js';
import { PARA } from './style-ids.js';
import { columnWidths } from './theme.js';

export function titleBlock(ctx: DocxContext): FileChild[] {
  const { title, subtitle, facts } = ctx.p.titleBlock;
  const [label, value] = columnWidths([28, 72]) as [number, number];
  const rows: TableCell[][] = facts.map((f) => [labelCell(f.label, label), cell([valueOrLine(f.value, value)], value)]);
  const { logo } = ctx.look;
  return [
    ...(logo ? [logoParagraph(logo, logoAlt(ctx.view.overview.supplier.company))] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(title)] }),
    new Paragraph({ style: PARA.subtitle, children: [textRun(subtitle)] }),
    fixedTable(keptTogether(rows), [label, value], { headerRow: false, labelColumn: true }),
    spacer(),
  ];
}

export function historyTable(ctx: DocxContext): FileChild[] {
  const { history } = ctx.p;
  if (history === null) return [];
  const widths = columnWidths([18, 12, 70]);
  const header = history.columns.map((c, i) => headerCell(c, widths[i]!));
  const rows = history.rows.map((row) => bodyRow(row.map((text, i) => cell([cellText(text)], widths[i]!))));
  return [partHeading(history.heading), fixedTable([headerRow(header), ...rows], widths), spacer()];
}

/**
 * A TOC field over Heading 1–3 with links, on a page of its own; its entries are written now and
 * refreshed by Word.
 */
export function contents(ctx: DocxContext): FileChild[] {
  return [
    new Paragraph({ style: PARA.tocHeading, pageBreakBefore: true, children: [textRun(ctx.p.contents)] }),
    new TableOfContents(ctx.p.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    // The body starts on the next page; the break's paragraph is a 1 pt line there.
    new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 2 }, children: [new PageBreak()] }),
  ];
}
