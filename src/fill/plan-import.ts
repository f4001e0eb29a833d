/**
 * Decides what importing a filled file changes in a deployment: every answer checked against
 * the master (a key naming an item and a row it has, a value among its options), the file
 * checked against the deployment (same checklist, same master version, same deployment), and
 * each answer compared three ways (as built, in the file, in the deployment now) so that a
 * field changed in both places is a conflict, never overwritten. A file of an earlier version
 * (`--force`) answers renamed items under their new IDs and retired items where `upgrade` keeps
 * them (src/fill/answer-place.ts); its fields left as built are no answers.
 */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { matchOption } from '../model/labels.js';
import { didYouMeanLookAlike } from '../content/near-miss.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { answerSlots, answersFingerprint, canonicalValue, deploymentValue, type AnswerSlot } from './answers.js';
import type { FilledAnswer, FilledFile } from './filled-file.js';
import { keptAs, placeOf, removedRowPlace, retiredHome, retiredValue, type AnswerPlace, type Kept } from './answer-place.js';
import { keyText, parseKey } from './keys.js';
import { describeKey } from './read-docx.js';
import { writeInProblem } from './write-in-rules.js';
import { PARTY } from '../present/words.js';
import { responsibility } from '../deployment/merge.js';
import { pointer } from '../deployment/json-source.js';
import { answerTarget, isAnswered } from '../deployment/answer-lineage.js';
import { slotPath } from './apply-import.js';

export interface ImportChange {
  /** The key in the master (an earlier item's answer under its new ID). */
  key: string;
  slot: AnswerSlot;
  from: string;
  to: string;
  /**
   * An answer kept where `upgrade` keeps it, never shown (src/fill/answer-place.ts): to a retired
   * item, or to a component row removed from an item the master keeps.
   */
  retired: Kept;
}

export interface ImportTarget {
  /** The deployment file's stem. */
  name: string;
  deployment: Deployment;
  master: Checklist;
}

/** Characters of a value a message shows at most: a pasted log of 3,000 made a line of 3,000. */
const SHOWN_CHARACTERS = 80;

