/**
 * The responsibility matrix (who installs and who operates each measure, and where it stands) and
 * the open items. An item ID links to its table when the item is in the document.
 */
import { InternalHyperlink, Paragraph, type FileChild, type Table, type TableCell } from 'docx';
import type { ViewItem } from '../../model/view.js';
import type { MatrixRow } from '../../present/presentation.js';
import { bodyRow, cell, cellParagraph, cellText, fixedTable, headerCell, headerRow, spacer, valueOrLine } from './cells.js';
import { cellTexts } from './long-text.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { BLANK_FIELD } from './labels.js';
import { contentWidths, minimumWidth } from './column-widths.js';
import { CHAR, PARA } from './style-ids.js';

const STATUS_STYLE: Record<ViewItem['overall'], string> = {
  done: CHAR.statusDone,
  open: CHAR.statusOpen,
  'not-applicable': CHAR.statusNone,
  unanswered: CHAR.statusNone,
};

/** The item's ID (bold, as a label), a link to its table where the document has it. */
function idCell(id: string, width: number, ctx: DocxContext): TableCell {
  const bookmark = ctx.bookmarks.lookup(id);
  const run =
    bookmark === undefined ? textRun(id) : new InternalHyperlink({ anchor: bookmark, children: [textRun(id, { style: CHAR.hyperlink })] });
  return cell([cellParagraph([run], { style: PARA.tableLabel })], width);
}

function statusCell(row: MatrixRow, width: number): TableCell {
  const children = [cellText(row.status, {}, { style: STATUS_STYLE[row.overall] })];
  if (row.statusDetail !== '') children.push(cellText(row.statusDetail, { style: PARA.tableNote }));
  return cell(children, width);
}

const empty = (text: string) => new Paragraph({ children: [textRun(text)] });

export function matrixTable(ctx: DocxContext): Table | Paragraph {
  const { rows, columns, levelColumn, empty: none } = ctx.p.matrix;
  if (rows.length === 0) return empty(none);
  // Each column's texts; the Level column only where the master defines levels. The ID, the
  // level and the parties are as wide as their content on one line (`oneLine`), as in the PDF;
  // the title and the status (its word or the detail under it) share the rest by their length,
  // so a long title gets the room.
  const layout: { texts: string[]; oneLine?: true; cell: (row: MatrixRow, width: number) => TableCell }[] = [
    { texts: rows.map((r) => r.id), oneLine: true, cell: (row, width) => idCell(row.id, width, ctx) },
    { texts: rows.map((r) => r.item), cell: (row, width) => cell([cellText(row.item)], width) },
    ...(levelColumn ? [{ texts: rows.map((r) => r.level), oneLine: true as const, cell: (row: MatrixRow, width: number) => cell([cellText(row.level)], width) }] : []),
    { texts: rows.map((r) => r.installation), oneLine: true, cell: (row, width) => cell([valueOrLine(row.installation, width)], width) },
    { texts: rows.map((r) => r.operation), oneLine: true, cell: (row, width) => cell([valueOrLine(row.operation, width)], width) },
    { texts: rows.map((r) => r.status), cell: (row, width) => statusCell(row, width) },
  ];
  const texts = layout.map((column, i) => [columns[i]!, ...column.texts]);
  // The status's detail is a line of its own under it (as in the PDF): its column is as long as the longer of the two.
  const lengths = layout.map((column, i) => minimumWidth(i === layout.length - 1 ? rows.flatMap((r) => [r.status, r.statusDetail]) : texts[i]!, true));
  const widths = contentWidths(texts, lengths, { whole: [0], oneLine: layout.flatMap((column, i) => (column.oneLine ? [i] : [])) });
  const header = columns.map((c, i) => headerCell(c, widths[i]!));
  const body = rows.map((row) => bodyRow(layout.map((column, i) => column.cell(row, widths[i]!))));
  return fixedTable([headerRow(header), ...body], widths);
}

/** The longest word of an open item's comment its column is made wide enough for. */
const COMMENT_WORD_KEPT = 16;

/**
 * "Open issues to be resolved until: <date>", then the open items (or a sentence saying there are
 * none); `keepEnd`: the end kept with what follows (the signatures, never alone on a page).
 */
export function openItemsBlocks(ctx: DocxContext, keepEnd = false): FileChild[] {
  const { rows, columns, until, empty: none } = ctx.p.openItems;
  const untilLine = new Paragraph({
    keepNext: true,
    children: [textRun(`${until.label}: `, { bold: true }), textRun(until.value === '' ? BLANK_FIELD : until.value, { bold: true })],
  });
  if (rows.length === 0) return [untilLine, keepEnd ? new Paragraph({ keepNext: true, children: [textRun(none)] }) : empty(none)];
  const widths = contentWidths(
    [
      [columns[0]!, ...rows.map((r) => r.id)],
      [columns[1]!, ...rows.map((r) => r.item)],
      [columns[2]!, ...rows.map((r) => r.why)],
      [columns[3]!, ...rows.map((r) => r.owner)],
      [columns[4]!, ...rows.map((r) => r.due)],
      // The comment's words too, else LibreOffice breaks them inside ("replaceme" / "nt"); a word
      // longer than COMMENT_WORD_KEPT (a path, an address) wraps anywhere, as in the PDF.
      [columns[5]!, ...rows.flatMap((r) => r.comment.split(/\s+/).filter((word) => [...word].length <= COMMENT_WORD_KEPT))],
    ],
    [14, 24, 24, 12, 13, 27],
    // A due date is kept whole, as HTML and PDF print it: Word and LibreOffice break a column
    // too narrow for it after a hyphen ("2026-04-" / "30").
    { whole: [0, 4] },
  );
  const [id, title, why, owner, due, comment] = widths as [number, number, number, number, number, number];
  const header = columns.map((c, i) => headerCell(c, widths[i]!));
  const body = rows.map((row, index) =>
    bodyRow(
      [
        idCell(row.id, id, ctx),
        cell([cellText(row.item)], title),
        cell([cellText(row.why), ...(row.review ? [cellText(row.review, { style: PARA.tableLabel })] : [])], why),
        cell([valueOrLine(row.owner, owner)], owner),
        cell([valueOrLine(row.due, due)], due),
        cell(row.comment.trim() === '' ? [valueOrLine(row.comment, comment)] : cellTexts(row.comment), comment),
      ],
      keepEnd && index === rows.length - 1,
      // A long comment may run over a page.
      row.comment.length > 1500,
    ),
  );
  return [untilLine, fixedTable([headerRow(header), ...body], widths), spacer(keepEnd)];
}
