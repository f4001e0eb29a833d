/**
 * Decides what importing a filled file changes in a deployment: every answer checked against
 * the master (a key naming an item and a row it has, a value among its options), the file
 * checked against the deployment (same checklist, same master version, same deployment), and
 * each answer compared three ways (as built, in the file, in the deployment now) so that a
 * field changed in both places is a conflict, never overwritten.
 */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { matchOption } from '../model/labels.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { answerSlots, answersFingerprint, canonicalValue, deploymentValue, type AnswerSlot } from './answers.js';
import type { FilledAnswer, FilledFile } from './filled-file.js';
import { parseKey } from './keys.js';
import { describeKey } from './read-docx.js';
import { writeInProblem } from './write-in-rules.js';

export interface ImportChange {
  key: string;
  slot: AnswerSlot;
  from: string;
  to: string;
}

export interface ImportTarget {
  /** The deployment file's stem. */
  name: string;
  deployment: Deployment;
  master: Checklist;
}

const show = (value: string) => (value === '' ? '(empty)' : JSON.stringify(value));

/** The changes to make, in document order; null when anything refuses the import (all reported). */
export function planImport(file: FilledFile, target: ImportTarget, force: boolean, diagnostics: Diagnostics): ImportChange[] | null {
  const { master, deployment } = target;
  const fail = (reason: string, ruleId: string, answer?: FilledAnswer) => diagnostics.error(file.path, answer?.place, reason, ruleId);
  const forcible = (reason: string, ruleId: string) =>
    force ? diagnostics.warning(file.path, undefined, `${reason} (imported anyway: --force)`, ruleId) : fail(`${reason}; use --force to import it anyway`, ruleId);

  if (file.checklist !== master.meta.id) {
    fail(`Made from checklist "${file.checklist}", but the deployment is for "${master.meta.id}": import it into a deployment of ${file.checklist}`, 'import-checklist');
    return null;
  }
  if (file.version !== master.meta.version) forcible(`Made from version ${file.version} of ${master.meta.id}, the master is now version ${master.meta.version}`, 'import-version');
  if (file.deployment !== 'blank' && file.deployment !== target.name) forcible(`Made from deployment "${file.deployment}", not from "${target.name}"`, 'import-deployment');
  if (answersFingerprint(new Map(Object.entries(file.original))) !== file.fingerprint) {
    fail('The record of the answers it was built with does not match its fingerprint: the file was altered; build it again', 'import-damaged');
  }

  const slots = answerSlots(master);
  const changes: ImportChange[] = [];
  for (const answer of file.answers) {
    const slot = slots.get(answer.key);
    if (!slot) {
      fail(`${JSON.stringify(answer.key)} names ${unknownWhat(answer.key, master)}`, 'import-tag', answer);
      continue;
    }
    const value = checkedValue(answer, slot, (reason) => fail(reason, 'import-value', answer));
    if (value === null) continue;
    const original = canonicalValue(file.original[answer.key] ?? '');
    const now = deploymentValue(deployment, slot);
    if (value === original || value === now) continue;
    if (now !== original) {
      fail(`${describeKey(answer.key)}: changed in the deployment since the file was built (${show(original)} → ${show(now)}) and in the file (→ ${show(value)}); settle it in one place, then import again`, 'import-conflict', answer);
      continue;
    }
    changes.push({ key: answer.key, slot, from: now, to: value });
  }
  if (diagnostics.hasErrors) return null;
  const order = [...slots.keys()];
  return changes.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** The value as the master writes it (options) or as a document holds it; null when refused. */
function checkedValue(answer: FilledAnswer, slot: AnswerSlot, fail: (reason: string) => void): string | null {
  if (slot.options === null) {
    const text = canonicalValue(answer.value);
    const problem = writeInProblem(slot.key, text);
    if (problem !== null) {
      fail(`${describeKey(answer.key)}: ${problem}`);
      return null;
    }
    return text;
  }
  const foreign = (answer.options ?? []).filter((option) => matchOption(option, slot.options!) === undefined);
  if (foreign.length > 0) {
    fail(`${describeKey(answer.key)}: box ${foreign.map((option) => JSON.stringify(option)).join(', ')} is not an option; its options are ${slot.options.join(', ')}`);
    return null;
  }
  if (answer.value === '') return '';
  const option = matchOption(answer.value, slot.options);
  if (option === undefined) {
    fail(`${describeKey(answer.key)}: ${JSON.stringify(answer.value)} is not an option; use one of ${slot.options.join(', ')}`);
    return null;
  }
  return option;
}

/** What a key that matches no slot names, for the message. */
function unknownWhat(text: string, master: Checklist): string {
  const key = parseKey(text);
  if (key === null) return 'no answer checklist writes (a tag or name of another tool, or changed by hand)';
  if (key.kind === 'setting') return `no row of a fillable table of ${master.meta.id}`;
  if (key.kind === 'signature') return 'no signature field';
  const item = master.items.find((candidate) => candidate.id === key.item);
  if (!item) return `no item of ${master.meta.id}: there is no ${key.item}`;
  if (key.kind === 'component' || key.kind === 'field') return `no component row "${key.row}"${key.kind === 'field' ? ` with a field "${key.field}"` : ''} of ${key.item}`;
  return `nothing ${key.item} asks for: it is answered per component`;
}

/** One line per item (settings and signatures grouped), each change indented below it. */
export function describeChanges(changes: readonly ImportChange[]): string {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const key = change.slot.key;
    const [group, field] =
      key.kind === 'setting'
        ? ['settings', key.label]
        : key.kind === 'signature'
          ? ['signatures', `${key.party} ${key.field}`]
          : [key.item, key.kind === 'component' ? key.row : key.kind === 'field' ? `${key.row} ${key.field}` : key.kind];
    groups.set(group, [...(groups.get(group) ?? []), `  ${field}: ${show(change.from)} → ${show(change.to)}`]);
  }
  return [...groups].map(([group, lines]) => `${group}\n${lines.join('\n')}\n`).join('');
}
