/**
 * GFM tables of the master, and fillable tables whose "Customer setting" column already holds
 * the customer's value (an empty one becomes a line to fill). Columns are sized from their
 * content, in fixed twips, so the table looks the same in every reader.
 */
import type { Paragraph, Table } from 'docx';
import { inlineText } from '../../model/inline-text.js';
import type { Inline } from '../../model/checklist.js';
import type { ViewTable } from '../../model/view.js';
import { keyText } from '../../fill/keys.js';
import { cell, cellParagraph, fillLine, fixedTable, headerRow, bodyRow, valueOrLine } from './cells.js';
import { writeIn } from './controls.js';
import type { DocxContext } from './context.js';
import { inlineRuns, textRun } from './inline.js';
import { CHAR, PARA } from './style-ids.js';
import { contentWidths } from './column-widths.js';

/** The plain text of inline content, to measure a column by. */
export const plainText = (nodes: readonly Inline[]): string => inlineText(nodes, { lineBreak: '\n', footnoteNumbers: true });

/**
 * Column weights from the longest word and the longest line of each column, within bounds, so a
 * column of numbers stays narrow and a column of sentences gets the room.
 */
function weights(table: ViewTable): number[] {
  const rows = [table.header, ...table.rows];
  const columns = Math.max(...rows.map((r) => r.length), 1);
  return Array.from({ length: columns }, (_, c) => {
    const texts = rows.map((r) => plainText(r[c] ?? []));
    const longestLine = Math.max(...texts.flatMap((t) => t.split('\n').map((l) => l.length)), 1);
    const longestWord = Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)), 1);
    const wanted = Math.max(longestWord + 1, Math.min(longestLine, 36));
    // The customer's column needs room to write in even when empty.
    return c === table.fillableColumn ? Math.max(wanted, 18) : Math.max(wanted, 3);
  });
}

const KEEP_TOGETHER = 12;

/**
 * A word longer than this is broken in every format (the HTML's cells wrap anywhere in print),
 * so it claims no more than this for its column: a 90-character token must not squeeze the
 * other columns until Word breaks their words ("Cente/r").
 */
const LONGEST_WHOLE_WORD = 24;

/** Each column's texts, its longest words cut to LONGEST_WHOLE_WORD, to size the columns by. */
function columnTexts(table: ViewTable, columns: number): string[][] {
  const rows = [table.header, ...table.rows];
  const cut = new RegExp(`\\S{${LONGEST_WHOLE_WORD}}`, 'g');
  return Array.from({ length: columns }, (_, c) => rows.map((r) => plainText(r[c] ?? []).replace(cut, '$& ')));
}

export function plainTable(table: ViewTable, ctx: DocxContext): Table {
  // Shared by the content's weights, but no column narrower than its longest word.
  const shares = weights(table);
  const widths = contentWidths(columnTexts(table, shares.length), shares);
  const align = (c: number) => table.align[c] ?? undefined;
  const header = widths.map((width, c) =>
    cell(
      [cellParagraph(inlineRuns(table.header[c] ?? [], ctx), { style: PARA.tableHeader, alignment: align(c) })],
      width,
    ),
  );
  // A short table is kept on one page; a long one may run over, its header row repeated.
  const keep = table.rows.length <= KEEP_TOGETHER;
  const rows = table.rows.map((row, r) =>
    bodyRow(
      widths.map((width, c) => {
        const content = row[c] ?? [];
        if (c !== table.fillableColumn) return cell([cellParagraph(inlineRuns(content, ctx), { alignment: align(c) })], width);
        // The customer's column has a shade of its own, as a Word user shades a column.
        return cell([settingValue(content, width, table.labels?.[r] ?? null, ctx)], width, { fill: ctx.look.colors.customerFill });
      }),
      keep && r < table.rows.length - 1,
    ),
  );
  return fixedTable([headerRow(header), ...rows], widths);
}

/**
 * The customer's setting: a text control when the row has a label (what `settings` keys), holding
 * the value or a line to fill; a row without one keeps the master's cell as written.
 */
function settingValue(content: Inline[], width: number, label: string | null, ctx: DocxContext): Paragraph {
  const given = label === null ? undefined : ctx.view.answers.given[keyText({ kind: 'setting', label })];
  if (label === null) return plainText(content).trim() === '' ? fillLine(width) : cellParagraph(inlineRuns(content, ctx, { style: CHAR.answer }));
  const control = writeIn(keyText({ kind: 'setting', label }), `Customer setting: ${label}`);
  // What the master wrote in the customer's column stands as the placeholder until a value is given.
  const example = plainText(content).trim();
  if (given === undefined && example !== '') return cellParagraph([control([textRun(example, { style: CHAR.placeholder })], true)]);
  return valueOrLine(given ?? '', width, { style: CHAR.answer }, control);
}
