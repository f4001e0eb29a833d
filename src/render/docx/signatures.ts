/**
 * The signature block: the declaration both parties sign, then customer and supplier side by
 * side (name, function, place, date, a line to sign). Every paragraph is kept with the next and
 * no row splits, so the block is never torn across two pages.
 */
import { Paragraph, type FileChild, type TableCell } from 'docx';
import type { SignatureParty } from '../../present/signatures.js';
import { cell, cellText, fillLine, fixedTable, keptTogether, labelCell, valueOrLine } from './cells.js';
import type { DocxContext } from './context.js';
import { writeIn } from './controls.js';
import { textRun } from './inline.js';
import { PARA } from './style-ids.js';
import { columnWidths } from './theme.js';

const widths = columnWidths([22, 39, 39]);
const [LABEL, SIDE] = widths as [number, number, number];

function partyHeader(party: SignatureParty): TableCell {
  const children = [cellText(party.heading, { style: PARA.tableHeader })];
  if (party.company.trim() !== '') children.push(cellText(party.company, { style: PARA.tableNote }));
  return cell(children, SIDE);
}

/** Room to sign: blank space above a line, as on paper. */
function signatureCell(): TableCell {
  return cell([cellText(''), cellText(''), fillLine(SIDE)], SIDE);
}

export function signatureBlocks(ctx: DocxContext): FileChild[] {
  const { declaration, parties, fieldLabels, signLabel } = ctx.p.signatures;
  const intro = new Paragraph({ keepNext: true, keepLines: true, children: [textRun(declaration)] });
  const rows: TableCell[][] = [
    ...fieldLabels.map((label, i) => [
      labelCell(label, LABEL),
      ...parties.map((party) => {
        const field = party.fields[i]!;
        const control = field.key === undefined ? undefined : writeIn(field.key, `${party.heading}: ${field.label}`);
        return cell([valueOrLine(field.value, SIDE, {}, control)], SIDE);
      }),
    ]),
    [labelCell(signLabel, LABEL), signatureCell(), signatureCell()],
  ];
  const header = [cell([], LABEL), ...parties.map(partyHeader)];
  return [intro, fixedTable(keptTogether(rows, header), widths, { labelColumn: true })];
}
