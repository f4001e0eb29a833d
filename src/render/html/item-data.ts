/**
 * What the `item` partial receives: a CL item with every box, field and line already decided,
 * so templates only lay it out. Labels are plain strings (escaped by `{{ }}`).
 */
import type { CellBlock, Inline, AnswerOptions } from '../../model/checklist.js';
import type { Party } from '../../model/deployment.js';
import type { Status, ViewItem } from '../../model/view.js';
import { EXECUTED_ROW, PARTY_OPTIONS } from '../../fill/answers.js';
import { keyText, type AnswerKey, type Phase } from '../../fill/keys.js';
import { reviewMark } from '../../present/review.js';
import { BOX, OVERALL, PARTY } from './labels.js';

export interface OptionData {
  label: string;
  checked: boolean;
  /** ☒ for the chosen option, ☐ for the others. */
  box: string;
}

export interface FieldData {
  label: string;
  /** The answer's key (`item/CL-X/field/Main server/Version`): the form's input name. */
  name: string;
  /** The written-in value, or "" (the template draws a line to write on). */
  value: string;
}

export interface AnswerData {
  /** The choice's key (`item/CL-X/status`): the form's radio group. */
  name: string;
  options: OptionData[];
  fields: FieldData[];
}

export type ItemRowData =
  /** Measures, references, access rights and extra rows: cell content for `{{{cell content}}}`. */
  | { label: string; role: string; content: CellBlock[]; text: null }
  /** Level and Target rows: plain text (a Target with footnote marks is cell content, role `target`). */
  | { label: string; role: 'level' | 'target'; content: null; text: string };

export type ComponentData = { group: false; label: string; answers: AnswerData } | { group: true; label: string };

export interface ItemData {
  id: string;
  scope: string;
  title: Inline[];
  titleText: string;
  rows: ItemRowData[];
  /** The Executed row's boxes; null for a per-component item (then `executedHeading`). */
  executed: AnswerData | null;
  /** True when the item is answered per component: "Executed" heads the component rows. */
  executedHeading: boolean;
  /** True when nothing can be ticked: no Executed options and no component of this deployment. */
  nothingToTick: boolean;
  components: ComponentData[];
  comment: { label: string; prompt: Inline[]; text: string; name: string };
  /** Party names ("Supplier"), or "" where none is agreed (then `responsibleChoices`). */
  responsible: { installation: string; operation: string };
  /** Where no party is agreed: a box per party to tick (the form's radio group); null where one is. */
  responsibleChoices: { installation: AnswerData | null; operation: AnswerData | null };
  level: string | null;
  targetValue: string | null;
  overall: ViewItem['overall'];
  overallLabel: string;
  /** "Changed since answered" and what changed, when the answer is marked for review. */
  review: { label: string; value: string } | null;
}

/** The boxes and write-ins of the Executed row (`row` null) or of a component row. */
export function answerData(answers: AnswerOptions, status: Status, values: Record<string, string>, item: string, row: string | null): AnswerData {
  const choice: AnswerKey = row === null ? { kind: 'status', item } : { kind: 'component', item, row };
  return {
    name: keyText(choice),
    options: answers.options.map((label) => {
      const checked = status !== null && label === status;
      return { label, checked, box: checked ? BOX.checked : BOX.unchecked };
    }),
    fields: answers.fields.map((label) => ({ label, value: values[label] ?? '', name: keyText({ kind: 'field', item, row: row ?? EXECUTED_ROW, field: label }) })),
  };
}

const party = (value: Party | null) => (value === null ? '' : PARTY[value]);

/** The boxes of a phase no party is agreed for: one per party, none ticked. */
function partyChoice(value: Party | null, item: string, phase: Phase): AnswerData | null {
  if (value !== null) return null;
  const options = PARTY_OPTIONS.map((label) => ({ label, checked: false, box: BOX.unchecked }));
  return { name: keyText({ kind: 'responsible', item, phase }), options, fields: [] };
}

export function itemData(item: ViewItem): ItemData {
  const rows = item.rows.map((row): ItemRowData => {
    if (row.kind === 'text') return { label: row.label, role: row.role, content: row.content, text: null };
    if (row.kind === 'level') return { label: row.label, role: 'level', content: null, text: row.level };
    // Its footnote marks as the prose prints them, a linked number the chapter's notes explain.
    if (row.content) return { label: row.label, role: 'target', content: [{ kind: 'line', content: row.content }], text: null };
    return { label: row.label, role: 'target', content: null, text: row.value };
  });
  const components = item.components.map((row): ComponentData =>
    row.kind === 'group'
      ? { group: true, label: row.label }
      : { group: false, label: row.label, answers: answerData(row.answers, row.status, row.fieldValues, item.id, row.label) },
  );
  const executed = item.executed === null ? null : answerData(item.executed, item.status, item.executedFieldValues ?? {}, item.id, null);
  return {
    id: item.id,
    scope: item.scope,
    title: item.title,
    titleText: item.titleText,
    rows,
    executed,
    executedHeading: executed === null && components.length > 0,
    nothingToTick: executed === null && components.length === 0,
    components,
    comment: { label: item.commentLabel, prompt: item.commentPrompt, text: item.comment, name: keyText({ kind: 'comment', item: item.id }) },
    responsible: { installation: party(item.responsible.installation), operation: party(item.responsible.operation) },
    responsibleChoices: {
      installation: partyChoice(item.responsible.installation, item.id, 'installation'),
      operation: partyChoice(item.responsible.operation, item.id, 'operation'),
    },
    level: item.level,
    targetValue: item.targetValue,
    overall: item.overall,
    overallLabel: OVERALL[item.overall],
    review: reviewMark(item),
  };
}
