/**
 * Answer boxes: ☒ for the chosen option, ☐ for the others, each a checkbox control; then the
 * write-in fields, each a plain-text control.
 */
import { TextRun, type ParagraphChild } from 'docx';
import type { AnswerOptions } from '../../model/checklist.js';
import type { Status } from '../../model/view.js';
import { CELL_TEXT } from './cells.js';
import { textRun } from './inline.js';
import { EXECUTED_ROW } from '../../fill/answers.js';
import { boxTag, keyText, type AnswerKey } from '../../fill/keys.js';
import { CHECKED, UNCHECKED, checkboxControl, textControl } from './controls.js';
import { BLANK_FIELD } from './labels.js';
import { COLOR, FONT, SIZE } from './theme.js';

/** Space between two options: wide enough to read as separate boxes, narrow enough to wrap well. */
const GAP = '\u2003\u2002';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an option is the chosen one; a status that names no option checks nothing. */
export function isChosen(option: string, status: Status): boolean {
  return status !== null && same(option, status);
}

function box(checked: boolean): TextRun {
  return new TextRun({
    text: checked ? CHECKED : UNCHECKED,
    font: FONT.symbol,
    size: SIZE.table + 2,
    color: checked ? COLOR.primary : COLOR.muted,
  });
}

/** Which answer a line of boxes gives: the item's Executed row (`row` null) or a component row. */
export interface AnswerPlace {
  item: string;
  row: string | null;
}

/** The runs of one answer line: every option with its box, then `Field: value` or `Field: ________`. */
export function answerRuns(answers: AnswerOptions, status: Status, fieldValues: Record<string, string>, at: AnswerPlace): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const choice: AnswerKey = at.row === null ? { kind: 'status', item: at.item } : { kind: 'component', item: at.item, row: at.row };
  const where = `${at.item} ${at.row ?? 'Executed'}`;
  answers.options.forEach((option, i) => {
    const checked = isChosen(option, status);
    if (i > 0) runs.push(textRun(GAP, CELL_TEXT));
    runs.push(checkboxControl(boxTag(choice, option), `${where}: ${option}`, checked, box(checked), FONT.symbol), textRun(`\u00A0${option}`, { ...CELL_TEXT, bold: checked }));
  });
  for (const field of answers.fields) {
    const value = fieldValues[field]?.trim() ?? '';
    const label = field.replace(/:\s*$/, '');
    const tag = keyText({ kind: 'field', item: at.item, row: at.row ?? EXECUTED_ROW, field });
    if (runs.length > 0) runs.push(textRun(GAP, CELL_TEXT));
    runs.push(textRun(`${label}: `, CELL_TEXT), textControl(tag, `${where}: ${label}`, [textRun(value === '' ? BLANK_FIELD : value, { ...CELL_TEXT, bold: value !== '' })], value === ''));
  }
  return runs;
}
