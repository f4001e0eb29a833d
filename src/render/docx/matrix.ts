/**
 * The responsibility matrix (who installs and who operates each measure, and where it stands) and
 * the open items. An item ID links to its table when the item is in the document.
 */
import { InternalHyperlink, Paragraph, type Table, type TableCell } from 'docx';
import type { ResponsibilityRow, ViewItem } from '../../model/view.js';
import { CELL_TEXT, bodyRow, cell, cellParagraph, cellText, fixedTable, headerCell, headerRow } from './cells.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { statusDetail } from '../labels.js';
import { OVERALL, PARTY } from './labels.js';
import { COLOR, SIZE, TEXT_WIDTH, columnWidths } from './theme.js';

const STATUS_COLOR: Record<ViewItem['overall'], string> = {
  done: '2E7D32',
  open: 'B45309',
  'not-applicable': COLOR.muted,
  unanswered: COLOR.muted,
};

/** The item's ID, a link to its table where the document has it. */
function idCell(id: string, width: number, ctx: DocxContext): TableCell {
  const format = { ...CELL_TEXT, bold: true };
  const bookmark = ctx.bookmarks.lookup(id);
  const run =
    bookmark === undefined
      ? textRun(id, format)
      : new InternalHyperlink({ anchor: bookmark, children: [textRun(id, { ...format, color: COLOR.link, underline: true })] });
  return cell([cellParagraph([run])], width);
}

function statusCell(row: ResponsibilityRow, width: number): TableCell {
  const label = OVERALL[row.overall];
  const children = [cellText(label, { ...CELL_TEXT, bold: true, color: STATUS_COLOR[row.overall] })];
  const detail = statusDetail(row.overall, row.statusText);
  if (detail !== '') children.push(cellText(detail, { size: SIZE.small, color: COLOR.muted }));
  return cell(children, width);
}

const party = (value: ResponsibilityRow['installation']) => (value === null ? '' : PARTY[value]);

/**
 * Column widths with the ID column as wide as the longest ID needs (bold 9 pt, about 115 twips a
 * character), so `CL-SF:SWstatus` does not break at its hyphen; the others share the rest.
 */
function widthsWithId(ids: readonly string[], rest: readonly number[]): number[] {
  const longest = Math.max(...ids.map((id) => id.length), 6);
  const id = Math.min(Math.max(longest * 115 + 2 * 100 + 60, 1200), 2600);
  return [id, ...columnWidths(rest, TEXT_WIDTH - id)];
}

export function matrixTable(ctx: DocxContext): Table | Paragraph {
  const rows = ctx.view.responsibilityMatrix;
  if (rows.length === 0) return new Paragraph({ children: [textRun('This checklist has no items.')] });
  const widths = widthsWithId(rows.map((r) => r.id), [26, 12, 13, 13, 19]);
  const [id, title, level, inst, op, status] = widths as [number, number, number, number, number, number];
  const header = [
    headerCell('ID', id),
    headerCell('Item', title),
    headerCell('Level', level),
    headerCell('Installation', inst),
    headerCell('Operation', op),
    headerCell('Status', status),
  ];
  const body = rows.map((row) =>
    bodyRow([
      idCell(row.id, id, ctx),
      cell([cellText(row.titleText)], title),
      cell([cellText(row.level ?? 'every level')], level),
      cell([cellText(party(row.installation))], inst),
      cell([cellText(party(row.operation))], op),
      statusCell(row, status),
    ]),
  );
  return fixedTable([headerRow(header), ...body], widths);
}

export function openItemsTable(ctx: DocxContext): Table | Paragraph {
  const rows = ctx.view.openItems;
  if (rows.length === 0) return new Paragraph({ children: [textRun('No items are open.')] });
  const widths = widthsWithId(rows.map((r) => r.id), [34, 20, 30]);
  const [id, title, status, comment] = widths as [number, number, number, number];
  const header = [headerCell('ID', id), headerCell('Item', title), headerCell('Status', status), headerCell('Comment', comment)];
  const body = rows.map((row) =>
    bodyRow(
      [
        idCell(row.id, id, ctx),
        cell([cellText(row.titleText)], title),
        cell([cellText(row.statusText)], status),
        cell([cellText(row.comment)], comment),
      ],
      false,
      // A long comment may run over a page.
      row.comment.length > 1500,
    ),
  );
  return fixedTable([headerRow(header), ...body], widths);
}
