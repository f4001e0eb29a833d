/**
 * Answers across master versions: an answer key is a current item, an earlier ID that a current
 * item `Replaces`, a `retired:` ID, or unknown. Also the warnings about versions and `review`
 * marks that `check` and `build` give while a deployment is not yet upgraded and reviewed.
 */
import type { Checklist, ClItem, RetiredItem } from '../model/checklist.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { pointer } from './json-source.js';

export type AnswerTarget =
  | { kind: 'current'; item: ClItem }
  | { kind: 'replaced'; item: ClItem }
  | { kind: 'retired'; entry: RetiredItem }
  | { kind: 'unknown' };

export function answerTarget(master: Checklist, id: string): AnswerTarget {
  // A rename first, as deployment-impact.ts `currentItem`: in a master folded with the versions
  // in between, an ID renamed and later used again for another item is the rename's.
  const successor = master.items.find((item) => item.replaces.includes(id));
  if (successor) return { kind: 'replaced', item: successor };
  const current = master.items.find((item) => item.id === id);
  if (current) return { kind: 'current', item: current };
  const entry = master.retired.find((retired) => retired.id === id);
  return entry ? { kind: 'retired', entry } : { kind: 'unknown' };
}

/** An answer that holds anything the customer wrote (an empty `{}` or `""` is nothing to review). */
export function isAnswered(answer: Answer | undefined): boolean {
  const filled = (value: unknown): boolean =>
    typeof value === 'string' ? value.trim() !== '' : typeof value === 'object' && value !== null && Object.values(value).some(filled);
  if (!answer) return false;
  const { review: _review, ...rest } = answer as Answer & { review?: string };
  return filled(rest);
}

/**
 * The key of `answers` whose answer an item shows: its own ID where it is answered, else the first
 * earlier ID it replaces that is answered, in the deployment's order, as `upgrade` renames the
 * first and keeps the others under "retired" (src/versions/upgrade.ts); else an empty answer under
 * either. Undefined where there is none.
 */
export function answerKey(answers: Record<string, unknown> | undefined, id: string, replaces: readonly string[]): string | undefined {
  if (answers === undefined) return undefined;
  const earlier = Object.keys(answers).filter((key) => replaces.includes(key));
  if (isAnswered(answers[id] as Answer | undefined)) return id;
  const answered = earlier.find((key) => isAnswered(answers[key] as Answer | undefined));
  return answered ?? (Object.hasOwn(answers, id) ? id : earlier[0]);
}

/** The answer that applies to an item: under its own ID, else under an ID it replaces (`answerKey`). */
export function answerFor(answers: Record<string, Answer> | undefined, item: ClItem): Answer | undefined {
  const key = answerKey(answers, item.id, item.replaces);
  return key === undefined ? undefined : answers?.[key];
}

export interface VersionProblem {
  pointer: string;
  reason: string;
  ruleId: string;
}

/** Orders "2.10" after "2.9": numbers compare as numbers. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Warnings: an older or newer checklistVersion, and each answer still marked for review. */
export function versionWarnings(deployment: Deployment, master: Checklist): VersionProblem[] {
  const problems: VersionProblem[] = [];
  const { version, id } = master.meta;
  const answered = deployment.checklistVersion;
  if (answered !== undefined && answered !== version) {
    problems.push({
      pointer: '/checklistVersion',
      reason:
        compareVersions(answered, version) < 0
          ? `Deployment was answered against version ${answered} of ${id}, the master is version ${version}: run \`checklist upgrade\` on this file to carry the answers over and mark the ones to review`
          : `Deployment names version ${answered} of ${id}, newer than the master's version ${version}: update the master (git pull), or correct "checklistVersion"`,
      ruleId: 'version-mismatch',
    });
  }
  for (const [key, answer] of Object.entries(deployment.answers ?? {})) {
    if (answer.review === undefined) continue;
    problems.push({
      pointer: pointer('answers', key, 'review'),
      reason: `${key} changed since it was answered (${answer.review}): check the answer, then delete "review"`,
      ruleId: 'review',
    });
  }
  return problems;
}
