/**
 * Near misses inside an item, each of which would print something other than what the
 * author meant: a row key one typo away from a known key (`Levle`), a component row one typo
 * away from a front-matter component (`Primary sever`), an option with `/` but no spaces
 * (`Yes/No` is one box) or with a period after it (`Deactivated.`), a `Target` row without a
 * value for a level the item applies at, and two component rows of one name (one answer would
 * fill both).
 */
import type { AnswerOptions, ClItem, SourcePlace } from '../model/checklist.js';
import type { BlockSettings } from './blocks.js';
import { ANSWER_BOX, KEY_NAMES, knownKeys, type Key } from './cl-item.js';
import { reportConditionalServer } from './conditional-server.js';
import type { BuildContext } from './context.js';
import { nearest } from './near-miss.js';
import { checkYesNo } from './yes-no-rules.js';
import { excerpt } from './excerpt.js';
import { normalizeLabel } from '../model/labels.js';

const keyNames: Record<Key, string> = {
  measures: 'Measures',
  references: 'References',
  'access-rights': 'Needed access rights',
  level: 'Level',
  target: 'Target',
  replaces: 'Replaces',
  executed: 'Executed',
  comments: 'Customer comments / reasons',
};
/** Rows whose meaning changes the output; a misspelt display row (`Measure`) is only a warning. */
const meaningful = new Set<Key>(['level', 'target', 'replaces', 'executed', 'comments']);
/** Answer words that `/` without spaces joins into one box. */
const answerWords = /^(yes|no|n\/?a|done|deactivated|partly|partially|not applicable)$/i;

/** What authors put between answers that are meant as boxes of their own: one box labelled so. */
const joiners = /\s*(?:[,;|\\\uFF0F]|<br\s*\/?>|\s-\s|\sor\s)\s*/i;
/** The same, and a space, for a row's only option (`Yes No`). */
const joinersOrSpace = new RegExp(`${joiners.source}|\\s+`, 'i');

/**
 * Squares that look like a box but are not one (pasted from Word): □ ▢ ◻ ◽ ❏ ❐ ❑ ❒ ⬜; and a
 * vendor's HTML form pasted as it is, `<input type="checkbox"/>`.
 */
const boxLike = /[\u25A1\u25A2\u25FB\u25FD\u274F\u2750\u2751\u2752\u2B1C]|<input\b[^>]*\bcheckbox\b[^>]*>/i;

export interface ItemFacts {
  executedPlace: SourcePlace | null;
  /** The Target row was read without a mistake (else a missing level would repeat that mistake). */
  targetClean: boolean;
  /** Where each level of the Target row is written. */
  targetPlaces: ReadonlyMap<string, SourcePlace>;
}

export function checkItem(item: ClItem, settings: BlockSettings, facts: ItemFacts, context: BuildContext): void {
  const { executedPlace } = facts;
  for (const row of item.rows) if (row.kind === 'text' && row.role === 'extra') checkKey(item, row.label, row.place, 'is kept as an extra row', context);
  const componentNames = new Map<string, SourcePlace>();
  let group: string | undefined;
  item.components.forEach((row, index) => {
    if (row.kind !== 'group' || item.components[index + 1]?.kind === 'component') return;
    // After Executed a row with an empty value heads the component rows below it; with none, it
    // is not printed. A near miss of a key (`Customer coments`) is reported as such (row-key).
    if (nearest(row.label, KEY_NAMES) !== undefined) return;
    // Boxes in the name: the | before the options is missing (boxes-in-label).
    if (ANSWER_BOX.test(row.label)) return;
    context.warning(row.place, `Row "${row.label}" of ${item.id} has no value, so it is taken as the heading of component rows, but none follows it: it is not printed (a comments row is "${keyNames.comments}")`, 'empty-group');
  });
  for (const row of item.components) {
    if (row.kind === 'group') group = row.label;
    else checkRepeatedName(item, row.label, row.place, componentNames, group, context);
    if (checkKey(item, row.label, row.place, 'is taken as a component row', context)) continue;
    if (row.kind === 'component' && !row.isServer && settings.trusted.components) {
      const meant = nearest(row.label, settings.components, 'long names');
      if (meant) {
        context.error(
          row.place,
          `Component row "${row.label}" of ${item.id} is not one of the front matter's components, so every customer would see it: did you mean "${meant}"?`,
          'component-name',
        );
      } else reportConditionalServer(row, item.id, settings.components, context);
    }
    if (row.kind === 'component') {
      checkOptions(item, row.answers, row.place, context);
      checkYesNo(item, row.answers, row.place, { label: row.label, asksYesNo: row.isServer }, context);
      checkLoneOption(item, row, context);
    }
  }
  if (item.executed && executedPlace) {
    checkOptions(item, item.executed, executedPlace, context);
    checkYesNo(item, item.executed, executedPlace, { label: null, asksYesNo: true }, context);
  }
  if (settings.trusted.levels && facts.targetClean) checkTargetLevels(item, settings.levels, facts.targetPlaces, context);
}