/** A value as a message quotes it: `(empty)`, or quoted, a long one cut with its length said. */
export function show(value: string): string {
  if (value === '') return '(empty)';
  const characters = [...value];
  if (characters.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(characters.slice(0, SHOWN_CHARACTERS - 3).join(''))}… (${characters.length} characters)`;
}

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
  const otherVersion = file.version !== master.meta.version;
  const changes = new Map<string, ImportChange>();
  const told = new Set<string>();
  const answeredInFile = itemsAnswered(file.original);
  for (const answer of file.answers) {
    const original = canonicalValue(file.original[answer.key] ?? '');
    // A field of another version left as it was built answers nothing, wherever its item went.
    if (otherVersion && canonicalValue(answer.value) === original) continue;
    const found = placeOf(answer.key, slots, master);
    // A row a later version removed from its item: the file's answer to it is kept, not refused.
    const place = found.kind === 'none' && otherVersion ? (removedRowPlace(answer.key, master) ?? found) : found;
    if (place.kind === 'none') {
      const renamed = place.renamedFrom === undefined ? '' : ` (the file's ${place.renamedFrom})`;
      fail(`${JSON.stringify(answer.key)} names ${unknownWhat(place.key, master, otherVersion)}${renamed}`, 'import-tag', answer);
      continue;
    }
    let { slot } = place;
    if (place.kind === 'slot' && place.renamedFrom !== undefined && 'item' in slot.key) {
      const holds = mergedAway(place.renamedFrom, slot.key.item, answeredInFile, deployment, master);
      if (holds !== null) {
        // Items merged since the file was built: the item the file's ID went into holds another
        // answer (its own, or that of another ID it replaces), so this change is not its answer.
        fail(mergedReason(answer.key, place.renamedFrom, slot.key.item, holds, original, canonicalValue(answer.value), deployment, master), 'import-merged', answer);
        continue;
      }
      // Not yet upgraded: the earlier ID's own answer, not that of the first ID the item replaces.
      if (keepsOwnAnswer(deployment, master, place.renamedFrom)) slot = { ...slot, replaces: [place.renamedFrom] };
    }
    const routed = place.kind === 'slot' ? { ...place, slot } : place;
    const value = checkedValue(answer, slot, otherVersion, (reason) => fail(reason, 'import-value', answer));
    if (value === null) continue;
    const now = place.kind === 'slot' ? agreedValue(deployment, slot) : retiredValue(deployment, place);
    if (value === original || value === now) continue;
    if (now !== original) {
      const at = conflictPointer(deployment, routed);
      fail(`${describeKey(answer.key)}: changed in the deployment (${at}) since the file was built (${show(original)} → ${show(now)}) and in the file (→ ${show(value)}); settle it in one place, then import again`, 'import-conflict', answer);
      continue;
    }
    const key = keyText(slot.key);
    // By where it is written: two earlier IDs of one item, not yet upgraded, are two answers.
    const where = pointer(...slotPath(deployment, slot, keptAs(place)));
    const first = changes.get(where);
    if (first !== undefined) {
      // Two earlier items that one item now replaces, answered differently.
      if (first.to !== value) fail(`${describeKey(key)}: the file answers it twice, differently (${show(first.to)} and ${show(value)}); settle it in the deployment`, 'import-conflict', answer);
      continue;
    }
    tellWhere(place, deployment, told, (reason, ruleId) => diagnostics.warning(file.path, answer.place, reason, ruleId));
    changes.set(where, { key, slot, from: now, to: value, retired: keptAs(place) });
  }
  if (diagnostics.hasErrors) return null;
  const order = [...slots.keys()];
  // Answers to retired items last: they are kept, not shown.
  const rank = (change: ImportChange) => (change.retired ? order.length : order.indexOf(change.key));
  return [...changes.values()].sort((a, b) => rank(a) - rank(b));
}

/** The items a file records answers to (a value it was built with). */
function itemsAnswered(original: Readonly<Record<string, string>>): Set<string> {
  const items = new Set<string>();
  for (const [text, value] of Object.entries(original)) {
    const key = parseKey(text);
    if (key !== null && 'item' in key && canonicalValue(value) !== '') items.add(key.item);
  }
  return items;
}

/**
 * Why the file's answers to `from`, an ID that `into` now replaces, are not `into`'s answer, as
 * what `into` holds instead (null where they are): upgrade kept them apart (items merged: `into`
 * has an answer of its own, or one another earlier ID gave it, as upgrade.ts decides), so a
 * change to them would be written over another's answer.
 */
function mergedAway(from: string, into: string, answeredInFile: ReadonlySet<string>, deployment: Deployment, master: Checklist): string | null {
  if (answeredInFile.has(into)) return 'which this file answers in fields of its own';
  const answers = deployment.answers ?? {};
  // Not yet upgraded: the answer under `from` is its own, changed there, unless `into` has one too.
  if (keepsOwnAnswer(deployment, master, from)) return Object.hasOwn(answers, into) && isAnswered(answers[into]) ? 'which has an answer of its own' : null;
  const other = [...answeredInFile].find((id) => {
    const target = answerTarget(master, id);
    return id !== from && target.kind === 'replaced' && target.item.id === into;
  });
  const holds = other === undefined ? 'which has an answer of its own' : `which holds ${other}'s answer, in fields of their own in this file`;
  // Upgraded: upgrade kept it under "retired" (merged), or the item's answer came from another
  // earlier ID the file answers where it answered nothing under `from`.
  if (Object.hasOwn(deployment.retired ?? {}, from)) return holds;
  return other !== undefined && !answeredInFile.has(from) ? holds : null;
}

