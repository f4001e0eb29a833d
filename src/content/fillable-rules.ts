/**
 * Fillable tables as a Word guide's conversion leaves them. The customer's column is told by
 * its header, so a header with a typo makes the table plain: the deployment's settings no
 * longer fill it and the annex does not list it. And a deployment fills a row by its label, so
 * two rows with one label (the product's and the server's password policy) take one value.
 */
import type { Table as MdTable } from 'mdast';
import type { Block, Inline, SourcePlace } from '../model/checklist.js';
import { normalizeLabel } from '../model/labels.js';
import type { BuildContext } from './context.js';
import { inlineText } from './inline.js';
import { nearest } from './near-miss.js';

const SETTING_COLUMN = 'Customer setting';

const isSettingColumn = (cell: Inline[]) => normalizeLabel(inlineText(cell)).replace(/\s*:$/, '') === normalizeLabel(SETTING_COLUMN);

/** The index of the `Customer setting` column (spaces collapsed, case and a trailing colon aside), or -1. */
export function settingColumnOf(header: readonly Inline[][]): number {
  return header.findIndex(isSettingColumn);
}

/**
 * A second `Customer setting` column (a Word table's column copied): only the first is filled,
 * and the second prints what the master writes in it for every customer, as the setting.
 */
export function reportSecondSettingColumn(table: MdTable, header: readonly Inline[][], settingColumn: number, context: BuildContext): void {
  const second = header.findIndex((cell, index) => index > settingColumn && isSettingColumn(cell));
  if (second < 0) return;
  const node = table.children[0]?.children[second];
  context.error(
    context.place(node?.children[0] ?? node ?? table),
    `A second "${SETTING_COLUMN}" column: only the first (column ${settingColumn + 1}) is filled from the deployment's settings, and this one prints what the master writes in it for every customer: remove it, or name it for what it holds (e.g. "Default")`,
    'setting-column',
  );
}

/** `Customer settings`, `Costumer setting`, `Customer-setting`: meant as the customer's column. */
export function reportSettingColumnLike(table: MdTable, header: readonly Inline[][], context: BuildContext): void {
  header.forEach((cell, index) => {
    const written = inlineText(cell).replace(/\s+/g, ' ').trim();
    if (nearest(written, [SETTING_COLUMN], 'long names') === undefined) return;
    const node = table.children[0]?.children[index];
    context.error(
      context.place(node?.children[0] ?? node ?? table),
      `Column "${written}" is not "${SETTING_COLUMN}", so the table is not filled from the deployment's settings (and the annex does not list it): write "${SETTING_COLUMN}"`,
      'setting-column',
    );
  });
}

/** Two fillable rows with one label, anywhere in the master: one setting would fill both. */
export function reportRepeatedSettings(blocks: readonly Block[], context: BuildContext, seen = new Map<string, SourcePlace>()): void {
  for (const block of blocks) {
    if (block.kind === 'section') reportRepeatedSettings(block.children, context, seen);
    if (block.kind !== 'table' || block.fillable === null) continue;
    const heading = inlineText(block.header[rowLabelColumn(block.header, block.fillable.column)] ?? []).trim();
    for (const row of block.rows) {
      if (row.label === null) continue;
      const first = seen.get(normalizeLabel(row.label));
      if (first === undefined) {
        seen.set(normalizeLabel(row.label), row.place);
        continue;
      }
      const example = heading === '' ? '' : ` (e.g. "${row.label} (${heading})")`;
      context.error(
        row.place,
        `Setting "${row.label}" is also the row on line ${first.line}${first.file === row.place.file ? '' : ` of ${first.file}`}: a deployment's settings are keyed by the row's label, so one value would fill both; give each row a label of its own${example}`,
        'repeated-setting',
      );
    }
  }
}

/** The header over the labels: the first column but a row number's and the customer's. */
function rowLabelColumn(header: readonly Inline[][], settingColumn: number): number {
  const index = header.findIndex((cell, column) => column !== settingColumn && !/^(?:#|no\.?|nr\.?)?$/i.test(inlineText(cell).trim()));
  return index < 0 ? 0 : index;
}
