/**
 * What a new master version means for one customer: the answers that move to a new ID, need
 * review or leave `answers`, and the new items they must answer, at their level and for their
 * components only. `checklist diff DEPLOYMENT.json` prints it; `checklist upgrade` applies it.
 */
import { componentRow, normalizeLabel } from '../model/labels.js';
import type { Checklist, ClItem } from '../model/checklist.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { answerTarget, isAnswered } from '../deployment/answer-lineage.js';
import type { ChecklistDiff, ItemChange, RowChange } from './compare.js';
import { lookAlikeChanges, lookAlikeRowNote, lookAlikeWords } from './look-alike.js';

export interface ReviewMark {
  id: string;
  titleText: string;
  /** The text of the `review` mark: what changed, and in which version. */
  what: string;
}

export interface DroppedAnswer {
  id: string;
  titleText: string;
  /** Why it is no longer shown: retired (with the reason), gone without notice, above the level. */
  why: string;
  /** True when `upgrade` moves it to `retired`; false when it stays (out of level only). */
  moves: boolean;
  /** True for an item the newer version removed without a `retired:` entry (no retirement to name). */
  unnoted?: true;
}

export interface DeploymentImpact {
  level: string | undefined;
  /** The newer version's levels: a `level` not among them (a level dropped) decides nothing. */
  levels: readonly string[];
  fromVersion: string;
  toVersion: string;
  /**
   * `merged`: the new ID has an answer, so this one is kept under `retired` (upgrade.ts); `holder`:
   * the earlier ID whose answer it is, where it is not its own (two earlier IDs answered).
   */
  renamed: { from: string; to: string; merged?: true; holder?: string }[];
  review: ReviewMark[];
  /** In-scope items the customer has no answer for: added, or now at their level. */
  toAnswer: { id: string; titleText: string; level: string | null; why: 'added' | 'level'; restored?: boolean }[];
  dropped: DroppedAnswer[];
  /** Answers and settings the newer version has no place for, "/pointer: reason" (unfit-answers.ts). */
  unfit: string[];
  /** The item changes that concern this customer (their level and components). */
  items: ItemChange[];
  /** Settings to fill (a fillable row added) or to check (its other cells changed), with the customer's value. */
  settings: SettingImpact[];
}

export interface SettingImpact {
  label: string;
  change: 'added' | 'changed';
  before: string;
  after: string;
  /** What the deployment's `settings` holds for it; undefined when nothing. */
  value?: string;
}

/**
 * In scope at a level: no level chosen, an item with no level, or a level up to the chosen one.
 * A level the version does not have (dropped from its `levels`) leaves nothing out: it has no
 * place in their order, and every item of the version was placed above it.
 */
export function inScope(itemLevel: string | null, level: string | undefined, levels: readonly string[]): boolean {
  if (level === undefined || itemLevel === null || !levels.includes(level)) return true;
  return levels.indexOf(itemLevel) <= levels.indexOf(level);
}

/** "CL-A → CL-B" for the diff, saying where a merged item's own answer goes. */
export function renameSentence(entry: DeploymentImpact['renamed'][number]): string {
  const has = entry.holder === undefined ? 'an answer of its own' : `${entry.holder}'s answer`;
  return `${entry.from} → ${entry.to}${entry.merged ? ` (merged: ${entry.to} has ${has}, which stays; this one is kept under "retired" and ${entry.to} is marked for review)` : ''}`;
}

/** "Level: medium." for the diff; a level the newer version lacks says so, and what counts until one is chosen. */
export function levelSentence(impact: DeploymentImpact): string {
  const { level, levels, toVersion } = impact;
  if (level === undefined) return 'Level: every level.';
  if (levels.includes(level)) return `Level: ${level}.`;
  return `Level: ${level}, which version ${toVersion} does not have (its levels: ${levels.join(', ') || 'none'}): choose one; until then the items of every level are counted here.`;
}