/**
 * Whether a deployment not yet upgraded keeps the answer to `from`, an earlier ID, under it; not
 * where a later version uses the ID again for another item, whose answer that is.
 */
function keepsOwnAnswer(deployment: Deployment, master: Checklist, from: string): boolean {
  return Object.hasOwn(deployment.answers ?? {}, from) && !master.items.some((item) => item.id === from);
}

/** Why a change to an item merged into another answered one is refused, and where each answer is. */
function mergedReason(key: string, from: string, into: string, holds: string, original: string, value: string, deployment: Deployment, master: Checklist): string {
  const kept = Object.hasOwn(deployment.retired ?? {}, from)
    ? `is kept at ${pointer('retired', from)}, which is not shown`
    : Object.hasOwn(deployment.answers ?? {}, from)
      ? `is at ${pointer('answers', from)}, not shown (\`checklist upgrade\` keeps it under "retired")`
      : 'is not in the deployment';
  return `${describeKey(key)}: ${from} is now part of ${into}, ${holds}, so this change (${show(original)} → ${show(value)}) is not ${into}'s answer; ${from}'s own answer ${kept}. Write what still holds into ${pointer('answers', into)} by hand, or fill in a checklist built from version ${master.meta.version}`;
}

/** Where the deployment holds the value that conflicts: a party agreed for every item at the top-level `responsible`. */
function conflictPointer(deployment: Deployment, place: Exclude<AnswerPlace, { kind: 'none' }>): string {
  const retired = keptAs(place);
  const { key } = place.slot;
  if (!retired && key.kind === 'responsible' && deploymentValue(deployment, place.slot) === '' && responsibility(undefined, deployment.responsible)[key.phase] !== null) return pointer('responsible', key.phase);
  return pointer(...slotPath(deployment, place.slot, retired));
}

/**
 * The deployment's value of a slot as its documents show it now: for who is responsible, the
 * item's own party, else the one the deployment agrees for every item (`responsible` at the top),
 * so that a box ticked in a file built while the phase was open is a conflict with a party agreed
 * since, not an item's party written silently over the agreement.
 */
function agreedValue(deployment: Deployment, slot: AnswerSlot): string {
  const value = deploymentValue(deployment, slot);
  if (value !== '' || slot.key.kind !== 'responsible') return value;
  // No party of the item's own: the one every format shows, by merge's rule.
  const party = responsibility(undefined, deployment.responsible)[slot.key.phase];
  return party === null ? '' : PARTY[party];
}

/** Once an ID: a warning that says where the file's answers to an earlier or retired item go. */
function tellWhere(place: AnswerPlace, deployment: Deployment, told: Set<string>, warn: (reason: string, ruleId: string) => void): void {
  if (place.kind === 'slot' && place.renamedFrom !== undefined && !told.has(place.renamedFrom)) {
    told.add(place.renamedFrom);
    const item = 'item' in place.slot.key ? place.slot.key.item : '';
    warn(`${place.renamedFrom} is now ${item}: the file's answers to ${place.renamedFrom} are imported to ${item}`, 'replaced-item');
  }
  if (place.kind === 'retired' && !told.has(place.entry.id)) {
    told.add(place.entry.id);
    const { id, version, reason } = place.entry;
    const kept = retiredHome(deployment, id) === 'retired' ? 'kept in the deployment\'s "retired" answers, which are not shown' : 'kept with its answer in "answers", which is not shown; `checklist upgrade` moves it to "retired"';
    warn(`${id} was retired${version ? ` in version ${version}` : ''}${reason ? ` (${reason})` : ''}: the file's answers to it are ${kept}`, 'retired-item');
  }
  if (place.kind === 'removed-row') {
    const { item, row } = place.slot.key;
    const shown = `${item} / ${row}`;
    if (told.has(shown)) return;
    told.add(shown);
    warn(`${item} no longer has the component row "${row}": the file's answer to it is kept in the deployment's "retired" answers, which are not shown`, 'removed-row');
  }
}

