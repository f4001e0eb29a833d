/**
 * `checklist upgrade`: applies a DeploymentImpact to the deployment's JSON text, one spot at a
 * time (src/deployment/json-edit.ts): renamed answers under their new IDs, answers to retired
 * or vanished items, and to component rows removed from an item, moved to the top-level
 * `retired` object (never deleted), an empty answer
 * for each new in-scope item, `review` marks, `checklistVersion`. Running it again changes
 * nothing: every step looks at the text as it is now.
 */
import { placeInOrder } from '../deployment/answer-order.js';
import { moveJsonValue, nodeAt, removeJsonValue, renameJsonKey, setJsonValue, type SetOptions } from '../deployment/json-edit.js';
import type { Checklist } from '../model/checklist.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { checkDeployment } from '../deployment/check-deployment.js';
import { isAnswered } from '../deployment/answer-lineage.js';
import type { DeploymentImpact } from './deployment-impact.js';
import { lookAlikeChanges, lookAlikeWords } from './look-alike.js';
import { retireRemovedRows } from './retired-rows.js';

export interface UpgradeResult {
  text: string;
  /** One line per kind of change, for the summary the command prints. */
  summary: string[];
}

/** `from`: the version the deployment was answered against; `to`: the version it goes to. */
export function upgradeText(text: string, deployment: Deployment, impact: DeploymentImpact, to: Checklist, from: Checklist): UpgradeResult {
  const summary: string[] = [];
  const answers = (): Record<string, Answer> => (JSON.parse(text) as Deployment).answers ?? {};
  const has = (path: (string | number)[]) => nodeAt(text, path) !== undefined;

  const toRetired = (id: string) => {
    const key = has(['retired', id]) ? `${id} (before ${to.meta.version})` : id;
    text = moveJsonValue(text, ['answers', id], ['retired', key], { after: 'answers' });
  };
  /** Adds `what` to an answer's review mark; false where the mark already says it. */
  const markForReview = (id: string, what: string): boolean => {
    const next = addReviewMark(text, id, what);
    if (next === null) return false;
    text = next;
    return true;
  };

  const renamed: string[] = [];
  const merged: string[] = [];
  for (const { from, to: id } of impact.renamed) {
    if (!has(['answers', from])) continue;
    const current = answers()[id];
    if (current !== undefined && isAnswered(current)) {
      // Both IDs answered (items merged): the newer answer stays, the older one is kept under
      // `retired`, and the item is marked for review, so that what the older answer said (an
      // open "No", a due date) is looked at again rather than gone from the document unseen.
      const older = answers()[from] ?? {};
      toRetired(from);
      markForReview(id, `${from} is now part of this item; its own answer (${answerText(older)}) is kept under "retired"`);
      merged.push(`${from} → ${id}`);
      continue;
    }
    // An empty answer under the new ID holds nothing: the renamed answer takes its place.
    if (current !== undefined) text = removeJsonValue(text, ['answers', id]);
    text = renameJsonKey(text, ['answers', from], id);
    renamed.push(`${from} → ${id}`);
  }
  if (renamed.length > 0) summary.push(`${count(renamed.length, 'answer')} under a new ID: ${renamed.join(', ')}`);
  if (merged.length > 0) summary.push(`${count(merged.length, 'answer')} to an item merged into another that has its own answer, kept under "retired", the item marked for review: ${merged.join(', ')}`);

  const leaving = impact.dropped.filter((entry) => entry.moves && has(['answers', entry.id]));
  for (const { id } of leaving) toRetired(id);
  // Said as what the master did: retired, or removed with no word (an ID changed without a Replaces row?).
  const moved = leaving.filter((entry) => !entry.unnoted).map((entry) => entry.id);
  if (moved.length > 0) summary.push(`${count(moved.length, 'answer')} to retired items moved to "retired": ${moved.join(', ')}`);
  const unnoted = leaving.filter((entry) => entry.unnoted).map((entry) => entry.id);
  if (unnoted.length > 0) summary.push(`${count(unnoted.length, 'answer')} to items removed without a retired: entry or a Replaces row naming them moved to "retired": ${unnoted.join(', ')}`);
  // Kept where they are, but no document shows them any more (check warns: hidden-answer).
  const aboveLevel = impact.dropped.filter((entry) => !entry.moves && isAnswered(answers()[entry.id])).map((entry) => entry.id);
  if (aboveLevel.length > 0) summary.push(`${count(aboveLevel.length, 'answer')} kept but no longer shown, the item now above this deployment's level ${impact.level ?? ''}: ${aboveLevel.join(', ')}`);

  const rows = retireRemovedRows(text, from, to);
  text = rows.text;
  if (rows.moved.length > 0) summary.push(`${count(rows.moved.length, 'answer')} to component rows removed from their item moved to "retired": ${rows.moved.join(', ')}`);

  const added: string[] = [];
  const restored: string[] = [];
  for (const entry of impact.toAnswer) {
    if (has(['answers', entry.id])) continue;
    if (entry.restored && has(['retired', entry.id])) {
      // An item retired before and back now: its own answer comes back from `retired`, marked
      // for review (the item may have changed meanwhile), rather than staying there unseen
      // while the item shows as unanswered.
      const older = (JSON.parse(text) as Deployment).retired?.[entry.id] ?? {};
      text = moveJsonValue(text, ['retired', entry.id], ['answers', entry.id], inOrder(to, entry.id, answers()));
      if (Object.keys((JSON.parse(text) as Deployment).retired ?? {}).length === 0) text = removeJsonValue(text, ['retired']);
      markForReview(entry.id, `${entry.id} was retired and is an item again in version ${to.meta.version}: its answer of before (${answerText(older)}) is back from "retired"; check that it still holds`);
      restored.push(entry.id);
      continue;
    }
    text = setJsonValue(text, ['answers', entry.id], {}, inOrder(to, entry.id, answers()));
    added.push(entry.id);
  }
  if (added.length > 0) summary.push(`${count(added.length, 'new item')} to answer, added as {}: ${added.join(', ')}`);
  if (restored.length > 0) summary.push(`${count(restored.length, 'answer')} to an item back in the checklist moved back from "retired", marked for review: ${restored.join(', ')}`);

  const marked: string[] = [];
  for (const mark of impact.review) if (markForReview(mark.id, mark.what)) marked.push(mark.id);
  if (marked.length > 0) summary.push(`${count(marked.length, 'answer')} marked for review: ${marked.join(', ')}`);

  // Settings have no review mark: what changed is said here, as `diff` says it.
  const newSettings = impact.settings.filter((entry) => entry.change === 'added');
  if (newSettings.length > 0) summary.push(`${count(newSettings.length, 'new setting')} to fill: ${newSettings.map((entry) => `${entry.label}${entry.value !== undefined ? ` (set: ${entry.value})` : ''}`).join('; ')}`);
  const changedSettings = impact.settings.filter((entry) => entry.change === 'changed');
  if (changedSettings.length > 0) {
    const lines = changedSettings.map((entry) => {
      // A change no one can see in the two texts is named, as in diff and review marks.
      const unseen = lookAlikeChanges(entry.before, entry.after);
      const note = unseen.length === 0 ? '' : `; ${lookAlikeWords(unseen)}`;
      return `${entry.label} (${entry.before} → ${entry.after}${note}; ${entry.value !== undefined ? `your setting: ${entry.value}` : 'not set yet'})`;
    });
    summary.push(`${count(changedSettings.length, 'setting')} whose row changed, to check against the value chosen: ${lines.join('; ')}`);
  }

  if (deployment.checklistVersion !== to.meta.version) {
    text = setJsonValue(text, ['checklistVersion'], to.meta.version, { after: 'checklist' });
    summary.push(`checklistVersion ${deployment.checklistVersion ?? '(none)'} → ${to.meta.version}`);
  }
  // An answer whose value the new version no longer offers (Deactivated → Not applicable) stays
  // as written, for the customer to answer again; said here, since check and build refuse it.
  const errors = checkDeployment(JSON.parse(text) as Deployment, to).filter((problem) => problem.severity === 'error');
  const stale = errors.filter((problem) => problem.ruleId === 'unknown-option');
  if (stale.length > 0) summary.push(`${count(stale.length, 'answer')} no longer one of its item's options, kept as written to be answered again (check and build refuse it until then): ${stale.map((problem) => `${problem.pointer}: ${problem.reason}`).join('; ')}`);
  // Likewise a component row, write-in field, setting row, level or server the new version lacks.
  const unfit = errors.filter((problem) => problem.ruleId !== 'unknown-option');
  if (unfit.length > 0) summary.push(`${count(unfit.length, 'value')} the new version has no place for, kept as written (check and build refuse ${unfit.length === 1 ? 'it' : 'them'} until then): ${unfit.map((problem) => `${problem.pointer}: ${problem.reason}`).join('; ')}`);
  return { text, summary };
}

/** `text` with `what` added to the review mark of the answer `id`; null where the mark already says it. */
export function addReviewMark(text: string, id: string, what: string): string | null {
  const answer = ((JSON.parse(text) as Deployment).answers ?? {})[id] as (Answer & { review?: string }) | undefined;
  const existing = answer?.review;
  if (existing?.includes(what)) return null;
  return setJsonValue(text, ['answers', id, 'review'], existing ? `${existing}; ${what}` : what);
}

/** An answer in a few words, for a review mark: its status (or its components'), its comment's start. */
function answerText(answer: Answer): string {
  const status = answer.status ?? Object.entries(answer.components ?? {}).map(([row, value]) => `${row}: ${value}`).join(', ');
  const comment = answer.comment?.trim() ? `"${answer.comment.trim().slice(0, 40)}${answer.comment.trim().length > 40 ? '…' : ''}"` : '';
  return [status, comment].filter((part) => part !== '').join(', ') || 'empty';
}

/** Where a new answer goes: in the master's order among the answers there are. */
function inOrder(master: Checklist, id: string, answers: Record<string, Answer>): SetOptions {
  return placeInOrder(master.items.map((item) => item.id), id, (candidate) => candidate in answers);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
