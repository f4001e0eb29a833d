/**
 * The deployment overview (customer and supplier side by side, then the deployment's facts), the
 * level statement, the list of items the level leaves out, and the summary counts.
 */
import { Paragraph, type Table, type TableCell } from 'docx';
import type { ContactDetails } from '../../model/deployment.js';
import { CELL_TEXT, cell, cellText, fixedTable, headerCell, keptTogether, labelCell, valueOrLine, bodyRow, headerRow } from './cells.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { BLANK_FIELD } from './labels.js';
import { COLOR, SIZE, TEXT_WIDTH, columnWidths } from './theme.js';

const [LABEL, PARTY_COL] = columnWidths([28, 36, 36]) as [number, number, number];
const SPAN = TEXT_WIDTH - LABEL;

const CONTACT_ROWS: [keyof ContactDetails, string][] = [
  ['company', 'Company'],
  ['name', 'Name'],
  ['address', 'Address'],
  ['telephone', 'Telephone'],
  ['email', 'E-mail'],
];

export function overviewTable(ctx: DocxContext): Table {
  const { overview } = ctx.view;
  const contact = CONTACT_ROWS.map(([key, label]) => [
    labelCell(label, LABEL),
    cell([valueOrLine(overview.customer[key], PARTY_COL)], PARTY_COL),
    cell([valueOrLine(overview.supplier[key], PARTY_COL)], PARTY_COL),
  ]);
  const master =
    overview.masterVersion === '' && overview.masterDate === ''
      ? ''
      : `${ctx.view.meta.title}\nVersion ${overview.masterVersion || BLANK_FIELD}, ${overview.masterDate || BLANK_FIELD}`;
  const facts: [string, string][] = [
    ['Covered systems (system, software version, devices, MAC/IP addresses)', overview.coveredSystems],
    ['Components', overview.components.join(', ')],
    ['Referenced master security checklist', master],
    ['General remark', overview.generalRemark],
    ['Open issues to be resolved until', overview.openIssuesUntil],
    ['Date', overview.date],
  ];
  const rows: TableCell[][] = [
    ...contact,
    ...facts.map(([label, value]) => [labelCell(label, LABEL), cell([valueOrLine(value, SPAN)], SPAN, { span: 2 })]),
  ];
  const header = [cell([], LABEL, { fill: COLOR.headerFill }), headerCell('Customer', PARTY_COL), headerCell('Supplier', PARTY_COL)];
  return fixedTable(keptTogether(rows, header), [LABEL, PARTY_COL, PARTY_COL]);
}

/** What the chosen level means for this checklist, in a sentence. */
export function levelStatement(ctx: DocxContext, omittedWhere: 'below' | 'appendix'): Paragraph[] {
  const { level, blank } = ctx.view;
  if (level.levels.length === 0) return [new Paragraph({ children: [textRun('This checklist has no security levels: every item applies.')] })];
  const all = level.levels.join(', ');
  if (level.chosen === null) {
    const text = blank
      ? [textRun('Security level: '), textRun(BLANK_FIELD), textRun(` (one of: ${all}).`)]
      : [textRun(`No security level was chosen: every item of every level (${all}) applies.`)];
    return [new Paragraph({ children: text })];
  }
  const count = level.omitted.length;
  const left =
    count === 0
      ? ' No item is left out by this choice.'
      : ` Items of a higher level are left out: ${count} ${count === 1 ? 'item is' : 'items are'} listed ${omittedWhere === 'below' ? 'below' : 'in the appendix'}.`;
  return [
    new Paragraph({
      children: [
        textRun('This checklist applies the security level '),
        textRun(level.chosen, { bold: true }),
        textRun(` (levels: ${all}).${left}`),
      ],
    }),
  ];
}

/** The items the chosen level leaves out: ID, title and their level. */
export function omittedTable(ctx: DocxContext): Table | null {
  const { omitted } = ctx.view.level;
  if (omitted.length === 0) return null;
  const widths = columnWidths([22, 60, 18]);
  const [id, title, lvl] = widths as [number, number, number];
  const header = [headerCell('ID', id), headerCell('Item', title), headerCell('Level', lvl)];
  const rows = omitted.map((o) =>
    bodyRow([cell([cellText(o.id, { ...CELL_TEXT, bold: true })], id), cell([cellText(o.titleText)], title), cell([cellText(o.level)], lvl)]),
  );
  return fixedTable([headerRow(header), ...rows], widths);
}

/** Counts per status, level and responsible party, under one total. */
export function summaryTable(ctx: DocxContext): Table {
  const { summary } = ctx.view;
  const widths = columnWidths([75, 25], Math.round(TEXT_WIDTH * 0.6));
  const [label, count] = widths as [number, number];
  const full = label + count;
  const number = (n: number, bold = false) => cell([cellText(String(n), { ...CELL_TEXT, bold }, { alignment: 'right' })], count);
  const group = (title: string, entries: { label: string; count: number }[]): TableCell[][] => [
    [cell([cellText(title, { ...CELL_TEXT, bold: true, italics: true, size: SIZE.table })], full, { span: 2, fill: COLOR.groupFill })],
    ...entries.map((e) => [cell([cellText(e.label)], label), number(e.count)]),
  ];
  const rows: TableCell[][] = [
    ...group('By status', summary.byStatus),
    ...group('By level', summary.byLevel),
    ...group('By responsibility', summary.byResponsible),
  ];
  const header = [headerCell('Items in this checklist', label), headerCell(String(summary.total), count)];
  return fixedTable(keptTogether(rows, header), widths);
}
