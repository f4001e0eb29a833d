/**
 * The annex's and the offer's tables of text (targets, settings, items not applicable, scope):
 * an intro, then a table with a header row repeated on every page, or the sentence for none.
 */
import { Paragraph, type FileChild } from 'docx';
import type { SettingsPart, TextTable } from '../../present/annex.js';
import { bodyRow, cell, cellText, fixedTable, headerCell, headerRow, spacer, valueOrLine } from './cells.js';
import { contentWidths, minimumWidth } from './column-widths.js';
import type { DocxContext } from './context.js';
import { caption } from './directives.js';
import { textRun } from './inline.js';
import { omittedBlocks } from './overview.js';
import { PARA } from './style-ids.js';

/** Relative widths by column count: the ID column narrow, the item's title wide. */
const SHARES: Record<number, number[]> = {
  3: [22, 48, 30],
  4: [18, 30, 22, 30],
  6: [17, 27, 11, 19, 13, 13],
};

/**
 * The offer's scope (ID, item, level, target, installation, operation; without levels: ID, item,
 * installation, operation): the ID, the level and the parties on one line, as narrow as that; the
 * item's title and the target share the rest by their length, so a long title gets the room.
 */
const SCOPE_ONE_LINE: Record<number, number[]> = { 6: [0, 2, 4, 5], 4: [0, 2, 3] };
/** The target a quarter at most, as in the PDF: a long one (every level's value) left the title a few words a line. */
const SCOPE_MOST: Record<number, Record<number, number>> = { 6: { 3: 0.25 } };

/**
 * Column widths from the table's content: `oneLine` columns as wide as their longest text, the
 * others by their length, up to their `most` (a fraction of the table) and from their `least`.
 */
interface Sizing {
  oneLine: readonly number[];
  most?: Readonly<Record<number, number>>;
  least?: Readonly<Record<number, number>>;
}

/**
 * The agreed settings (a row's number or name, the setting, its default, the customer's value), as
 * the PDF sizes them: by their content, a row number narrow and a setting's name wide, the
 * customer's column a quarter at least, room to write a value by hand.
 */
const SETTINGS_SIZING = (columns: number): Sizing => ({ oneLine: [], least: { [columns - 1]: 0.25 } });


function shares(columns: number): number[] {
  return SHARES[columns] ?? Array.from({ length: columns }, () => 1);
}

/**
 * `keepEnd`: the last row and the spacer kept with what follows (the signatures, never alone on a
 * page). `notes`: the footnotes its cells refer to, right under it, as the HTML prints them.
 */
export function textTable(columns: string[], rows: string[][], idColumn = true, keepEnd = false, sizing?: Sizing, notes: readonly string[] = []): FileChild[] {
  // No column narrower than its longest word, an ID kept whole, as the matrix sizes its own.
  const texts = columns.map((column, i) => [column, ...rows.map((row) => row[i] ?? '')]);
  const whole = idColumn ? [0] : [];
  // By their length, none more than the title's (the second column): the title gets the room.
  const lengths = texts.map((column) => minimumWidth(column, true));
  const byLength = lengths.map((length) => Math.min(length, lengths[1] ?? length));
  const widths = sizing
    ? contentWidths(texts, byLength, { whole, oneLine: sizing.oneLine, most: sizing.most, least: sizing.least })
    : contentWidths(texts, shares(columns.length), { whole });
  const header = columns.map((c, i) => headerCell(c, widths[i]!));
  const body = rows.map((row, r) =>
    bodyRow(
      row.map((text, i) => cell([i === 0 && idColumn ? cellText(text, { style: PARA.tableLabel }) : valueOrLine(text, widths[i]!)], widths[i]!)),
      keepEnd && r === rows.length - 1,
    ),
  );
  const noteLines = notes.map((note) => new Paragraph({ style: PARA.tableNote, keepNext: keepEnd, children: [textRun(note)] }));
  return [fixedTable([headerRow(header), ...body], widths), ...noteLines, spacer(keepEnd)];
}

const paragraph = (text: string) => new Paragraph({ keepNext: true, children: [textRun(text)] });

export function textTableBlocks(part: TextTable, sizing?: Sizing): FileChild[] {
  const intro = part.intro === '' ? [] : [paragraph(part.intro)];
  if (part.rows.length === 0) return [...intro, ...(part.empty === '' ? [] : [paragraph(part.empty)])];
  return [...intro, ...textTable(part.columns, part.rows, true, false, sizing, part.notes)];
}

export function scopeBlocks(ctx: DocxContext): FileChild[] {
  const { scope } = ctx.p;
  const intro = scope.intro === '' ? [] : [paragraph(scope.intro)];
  return [...intro, ...(scope.omitted ? omittedBlocks(scope.omitted) : []), ...textTableBlocks({ ...scope, intro: '' }, { oneLine: SCOPE_ONE_LINE[scope.columns.length] ?? [0], most: SCOPE_MOST[scope.columns.length] })];
}

export function settingsBlocks(part: SettingsPart, keepEnd = false): FileChild[] {
  if (part.tables.length === 0) return [paragraph(part.empty)];
  return [
    paragraph(part.intro),
    ...part.tables.flatMap((table, t) => [
      ...(table.caption ? [caption(table.caption)] : []),
      ...textTable(table.columns, table.rows, false, keepEnd && t === part.tables.length - 1, SETTINGS_SIZING(table.columns.length), table.notes),
    ]),
  ];
}
