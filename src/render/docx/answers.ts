/**
 * Answer boxes: ☒ for the chosen option, ☐ for the others, each a checkbox control; then the
 * write-in fields, each a plain-text control.
 */
import { TextRun, type ParagraphChild } from 'docx';
import type { AnswerOptions } from '../../model/checklist.js';
import type { Status } from '../../model/view.js';
import { textRun } from './inline.js';
import { EXECUTED_ROW } from '../../fill/answers.js';
import { boxTag, keyText, type AnswerKey } from '../../fill/keys.js';
import { CHECKED, UNCHECKED, checkboxControl, textControl } from './controls.js';
import { BLANK_FIELD } from './labels.js';
import { CHAR } from './style-ids.js';
import { linesOf } from './text.js';

/** Space between two options: wide enough to read as separate boxes, narrow enough to wrap well. */
const GAP = '\u2003\u2002';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an option is the chosen one; a status that names no option checks nothing. */
export function isChosen(option: string, status: Status): boolean {
  return status !== null && same(option, status);
}

/**
 * The box, in the Checkbox styles. Its font is the body's, which lacks ☐ and ☒, so Word draws
 * them from Segoe UI Symbol and other readers from a font that has them; named as a symbol font
 * itself, the box would be in a font docx/layout has no metrics for, and the TOC's pages a guess.
 */
function box(checked: boolean): TextRun {
  return new TextRun({ text: checked ? CHECKED : UNCHECKED, style: checked ? CHAR.boxChecked : CHAR.box });
}

/** Which answer a line of boxes gives: the item's Executed row (`row` null) or a component row. */
export interface AnswerPlace {
  item: string;
  row: string | null;
}

/** Every option of a choice with its box, each a checkbox control tagged with the choice's key; `where` names them for Word. */
export function choiceRuns(choice: AnswerKey, options: readonly string[], status: Status, where: string, font: string): ParagraphChild[] {
  return options.flatMap((option, i) => {
    const checked = isChosen(option, status);
    const control = checkboxControl(boxTag(choice, option), `${where}: ${option}`, checked, box(checked), font);
    return [...(i > 0 ? [textRun(GAP)] : []), control, textRun(`\u00A0${option}`, checked ? { style: CHAR.answer } : {})];
  });
}

/**
 * An answer line's text much as answerRuns prints it (each option with its box, then `Field:
 * value`), for the row's estimated height: a write-in of thousands of characters or of many
 * lines (a pasted version list) makes the row taller than a page, and a row kept whole then was
 * cut off at the page's foot in LibreOffice and Word, the rest of the value lost.
 */
export function answerText(answers: AnswerOptions, fieldValues: Record<string, string>): string {
  const options = answers.options.map((option) => `☐ ${option}`).join('   ');
  const fields = answers.fields.map((field) => `${field.replace(/:\s*$/, '')}: ${fieldValues[field]?.trim() || BLANK_FIELD}`);
  return [options, ...fields].filter((part) => part !== '').join('   ');
}

/** The runs of one answer line: every option with its box, then `Field: value` or `Field: ________`. */
export function answerRuns(answers: AnswerOptions, status: Status, fieldValues: Record<string, string>, at: AnswerPlace, font: string): ParagraphChild[] {
  const choice: AnswerKey = at.row === null ? { kind: 'status', item: at.item } : { kind: 'component', item: at.item, row: at.row };
  const where = `${at.item} ${at.row ?? 'Executed'}`;
  const runs = choiceRuns(choice, answers.options, status, where, font);
  for (const field of answers.fields) {
    const value = fieldValues[field]?.trim() ?? '';
    const label = field.replace(/:\s*$/, '');
    const tag = keyText({ kind: 'field', item: at.item, row: at.row ?? EXECUTED_ROW, field });
    if (runs.length > 0) runs.push(textRun(GAP));
    runs.push(textRun(`${label}: `));
    if (value === '') runs.push(textControl(tag, `${where}: ${label}`, [textRun(BLANK_FIELD)], true));
    // A value of several lines (the form takes them) is a control per line with a break between,
    // as cells.ts writes a comment: a line feed inside a control's text shows as a space in Word
    // and is saved as one by LibreOffice, so the untouched document imported as a change.
    else linesOf(value).forEach((line, i) => runs.push(...(i > 0 ? [textRun('', {}, { break: 1 })] : []), textControl(tag, `${where}: ${label}`, [textRun(line, { style: CHAR.answer })], false)));
  }
  return runs;
}
