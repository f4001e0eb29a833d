/**
 * The signature block: customer and supplier side by side (name, function, place, date, a line to
 * sign). Every paragraph is kept with the next and no row splits, so the block is never torn
 * across two pages.
 */
import { Paragraph, type FileChild, type TableCell } from 'docx';
import type { Signature } from '../../model/deployment.js';
import { CELL_TEXT, cell, cellText, fillLine, fixedTable, keptTogether, labelCell, valueOrLine } from './cells.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { COLOR, SIZE, columnWidths } from './theme.js';

const widths = columnWidths([22, 39, 39]);
const [LABEL, SIDE] = widths as [number, number, number];

const ROWS: [keyof Signature, string][] = [
  ['name', 'Name'],
  ['role', 'Function'],
  ['place', 'Place'],
  ['date', 'Date'],
];

function partyHeader(title: string, company: string): TableCell {
  const children = [cellText(title, { ...CELL_TEXT, bold: true, color: COLOR.primary })];
  if (company.trim() !== '') children.push(cellText(company, { size: SIZE.small, color: COLOR.muted }));
  return cell(children, SIDE, { fill: COLOR.headerFill });
}

/** Room to sign: blank space above a line, as on paper. */
function signatureCell(): TableCell {
  return cell([cellText(''), cellText(''), fillLine(SIDE)], SIDE);
}

export function signatureBlocks(ctx: DocxContext): FileChild[] {
  const { customer, supplier } = ctx.view.signatures;
  const { overview } = ctx.view;
  const intro = new Paragraph({
    keepNext: true,
    keepLines: true,
    children: [textRun('By signing, customer and supplier confirm the measures, settings and responsibilities agreed in this checklist.')],
  });
  const rows: TableCell[][] = [
    ...ROWS.map(([key, label]) => [
      labelCell(label, LABEL),
      cell([valueOrLine(customer[key], SIDE)], SIDE),
      cell([valueOrLine(supplier[key], SIDE)], SIDE),
    ]),
    [labelCell('Signature', LABEL), signatureCell(), signatureCell()],
  ];
  const header = [
    cell([], LABEL, { fill: COLOR.headerFill }),
    partyHeader('Customer', overview.customer.company),
    partyHeader('Supplier', overview.supplier.company),
  ];
  return [intro, fixedTable(keptTogether(rows, header), widths)];
}
