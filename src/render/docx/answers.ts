/** Answer boxes: ☒ for the chosen option, ☐ for the others, then the write-in fields. */
import { TextRun, type ParagraphChild } from 'docx';
import type { AnswerOptions } from '../../model/checklist.js';
import type { Status } from '../../model/view.js';
import { CELL_TEXT } from './cells.js';
import { textRun } from './inline.js';
import { BLANK_FIELD } from './labels.js';
import { COLOR, FONT, SIZE } from './theme.js';

const CHECKED = '\u2612';
const UNCHECKED = '\u2610';
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

/** The runs of one answer line: every option with its box, then `Field: value` or `Field: ________`. */
export function answerRuns(answers: AnswerOptions, status: Status, fieldValues: Record<string, string> = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  answers.options.forEach((option, i) => {
    const checked = isChosen(option, status);
    if (i > 0) runs.push(textRun(GAP, CELL_TEXT));
    runs.push(box(checked), textRun(`\u00A0${option}`, { ...CELL_TEXT, bold: checked }));
  });
  for (const field of answers.fields) {
    const value = fieldValues[field]?.trim() ?? '';
    if (runs.length > 0) runs.push(textRun(GAP, CELL_TEXT));
    runs.push(textRun(`${field.replace(/:\s*$/, '')}: `, CELL_TEXT), textRun(value === '' ? BLANK_FIELD : value, { ...CELL_TEXT, bold: value !== '' }));
  }
  return runs;
}