/**
 * The value as the master writes it (options) or as a document holds it; null when refused. The
 * boxes of a file of another version are that version's options: only the one ticked must be one now.
 */
function checkedValue(answer: FilledAnswer, slot: AnswerSlot, otherVersion: boolean, fail: (reason: string) => void): string | null {
  if (slot.options === null) {
    const text = canonicalValue(answer.value);
    const problem = writeInProblem(slot.key, text);
    if (problem !== null) {
      fail(`${describeKey(answer.key)}: ${problem}`);
      return null;
    }
    return text;
  }
  const foreign = otherVersion ? [] : (answer.options ?? []).filter((option) => matchOption(option, slot.options!) === undefined);
  if (foreign.length > 0) {
    fail(`${describeKey(answer.key)}: box ${foreign.map((option) => JSON.stringify(option)).join(', ')} is not an option; its options are ${slot.options.join(', ')}`);
    return null;
  }
  if (answer.value === '') return '';
  const option = matchOption(answer.value, slot.options);
  if (option === undefined) {
    fail(`${describeKey(answer.key)}: ${JSON.stringify(answer.value)} is not an option; use one of ${slot.options.join(', ')}${didYouMeanLookAlike(answer.value, slot.options)}`);
    return null;
  }
  return option;
}

/** What a key that matches no slot names, for the message. */
function unknownWhat(text: string, master: Checklist, otherVersion: boolean): string {
  const key = parseKey(text);
  if (key === null) return 'no answer checklist writes (a tag or name of another tool, or changed by hand)';
  if (key.kind === 'setting') {
    // A row renamed or removed since the file was built: its value has no place to go by itself.
    const since = `, not in version ${master.meta.version} (renamed or removed since the file was built): write what still holds into the deployment's "settings" by hand, under the row's label now, or fill in a checklist built from version ${master.meta.version}`;
    return `no row of a fillable table of ${master.meta.id}${otherVersion ? since : ''}`;
  }
  if (key.kind === 'signature') return 'no signature field';
  if (key.kind === 'contact' || key.kind === 'fact') return 'no field of the deployment overview';
  const item = master.items.find((candidate) => candidate.id === key.item);
  if (!item) return `no item of ${master.meta.id}: there is no ${key.item}${otherVersion ? `, and version ${master.meta.version} neither replaces nor retires it` : ''}`;
  if (key.kind === 'component' || key.kind === 'field') return `no component row "${key.row}"${key.kind === 'field' ? ` with a field "${key.field}"` : ''} of ${key.item}`;
  return `nothing ${key.item} asks for: it is answered per component`;
}

/** One line per item (settings and signatures grouped), each change indented below it. */
export function describeChanges(changes: readonly ImportChange[]): string {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const [group, field] = changeLine(change);
    groups.set(group, [...(groups.get(group) ?? []), `  ${field}: ${show(change.from)} → ${show(change.to)}`]);
  }
  return [...groups].map(([group, lines]) => `${group}\n${lines.join('\n')}\n`).join('');
}

/** The group a change is listed under (an item, the settings, …) and what it names in it. */
function changeLine({ slot: { key }, retired }: ImportChange): [string, string] {
  switch (key.kind) {
    case 'setting':
      return ['settings', key.label];
    case 'signature':
      return ['signatures', `${key.party} ${key.field}`];
    case 'contact':
      return ['overview', `${key.party} ${key.field}`];
    case 'fact':
      return ['overview', key.field];
  }
  const field = key.kind === 'component' ? key.row : key.kind === 'field' ? `${key.row} ${key.field}` : key.kind === 'responsible' ? `responsible ${key.phase}` : key.kind;
  const kept = retired === 'item' ? ' (retired: kept, not shown)' : retired === 'row' ? ' (row removed: kept, not shown)' : '';
  return [`${key.item}${kept}`, field];
}