/**
 * A deployment answers a component row by its name (case and spaces aside), so two rows of one
 * name would take one answer: vendors' forms repeat names under groups (a browser on the servers
 * and on the clients).
 */
function checkRepeatedName(item: ClItem, label: string, place: SourcePlace, seen: Map<string, SourcePlace>, group: string | undefined, context: BuildContext): void {
  const name = normalizeLabel(label);
  const first = seen.get(name);
  if (first === undefined) {
    seen.set(name, place);
    return;
  }
  const example = group === undefined ? '' : ` (e.g. "${label} (${group.toLowerCase()})")`;
  context.error(
    place,
    `Component row "${label}" of ${item.id} has the name of the row on line ${first.line}: a deployment answers a row by its name, so one answer would fill both; give each row a name of its own${example}`,
    'repeated-row',
  );
}

/** True when the label is a near miss of a known key (reported). */
function checkKey(item: ClItem, label: string, place: SourcePlace, fate: string, context: BuildContext): boolean {
  const meant = nearest(label, KEY_NAMES);
  if (meant === undefined) return false;
  const key = knownKeys.get(meant);
  if (key === undefined) return false;
  const reason = `Row "${label}" of ${item.id} is not a known row and ${fate}: did you mean "${keyNames[key]}"?`;
  if (meaningful.has(key)) context.error(place, reason, 'row-key');
  else context.warning(place, reason, 'row-key');
  return true;
}

/**
 * A component row with one box that is not an answer: a prompt (`| Remarks | Describe the
 * measures taken: |`, a comments row named otherwise) or a dash (`| Clients | - |`, a heading).
 * Either prints a box to tick, and an unticked box makes the item open.
 */
function checkLoneOption(item: ClItem, row: Extract<ClItem['components'][number], { kind: 'component' }>, context: BuildContext): void {
  const [only, ...more] = row.answers.options;
  if (only === undefined || more.length > 0 || row.answers.fields.length > 0) return;
  if (/[:?]$/.test(only)) {
    context.error(row.place, `Row "${row.label}" of ${item.id} has one box labelled "${only.slice(0, 40)}", which reads as a prompt, and the item stays open until it is ticked: if it is the comments row, name it "${keyNames.comments}"`, 'prompt-like');
  } else if (!/[\p{L}\p{N}]/u.test(only)) {
    context.error(row.place, `Row "${row.label}" of ${item.id} has one box labelled "${only}": to head the component rows below it, leave its value empty`, 'prompt-like');
  } else if (!row.isServer && !answerWords.test(only)) {
    // `| Note | Takes effect at the next logon |` or `| Default setting | Low |` below Executed.
    context.warning(
      row.place,
      `Row "${row.label}" of ${item.id} is below Executed, where each row is a component to answer, so it prints one box labelled "${only.slice(0, 40)}" and the item stays open until it is ticked: put a note or a setting above Executed; give a component its options ("Yes / No")`,
      'lone-option',
    );
  }
}

/** The words of text found after the last box, as the label of a box to add: its tags left out (a pasted `<input>` is no label). */
function suggestedLabel(stray: string): string {
  return excerpt(stray.replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim(), 20) || 'Label';
}

