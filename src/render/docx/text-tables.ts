/**
 * The annex's and the offer's tables of text (targets, settings, items not applicable, scope):
 * an intro, then a table with a header row repeated on every page, or the sentence for none.
 */
import { Paragraph, type FileChild } from 'docx';
import type { SettingsPart, TextTable } from '../../present/annex.js';
import { bodyRow, cell, cellText, fixedTable, headerCell, headerRow, spacer, valueOrLine } from './cells.js';
import { contentWidths } from './column-widths.js';
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

/** The offer's scope without Level and Target columns (a master without levels): ID, item, installation, operation. */
const SCOPE_WITHOUT_LEVELS = [19, 45, 18, 18];

function shares(columns: number): number[] {
  return SHARES[columns] ?? Array.from({ length: columns }, () => 1);
}

/** `keepEnd`: the last row and the spacer kept with what follows (the signatures, never alone on a page). */
export function textTable(columns: string[], rows: string[][], idColumn = true, keepEnd = false, columnShares = shares(columns.length)): FileChild[] {
  // No column narrower than its longest word, an ID kept whole, as the matrix sizes its own.
  const texts = columns.map((column, i) => [column, ...rows.map((row) => row[i] ?? '')]);
  const widths = contentWidths(texts, columnShares, { whole: idColumn ? [0] : [] });
  const header = columns.map((c, i) => headerCell(c, widths[i]!));
  const body = rows.map((row, r) =>
    bodyRow(
      row.map((text, i) => cell([i === 0 && idColumn ? cellText(text, { style: PARA.tableLabel }) : valueOrLine(text, widths[i]!)], widths[i]!)),
      keepEnd && r === rows.length - 1,
    ),
  );
  return [fixedTable([headerRow(header), ...body], widths), spacer(keepEnd)];
}

const paragraph = (text: string) => new Paragraph({ keepNext: true, children: [textRun(text)] });

export function textTableBlocks(part: TextTable, columnShares = shares(part.columns.length)): FileChild[] {
  const intro = part.intro === '' ? [] : [paragraph(part.intro)];
  if (part.rows.length === 0) return [...intro, ...(part.empty === '' ? [] : [paragraph(part.empty)])];
  return [...intro, ...textTable(part.columns, part.rows, true, false, columnShares)];
}

export function scopeBlocks(ctx: DocxContext): FileChild[] {
  const { scope } = ctx.p;
  const intro = scope.intro === '' ? [] : [paragraph(scope.intro)];
  return [...intro, ...(scope.omitted ? omittedBlocks(scope.omitted) : []), ...textTableBlocks({ ...scope, intro: '' }, ctx.view.level.levels.length === 0 ? SCOPE_WITHOUT_LEVELS : undefined)];
}

export function settingsBlocks(part: SettingsPart, keepEnd = false): FileChild[] {
  if (part.tables.length === 0) return [paragraph(part.empty)];
  return [
    paragraph(part.intro),
    ...part.tables.flatMap((table, t) => [
      ...(table.caption ? [caption(table.caption)] : []),
      ...textTable(table.columns, table.rows, false, keepEnd && t === part.tables.length - 1),
    ]),
  ];
}