export function deploymentImpact(diff: ChecklistDiff, deployment: Deployment): DeploymentImpact {
  const { from, to } = diff;
  const level = deployment.level;
  const levels = to.meta.levels;
  const answers = deployment.answers ?? {};
  const impact: DeploymentImpact = { level, levels, fromVersion: from.meta.version, toVersion: to.meta.version, renamed: [], review: [], toAnswer: [], dropped: [], unfit: [], items: [], settings: [] };

  // New IDs an earlier answer, renamed, already fills: a second one merges (upgrade.ts keeps the first).
  const filled = new Map<string, string>();
  for (const [id, answer] of Object.entries(answers)) {
    const item = currentItem(to, id);
    // An ID neither version knows is the deployment's own mistake (a typo check names, with the
    // ID meant), not an item that left: it stays where it is (unfit-answers.ts names it).
    if (!item && isUnknownInBoth(id, from, to)) continue;
    if (!item) {
      const retired = to.retired.find((entry) => entry.id === id);
      const why = retired ? `retired${retired.version ? ` in ${retired.version}` : ''}${retired.reason ? `: ${retired.reason}` : ''}` : `no longer in the checklist (version ${to.meta.version})`;
      impact.dropped.push({ id, titleText: from.items.find((old) => old.id === id)?.titleText ?? '', why, moves: true, ...(retired ? {} : { unnoted: true as const }) });
      continue;
    }
    if (item.id !== id) {
      const holder = isAnswered(answers[item.id]) ? undefined : filled.get(item.id);
      impact.renamed.push({ from: id, to: item.id, ...(isAnswered(answers[item.id]) || holder !== undefined ? { merged: true as const } : {}), ...(holder === undefined ? {} : { holder }) });
      if (isAnswered(answer) && !filled.has(item.id)) filled.set(item.id, id);
    }
    if (!inScope(item.level, level, levels)) {
      impact.dropped.push({ id: item.id, titleText: item.titleText, why: `now at level ${item.level ?? ''}, above ${level ?? ''}: the answer is kept but not shown`, moves: false });
    }
    const change = diff.items.find((candidate) => candidate.id === item.id && candidate.change === 'kept');
    const concerning = change ? forCustomer(change, deployment, from, to) : undefined;
    // Items merged: one mark for the item, as upgrade gives it one.
    if (concerning && isAnswered(answer) && !impact.review.some((mark) => mark.id === item.id)) {
      // A row now shown is one more to answer, as a row added is; a row no longer shown matters
      // only where the answer said something for it (that part of it is no longer shown).
      const shown = (concerning.shown ?? []).filter((row) => row.shown || answersRow(answer, row.label));
      if (concerning.rows.length + (concerning.target ? 1 : 0) + shown.length > 0) {
        impact.review.push({ id: item.id, titleText: item.titleText, what: reviewWords({ ...concerning, shown }, from.meta.version, to.meta.version) });
      }
    }
  }

  const answeredIds = new Set(Object.keys(answers).map((id) => currentItem(to, id)?.id ?? id));
  // An ID renamed and used again for another item: that item is new to this customer.
  const current = new Set(to.items.map((item) => item.id));
  const reused = new Set(to.items.flatMap((item) => item.replaces).filter((id) => current.has(id)));
  for (const change of diff.items) {
    if (change.change !== 'added' && !reused.has(change.id) && !(change.level && !inScope(change.level.from, level, from.meta.levels))) continue;
    if (!inScope(change.itemLevel, level, levels) || answeredIds.has(change.id)) continue;
    // An item retired and now back under its own ID: the answer `upgrade` kept under `retired` is its own.
    const restored = isAnswered(deployment.retired?.[change.id]) && answerTarget(to, change.id).kind === 'current';
    impact.toAnswer.push({ id: change.id, titleText: change.titleText, level: change.itemLevel, why: change.change === 'added' ? 'added' : 'level', ...(restored ? { restored } : {}) });
  }

  impact.items = diff.items.flatMap((change) => {
    const inEither = inScope(change.itemLevel, level, levels) || (change.level !== undefined && inScope(change.level.from, level, from.meta.levels));
    if (!inEither) return [];
    if (change.change !== 'kept') return [change];
    const concerning = forCustomer(change, deployment, from, to);
    const visible = concerning.rows.length > 0 || concerning.target || concerning.order || concerning.shown || concerning.labels || change.renamedFrom || change.moved || change.level;
    return visible ? [concerning] : [];
  });
  // A setting's row removed is `unfit` where the customer set it; added or changed, it is named here.
  const chosen = new Map(Object.entries(deployment.settings ?? {}).map(([label, value]) => [normalizeLabel(label), value]));
  impact.settings = diff.settings.flatMap((entry) => {
    if (entry.change === 'removed') return [];
    const value = chosen.get(normalizeLabel(entry.label));
    return [{ label: entry.label, change: entry.change, before: entry.before, after: entry.after, ...(value !== undefined && value.trim() !== '' ? { value } : {}) }];
  });
  return impact;
}

/**
 * The words of a `review` mark: the versions, then each changed row, with its old and new text
 * when both are short ("Version 1.0 → 3.0: Executed (Yes / No → Yes / No / N/A); Measures"),
 * and the changes no one can see in them named (look-alike.ts): "Measures (look-alike: U+0020
 * SPACE → U+00A0 NO-BREAK SPACE at column 12)".
 */