function checkOptions(item: ClItem, answers: AnswerOptions, place: SourcePlace, context: BuildContext): void {
  if (answers.stray !== undefined) {
    const reason = answers.options.length === 0 && answers.fields.length === 0
      ? `Boxes of ${item.id} written as "${excerpt(answers.stray)}" cannot be read: a field before the boxes, or boxes before their labels with a colon among them; write each label before its box and fields after the last box, "Yes: ☐ No: ☐ Version:"`
      : `"${excerpt(answers.stray)}" after the last box of ${item.id} is neither an option nor a field, so it would not be printed: write a box after it ("${suggestedLabel(answers.stray)}: ☐"), or a colon for a field to write in ("Version:")`;
    context.error(place, reason, 'option-text');
  }
  for (const field of answers.fields) {
    if (!answerWords.test(field)) continue;
    context.error(place, `"${field}:" of ${item.id} has no box after it, so it is a field to write in, not an option: write "${field}: ☐"`, 'option-no-box');
  }
  const seen = new Set<string>();
  for (const option of answers.options) {
    // `Yes / yes / No`: an answer matches options case aside, so the second box could never be ticked.
    const name = option.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(name)) context.error(place, `Option "${option}" of ${item.id} is written twice (case and spaces aside): write each option once`, 'option-twice');
    seen.add(name);
    reportTrailingPunctuation(item, option, answers, place, context);
    if (/^\/|\/$/.test(option)) {
      context.error(place, `Option "${option}" of ${item.id} has a " / " with nothing on one side, so it prints as its own box: remove the extra slash`, 'option-empty');
      continue;
    }
    if (boxLike.test(option)) {
      context.error(place, `Option "${excerpt(option)}" of ${item.id} holds "${boxLike.exec(option)?.[0]}", which is not read as a box, so the row is one box labelled with all of it: write each box as ☐ (or [ ]), "Yes: ☐ No: ☐"`, 'option-box-like');
      continue;
    }
    // `Yes, No`, `Yes; No`, `Yes or No`, `Yes - No`, `Yes \ No`, `Yes<br>No`, and as the only
    // option `Yes No`: one box labelled so.
    const words = option.split(answers.options.length === 1 ? joinersOrSpace : joiners).map((part) => part.trim());
    if (words.filter((part) => answerWords.test(part)).length >= 2) {
      context.error(place, `Option "${option}" of ${item.id} is one box: separate options with " / " (spaces around the slash), e.g. "${words.join(' / ')}"`, 'option-slash');
      continue;
    }
    // `No<br>(on request)`: a box's label is plain text, so it shows "<br>" itself.
    const br = /<br\s*\/?>/i.exec(option)?.[0];
    if (br !== undefined) {
      context.warning(place, `Option "${option.slice(0, 40)}" of ${item.id} holds "${br}", which breaks no line in a box's label: every format prints "${br}" itself; write the option on one line, and a note in the comments prompt`, 'br-as-text');
      continue;
    }
    const parts = option.split('/').map((part) => part.trim());
    if (parts.length < 2) continue;
    // `N/A` or `TCP/IP only` among other options may be one option; `Yes/No` never is.
    const joinsAnswers = parts.filter((part) => answerWords.test(part)).length >= 2;
    if (answers.options.length > 1 && !joinsAnswers) continue;
    context.error(
      place,
      `Option "${option}" of ${item.id} is one box: separate options with " / " (spaces around the slash), e.g. "${parts.join(' / ')}"`,
      'option-slash',
    );
  }
}

/**
 * `Yes / No / Deactivated.`: the box is labelled "Deactivated.", and a deployment's answer
 * "Deactivated" no longer matches it. `N.A.` is an abbreviation; a lone `Remarks:` reads as a
 * prompt (prompt-like).
 */
function reportTrailingPunctuation(item: ClItem, option: string, answers: AnswerOptions, place: SourcePlace, context: BuildContext): void {
  const mark = /[.,;:]$/.exec(option)?.[0];
  if (mark === undefined) return;
  const label = option.slice(0, -1).trim();
  if (label === '' || label.includes('.') || (mark === ':' && answers.options.length === 1)) return;
  context.warning(place, `Option "${option}" of ${item.id} ends with "${mark}", which is part of its label, so a deployment's answer "${label}" would not match it: write "${label}"`, 'option-punctuation');
}

function checkTargetLevels(item: ClItem, levels: readonly string[], places: ReadonlyMap<string, SourcePlace>, context: BuildContext): void {
  const row = item.rows.find((candidate) => candidate.kind === 'target');
  if (!row || levels.length === 0) return;
  const from = item.level === null ? 0 : levels.indexOf(item.level);
  if (from < 0) return; // an unknown Level is reported on its own
  reportTargetBelowLevel(item, levels.slice(0, from), (level) => places.get(level) ?? row.place, context);
  const missing = levels.slice(from).filter((level) => !item.target.some((target) => target.level === level));
  if (missing.length === 0) return;
  context.error(
    row.place,
    `Target of ${item.id} has no value for ${missing.join(', ')}, where the item applies: add ${missing.map((level) => `"${level}: …"`).join(', ')}`,
    'target-level-missing',
  );
}

/**
 * `| Level | medium |` with `minimum: Off` in its Target: no checklist at minimum has the item,
 * and one with no level chosen prints that value as if it applied there. Often the Level is the
 * typo (`medium` for `minimum`), which would drop the item from the lower level in silence.
 */
function reportTargetBelowLevel(item: ClItem, below: readonly string[], placeOf: (level: string) => SourcePlace, context: BuildContext): void {
  const named = item.target.filter((target) => below.includes(target.level)).map((target) => target.level);
  if (named.length === 0 || item.level === null) return;
  const lowest = named[0] ?? '';
  context.warning(
    placeOf(lowest),
    `Target of ${item.id} gives a value for ${named.join(', ')}, below its Level ${item.level}: the item does not apply there, so no checklist at that level shows it, and one with no level chosen prints it as if it applied; leave ${named.map((level) => `"${level}: …"`).join(', ')} out, or write \`| Level | ${lowest} |\` if the item applies from ${lowest}`,
    'target-below-level',
  );
}
