/**
 * Every answer a master asks for (its slots: what a reader may tick or write) and the values a
 * deployment gives them, as plain strings keyed by `keyText`. The DOCX, the form and `import`
 * all read answers through here, so the three agree on names and on what a value is.
 */
import { createHash } from 'node:crypto';
import type { Checklist } from '../model/checklist.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { matchOption, normalizeLabel } from '../model/labels.js';
import { answerKey } from '../deployment/answer-lineage.js';
import { fillableLabels } from '../model/fillable-labels.js';
import { cleanText } from '../render/docx/text.js';
import type { Party } from '../model/deployment.js';
import { PARTY } from '../present/words.js';
import { CONTACT_FIELDS, FACT_FIELDS, PHASES, SIGNATURE_FIELDS, keyText, type AnswerKey } from './keys.js';

/** The boxes of an item's responsibility, as every format prints them: Customer, Supplier, Shared. */
export const PARTY_OPTIONS: readonly string[] = Object.values(PARTY);

/** The deployment's value (`customer`) of a party box's option (`Customer`); undefined for none. */
export const partyOf = (option: string): Party | undefined => (Object.keys(PARTY) as Party[]).find((party) => PARTY[party] === option);

/** The row name of the Executed row's own write-in fields (`fields.Executed` of an answer). */
export const EXECUTED_ROW = 'Executed';

export interface AnswerSlot {
  key: AnswerKey;
  /** The options of a choice as the master writes them; null for a write-in. */
  options: string[] | null;
  /** For an item's answer: the earlier IDs it `Replaces`, under which a deployment not yet upgraded keeps it. */
  replaces: readonly string[];
}

/** Every slot of a master, by key text, in document order. */
export function answerSlots(master: Checklist): Map<string, AnswerSlot> {
  const slots = new Map<string, AnswerSlot>();
  const add = (key: AnswerKey, options: string[] | null, replaces: readonly string[] = []) => slots.set(keyText(key), { key, options, replaces });
  for (const item of master.items) {
    const { replaces } = item;
    if (item.executed && item.executed.options.length > 0) add({ kind: 'status', item: item.id }, item.executed.options, replaces);
    for (const field of item.executed?.fields ?? []) add({ kind: 'field', item: item.id, row: EXECUTED_ROW, field }, null, replaces);
    for (const row of item.components) {
      if (row.kind !== 'component') continue;
      if (row.answers.options.length > 0) add({ kind: 'component', item: item.id, row: row.label }, row.answers.options, replaces);
      for (const field of row.answers.fields) add({ kind: 'field', item: item.id, row: row.label, field }, null, replaces);
    }
    add({ kind: 'comment', item: item.id }, null, replaces);
    for (const phase of PHASES) add({ kind: 'responsible', item: item.id, phase }, [...PARTY_OPTIONS], replaces);
  }
  for (const label of fillableLabels(master.body)) add({ kind: 'setting', label }, null);
  for (const party of ['customer', 'supplier'] as const) for (const field of SIGNATURE_FIELDS) add({ kind: 'signature', party, field }, null);
  for (const party of ['customer', 'supplier'] as const) for (const field of CONTACT_FIELDS) add({ kind: 'contact', party, field }, null);
  for (const field of FACT_FIELDS) add({ kind: 'fact', field }, null);
  return slots;
}

/**
 * The key of `answers` that holds an item's answer: the one every format shows (`answerKey`,
 * src/deployment/answer-lineage.ts), else its own ID for a new one.
 */
export function answerId(answers: Record<string, unknown> | undefined, item: string, replaces: readonly string[]): string {
  return answerKey(answers, item, replaces) ?? item;
}

/** A value as a document holds it: no characters XML cannot carry, `\n` line ends, no space around. */
export function canonicalValue(value: string): string {
  return cleanText(value).replace(/\r\n?/g, '\n').trim();
}

/** The key a record already has for a label (the same but for case and spacing), or the label itself. */
export const existingKey = (record: Record<string, unknown> | undefined, label: string): string =>
  Object.keys(record ?? {}).find((key) => normalizeLabel(key) === normalizeLabel(label)) ?? label;

const byLabel = <T>(record: Record<string, T> | undefined, label: string): T | undefined => {
  if (record === undefined) return undefined;
  if (Object.hasOwn(record, label)) return record[label];
  const wanted = normalizeLabel(label);
  const found = Object.keys(record).find((key) => normalizeLabel(key) === wanted);
  return found === undefined ? undefined : record[found];
};

/** A key of an item's answer (not a setting or a signature). */
export type ItemKey = Extract<AnswerKey, { item: string }>;
/** A key that names a component row of an item: its status, or one of its write-in fields. */
export type RowKey = Extract<AnswerKey, { kind: 'component' | 'field' }>;

/** What one answer gives for a key of its item, as written. */
export function answerValue(answer: Answer | undefined, key: ItemKey): string | undefined {
  if (key.kind === 'status') return answer?.status;
  if (key.kind === 'component') return byLabel(answer?.components, key.row);
  if (key.kind === 'field') return byLabel(byLabel(answer?.fields, key.row), key.field);
  if (key.kind === 'responsible') {
    const party = answer?.responsible?.[key.phase];
    return party === undefined || party === null ? undefined : PARTY[party];
  }
  return answer?.comment;
}

/** The deployment's value of one slot ("" when it gives none); a choice as the master writes the option. */
export function deploymentValue(deployment: Deployment | null, slot: AnswerSlot): string {
  const key = slot.key;
  if (deployment === null) return '';
  let value: string | undefined;
  if (key.kind === 'setting') value = byLabel(deployment.settings, key.label);
  else if (key.kind === 'signature') value = deployment.signatures?.find((entry) => entry.party === key.party)?.[key.field];
  else if (key.kind === 'contact') value = deployment[key.party]?.[key.field];
  else if (key.kind === 'fact') value = deployment[key.field];
  else value = answerValue(deployment.answers?.[answerId(deployment.answers, key.item, slot.replaces)], key);
  if (value === undefined || value.trim() === '') return '';
  if (slot.options !== null) return matchOption(value, slot.options) ?? value;
  return canonicalValue(value);
}

/** Every slot's value in a deployment, by key text (empty values included). */
export function deploymentValues(master: Checklist, deployment: Deployment | null): Map<string, string> {
  return new Map([...answerSlots(master)].map(([text, slot]) => [text, deploymentValue(deployment, slot)]));
}

/** The answers given (non-empty values), sorted by key: what a built file records. */
export function givenAnswers(values: ReadonlyMap<string, string>): Record<string, string> {
  const given = [...values].filter(([, value]) => value !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(given);
}

/** sha256 of the canonical form of the answers: the given values, sorted by key, as JSON. */
export function answersFingerprint(values: ReadonlyMap<string, string>): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(givenAnswers(values)))).digest('hex');
}