function reviewWords(change: ItemChange, fromVersion: string, toVersion: string): string {
  const rows = [...change.rows, ...(change.target ? [{ label: 'Target', before: change.target.from, after: change.target.to }] : [])];
  const parts = rows.map((row) => {
    const short = row.before.length <= 60 && row.after.length <= 60 && !row.before.includes('\n') && !row.after.includes('\n');
    const unseen = lookAlikeChanges(row.before, row.after);
    const note = unseen.length === 0 ? [] : [lookAlikeWords(unseen)];
    const shown = short ? [`${row.before || 'none'} → ${row.after || 'none'}`, ...note] : note;
    return `${shown.length === 0 ? row.label : `${row.label} (${shown.join('; ')})`}${lookAlikeRowNote(rows, row)}`;
  });
  for (const row of change.shown ?? []) parts.push(`${row.label} (row ${row.shown ? 'now shown' : 'no longer shown'}: ${row.why})`);
  return `Version ${fromVersion} → ${toVersion}: ${parts.join('; ')}`;
}

/** The change as this customer sees it: rows of servers they lack dropped, their level's target only. */
function forCustomer(change: ItemChange, deployment: Deployment, from: Checklist, to: Checklist): ItemChange {
  const item = to.items.find((candidate) => candidate.id === change.id);
  const old = from.items.find((candidate) => candidate.id === (change.renamedFrom ?? change.id));
  if (!item || !old) return change;
  const chosen = deployment.components?.map(normalizeLabel);
  // A row is in their table in a version unless it is that version's row of a server they lack.
  const shownIn = (entry: ClItem, label: string) => {
    const row = componentRow(entry, label);
    return !(chosen && row?.isServer && !chosen.includes(normalizeLabel(label)));
  };
  const theirs = (label: string) => [old, item].some((entry) => componentRow(entry, label) !== undefined && shownIn(entry, label)) || ![old, item].some((entry) => componentRow(entry, label));
  const rows = change.rows.filter((row: RowChange) => theirs(row.label));
  const result: ItemChange = { ...change, rows };
  delete result.target;
  delete result.order;
  delete result.servers;
  delete result.labels;
  const labels = (change.labels ?? []).filter((label) => theirs(label.to));
  if (labels.length > 0) result.labels = labels;
  if (change.order) {
    // Rows of servers they lack are not in their table: only an order they see is named.
    const [before, after] = [change.order.from.filter((label) => shownIn(old, label)), change.order.to.filter((label) => shownIn(item, label))];
    const shared = (labels: string[], other: string[]) => labels.filter((label) => other.includes(label)).join('\n');
    if (shared(before, after) !== shared(after, before)) result.order = { from: before, to: after };
  }
  // A row whose label joined or left the front matter's components, its text unchanged: it
  // appears in (or leaves) the table of a customer who lacks that server.
  const shown = (change.servers ?? []).flatMap((row) => {
    const [before, after] = [shownIn(old, row.label), shownIn(item, row.label)];
    if (before === after) return [];
    const why = row.isServer ? `now one of the checklist's servers, and not among your components` : `no longer one of the checklist's servers`;
    return [{ label: row.label, shown: after, why }];
  });
  if (shown.length > 0) result.shown = shown;
  if (change.target) {
    const level = deployment.level;
    const valueAt = (entry: ClItem) => entry.target.find((value) => value.level === level)?.value ?? '';
    // No level, or one the newer version lacks: every level's target is theirs to look at.
    const whole = level === undefined || !to.meta.levels.includes(level);
    const [before, after] = whole ? [change.target.from, change.target.to] : [valueAt(old), valueAt(item)];
    if (before !== after) result.target = { from: before, to: after };
  }
  return result;
}

/** True when the answer holds a status or a written field for the component row. */
function answersRow(answer: Answer | undefined, label: string): boolean {
  const matches = (key: string) => normalizeLabel(key) === normalizeLabel(label);
  const status = Object.entries(answer?.components ?? {}).some(([key, value]) => matches(key) && value.trim() !== '');
  const fields = Object.entries(answer?.fields ?? {}).some(([key, values]) => matches(key) && Object.values(values ?? {}).some((value) => typeof value === 'string' && value.trim() !== ''));
  return status || fields;
}

/** True when `id` is no item, replaced or retired ID of either version: an answer key no master version gave. */
export function isUnknownInBoth(id: string, from: Checklist, to: Checklist): boolean {
  return answerTarget(from, id).kind === 'unknown' && answerTarget(to, id).kind === 'unknown';
}

/** The item an answer key belongs to in a version: the same ID, or the item that replaces it. */
export function currentItem(checklist: Checklist, id: string): ClItem | undefined {
  // The item the answer belongs to, a rename first (answer-lineage.ts).
  const target = answerTarget(checklist, id);
  return target.kind === 'current' || target.kind === 'replaced' ? target.item : undefined;
}
