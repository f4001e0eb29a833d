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
const [LABEL] = widths as [number, number, number];
/** The width of a party's column: customer, then supplier. */
const side = (party: number) => widths[1 + party]!;

function partyHeader(party: SignatureParty, index: number): TableCell {
  const children = [cellText(party.heading, { style: PARA.tableHeader })];
  if (party.company.trim() !== '') children.push(cellText(party.company, { style: PARA.tableNote }));
  return cell(children, side(index));
}

/** Room to sign: blank space above a line, as on paper. */
function signatureCell(index: number): TableCell {
  return cell([cellText(''), cellText(''), fillLine(side(index))], side(index));
}

export function signatureBlocks(ctx: DocxContext): FileChild[] {
  const { declaration, parties, fieldLabels, signLabel } = ctx.p.signatures;
  const intro = new Paragraph({ keepNext: true, keepLines: true, children: [textRun(declaration)] });
  const rows: TableCell[][] = [
    ...fieldLabels.map((label, i) => [
      labelCell(label, LABEL),
      ...parties.map((party, p) => {
        const field = party.fields[i]!;
        const control = field.key === undefined ? undefined : writeIn(field.key, `${party.heading}: ${field.label}`);
        return cell([valueOrLine(field.value, side(p), {}, control)], side(p));
      }),
    ]),
    [labelCell(signLabel, LABEL), ...parties.map((_, p) => signatureCell(p))],
  ];
  const header = [cell([], LABEL), ...parties.map((party, p) => partyHeader(party, p))];
  return [intro, fixedTable(keptTogether(rows, header), widths, { labelColumn: true })];
}
