/**
 * The front of the document: title, whom it is for, the key facts, the history of change, and
 * the table of contents as a Word TOC field (Word fills in the page numbers when it opens it).
 */
import { HeadingLevel, PageBreak, Paragraph, TableOfContents, type FileChild, type TableCell } from 'docx';
import { CELL_TEXT, bodyRow, cell, cellText, fixedTable, headerCell, headerRow, keptTogether, labelCell, spacer } from './cells.js';
import type { DocxContext } from './context.js';
import { caption } from './directives.js';
import { textRun } from './inline.js';
import { BLANK_FIELD, TITLES } from './labels.js';
import { columnWidths } from './theme.js';

function subtitle(ctx: DocxContext): string {
  const { view, variant } = ctx;
  if (view.blank) return variant === 'annex' ? 'Annex to the Statement of Work' : 'Blank checklist to fill in by hand';
  const whom = view.customerName.trim() === '' ? 'the customer' : view.customerName;
  return variant === 'annex' ? `Annex to the Statement of Work for ${whom}` : `Customer-specific checklist for ${whom}`;
}

export function titleBlock(ctx: DocxContext): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(ctx.view.meta.title)] }),
    new Paragraph({ style: 'Subtitle', children: [textRun(subtitle(ctx))] }),
  ];
}

/** Product, version, date, document ID, customer and level, for the reader who opens page one. */
export function factsTable(ctx: DocxContext): FileChild[] {
  const { meta, level, customerName } = ctx.view;
  const [label, value] = columnWidths([28, 72]) as [number, number];
  const facts: [string, string][] = [
    ['Product', meta.product],
    ['Checklist version', `${meta.version} of ${meta.date}`],
    ['Document ID', meta.documentId],
    ['Customer', customerName || BLANK_FIELD],
    ['Security level', level.chosen ?? (level.levels.length === 0 ? 'none' : ctx.view.blank ? BLANK_FIELD : 'all levels')],
  ];
  const rows: TableCell[][] = facts
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => [labelCell(k, label), cell([cellText(v, { ...CELL_TEXT, bold: k === 'Customer' })], value)]);
  return [fixedTable(keptTogether(rows), [label, value]), spacer()];
}

export function historyTable(ctx: DocxContext): FileChild[] {
  const { history } = ctx.view.meta;
  if (history.length === 0) return [];
  const widths = columnWidths([18, 12, 70]);
  const [date, version, description] = widths as [number, number, number];
  const header = [headerCell('Date', date), headerCell('Version', version), headerCell('Description', description)];
  const rows = history.map((h) =>
    bodyRow([cell([cellText(h.date)], date), cell([cellText(h.version)], version), cell([cellText(h.description)], description)]),
  );
  return [caption(TITLES.history), fixedTable([headerRow(header), ...rows], widths), spacer()];
}

/**
 * A TOC field over Heading 1–3 with links, on a page of its own; its entries are written now and
 * refreshed by Word.
 */
export function contents(): FileChild[] {
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [textRun(TITLES.contents)] }),
    new TableOfContents(TITLES.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    // The body starts on the next page; the break's paragraph is a 1 pt line there.
    new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 2 }, children: [new PageBreak()] }),
  ];
}
