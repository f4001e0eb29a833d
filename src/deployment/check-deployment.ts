/**
 * Checks a schema-valid deployment against its master checklist: every answer names an item
 * of the master, every status is one of that item's (or component's) options, components and
 * levels exist, settings keys match a fillable table row.
 */
import type { Checklist, ClItem } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { fillableLabels } from '../model/fillable-labels.js';
import { componentRow, matchOption, normalizeLabel } from '../model/labels.js';
import { didYouMean, didYouMeanLookAlike, meantKey, nearest } from '../content/near-miss.js';
import { answerKey, answerTarget, compareVersions, isAnswered, versionWarnings } from './answer-lineage.js';
import { checkEntries } from './check-entries.js';
import { pointer } from './json-source.js';
import { inScope } from '../versions/deployment-impact.js';

export interface DeploymentProblem {
  pointer: string;
  reason: string;
  severity: 'error' | 'warning';
  ruleId: string;
}

export function checkDeployment(deployment: Deployment, master: Checklist, levelOverride?: string): DeploymentProblem[] {
  const problems: DeploymentProblem[] = [];
  const error = (at: string, reason: string, ruleId: string): DeploymentProblem => {
    const problem: DeploymentProblem = { pointer: at, reason, severity: 'error', ruleId };
    problems.push(problem);
    return problem;
  };
  const warning = (at: string, reason: string, ruleId: string) => problems.push({ pointer: at, reason, severity: 'warning', ruleId });
  const { meta } = master;

  for (const problem of versionWarnings(deployment, master)) warning(problem.pointer, problem.reason, problem.ruleId);
  if (deployment.level !== undefined && !meta.levels.includes(deployment.level) && levelOverride === undefined) {
    error('/level', levelText(deployment.level, meta.levels), 'unknown-level');
  }

  const servers = new Map(meta.components.map((name) => [normalizeLabel(name), name]));
  const chosenServers = new Set<string>();
  const listed = new Map<string, string>();
  const typos = new Map<string, ListedTypo>();
  (deployment.components ?? []).forEach((name, index) => {
    if (typeof name !== 'string') return; // removed by a schema error, reported there
    const earlier = listed.get(normalizeLabel(name));
    // The same name twice is the schema's (uniqueItems); in another case or spacing it is ours.
    if (earlier !== undefined && earlier !== name) error(pointer('components', index), `"${name}" names the same component as "${earlier}" (case and spaces aside): keep one`, 'duplicate-label');
    listed.set(normalizeLabel(name), earlier ?? name);
    const known = servers.get(normalizeLabel(name));
    if (known) chosenServers.add(normalizeLabel(known));
    else {
      const meant = nearest(name, meta.components, 'long names');
      const problem = error(pointer('components', index), `Unknown component "${name}": the master's components are ${meta.components.join(', ') || '(none)'}${didYouMeanLookAlike(name, meta.components, meant)}`, 'unknown-component');
      // Answers naming the component meant are hidden by this one typo: counted into its message.
      if (meant !== undefined) typos.set(normalizeLabel(meant), { problem, answers: new Set() });
    }
  });
  const hasServer = (label: string) => deployment.components === undefined || chosenServers.has(normalizeLabel(label));
  /** A hidden server answer: counted into the typo's message when a listed typo meant that server, else a warning. */
  const hiddenServer = (id: string, label: string, at: string, reason: string) => {
    const typo = typos.get(normalizeLabel(label));
    if (typo) typo.answers.add(id);
    else warning(at, reason, 'hidden-answer');
  };
  if (deployment.components?.length === 0) reportNoComponents(master, warning);

  const items = new Map(master.items.map((item) => [item.id, item]));
  for (const [id, answer] of Object.entries(deployment.answers ?? {})) {
    const at = pointer('answers', id);
    if (!answer) continue; // removed by a schema error, reported there
    const target = answerTarget(master, id);
    if (target.kind === 'retired') {
      const { version, reason } = target.entry;
      warning(at, `${id} was retired${version ? ` in version ${version}` : ''}${reason ? ` (${reason})` : ''}: the answer is not shown; \`checklist upgrade\` moves it to "retired"`, 'retired-item');
      continue;
    }
    if (target.kind === 'unknown') {
      error(at, `No item ${id} in checklist ${meta.id}${suggestItem(id, items)}${olderVersionHint(deployment, master)}`, 'unknown-item');
      continue;
    }
    const item = target.item;
    // The deployment's own level (a --level given for one build leaves items out on purpose).
    if (levelOverride === undefined && leftOutByLevel(item, deployment, master) && isAnswered(answer)) {
      warning(at, `${id} applies from level ${item.level} up, above this deployment's level ${deployment.level}: the item is left out, and this answer with it`, 'hidden-answer');
    }
    if (target.kind === 'replaced') {
      // The item shows one answer (answerKey): its own, or the first earlier ID's, as upgrade keeps it.
      const shown = answerKey(deployment.answers, item.id, item.replaces);
      if (shown !== id) {
        const whose = shown === item.id ? 'which has its own answer' : `which shows ${shown}'s answer`;
        warning(at, `${id} is now ${item.id}, ${whose}: this answer to ${id} is not used; \`checklist upgrade\` keeps it under "retired"`, 'replaced-item');
        continue;
      }
      warning(at, `${id} is now ${item.id}: this answer applies to ${item.id}; \`checklist upgrade\` renames it`, 'replaced-item');
    }
    if (answer.status !== undefined && answer.status !== '') {
      const options = item.executed?.options ?? [];
      if (options.length === 0) error(`${at}/status`, `${id} is answered per component: use "components": { "<row label>": "<option>" } instead of "status"`, 'status-per-component');
      else if (!matchOption(answer.status, options)) error(`${at}/status`, `"${answer.status}" is not an option of ${id}: use one of ${options.join(', ')}${didYouMeanLookAlike(answer.status, options)}`, 'unknown-option');
    }
    for (const [label, status] of Object.entries(answer.components ?? {})) {
      const row = componentRow(item, label);
      const rowAt = `${at}/components${pointer(label)}`;
      if (!row || row.kind !== 'component') {
        const labels = item.components.filter((candidate) => candidate.kind === 'component').map((candidate) => candidate.label);
        error(rowAt, `Unknown component "${label}" for ${id}: ${labels.length > 0 ? `its component rows are ${labels.join(', ')}${didYouMeanLookAlike(label, labels, nearest(label, labels, 'long names'))}` : 'it has no component rows'}`, 'unknown-component');
      } else if (status !== '' && !matchOption(status, row.answers.options)) {
        error(rowAt, `"${status}" is not an option of ${id} / ${row.label}: use one of ${row.answers.options.join(', ')}${didYouMeanLookAlike(status, row.answers.options)}`, 'unknown-option');
      } else if (row.isServer && !hasServer(row.label)) {
        hiddenServer(id, row.label, rowAt, `${row.label} is not among this deployment's components, so this answer is not shown`);
      }
    }
    // What is written in a server's fields (its Version) is hidden with its row, as its status is.
    for (const [label, values] of Object.entries(answer.fields ?? {})) {
      const row = componentRow(item, label);
      const written = Object.values(values ?? {}).some((value) => typeof value === 'string' && value.trim() !== '');
      if (row?.kind === 'component' && row.isServer && !hasServer(row.label) && written) {
        hiddenServer(id, row.label, `${at}/fields${pointer(label)}`, `${row.label} is not among this deployment's components, so what is written in its fields is not shown`);
      }
    }
  }

  // An item retired once and back under its own ID: the answer kept for it is not shown.
  for (const [id, answer] of Object.entries(deployment.retired ?? {})) {
    if (isAnswered(answer) && answerTarget(master, id).kind === 'current' && !isAnswered(deployment.answers?.[id])) {
      warning(pointer('retired', id), `${id} is an item of ${meta.id} again, but its answer is kept under "retired", which is not shown: move it back to "answers" if it still holds`, 'retired-answer');
    }
  }

  for (const { problem, answers } of typos.values()) {
    const one = answers.size === 1;
    if (answers.size > 0) problem.reason += ` ${answers.size} answer${one ? ' names' : 's name'} it (${[...answers].join(', ')}), not shown until it is listed`;
  }

  checkEntries(deployment, master, error);
  const labels = new Map(fillableLabels(master.body).map((label) => [normalizeLabel(label), label]));
  for (const key of Object.keys(deployment.settings ?? {})) {
    if (!labels.has(normalizeLabel(key))) {
      const known = [...labels.values()];
      error(pointer('settings', key), `No fillable table has a row "${key}"${suggest(key, new Map(known.map((label) => [label, label]))) || didYouMeanLookAlike(key, known, nearest(key, known, 'long names'))}`, 'unknown-setting');
    }
  }
  return problems;
}

/** An unknown component of the deployment's list that is a near miss of one of the master's. */
interface ListedTypo {
  problem: DeploymentProblem;
  /** IDs of the answers that name the component meant, hidden because it is not listed. */
  answers: Set<string>;
}

export function levelText(level: string, levels: readonly string[]): string {
  if (levels.length === 0) return `Unknown level "${level}": this checklist defines no levels`;
  // `Medium`, `medium ` or `medum` from a pre-sales' hand: name the level meant.
  const meant = meantKey(level.trim(), levels);
  return `Unknown level "${level}": use one of ${levels.join(', ')}${didYouMeanLookAlike(level, levels, meant)}`;
}

/** "did you mean …" for a near miss (same letters ignoring case and punctuation). */
function suggest(name: string, known: ReadonlyMap<string, ClItem | string>): string {
  const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const wanted = squash(name);
  for (const key of known.keys()) if (squash(key) === wanted) return `; did you mean "${key}"?`;
  return '';
}

/** Whether the deployment's own level (one of the master's) leaves the item out. */
function leftOutByLevel(item: ClItem, deployment: Deployment, master: Checklist): boolean {
  const chosen = deployment.level;
  return chosen !== undefined && master.meta.levels.includes(chosen) && !inScope(item.level, chosen, master.meta.levels);
}

/** For a deployment of an older version: an ID renamed since is for `upgrade` to carry over. */
function olderVersionHint(deployment: Deployment, master: Checklist): string {
  const answered = deployment.checklistVersion;
  if (answered === undefined || compareVersions(answered, master.meta.version) >= 0) return '';
  return ` (the deployment is for version ${answered}, the master ${master.meta.version}: if the item was renamed since, \`checklist upgrade\` carries its answer over)`;
}

/** For an answer's ID: the near misses above, and a typo (CL-SMPT1 for CL-SMTP1). */
function suggestItem(id: string, items: ReadonlyMap<string, ClItem>): string {
  return didYouMean(meantId(id, [...items.keys()]));
}

/**
 * The ID an answer's key meant: the same letters and digits in another case or with other
 * punctuation (`cl-pwd1`, ` CL-PWD1`, `CL–PWD1` with an en dash), else a typo of one.
 */
function meantId(key: string, ids: readonly string[]): string | undefined {
  const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return ids.find((id) => squash(id) === squash(key)) ?? nearest(key, ids);
}

/** The ID of `master` that an answer's key not written as an ID meant, if one is that close. */
export function meantItemId(key: string, master: Checklist): string | undefined {
  return meantId(key, master.items.map((item) => item.id));
}

/**
 * `"components": []` keeps every server row of the master out (no key at all shows them all):
 * an item answered per server keeps nothing to tick, and nothing says so in the document.
 */
function reportNoComponents(master: Checklist, warning: (at: string, reason: string, ruleId: string) => void): void {
  const perServer = master.items.filter((item) => item.components.some((row) => row.kind === 'component' && row.isServer));
  if (perServer.length === 0) return;
  const named = perServer.slice(0, 3).map((item) => item.id).join(', ') + (perServer.length > 3 ? ', …' : '');
  warning('/components', `Lists no component, so no server row of the master is shown and ${perServer.length} item${perServer.length === 1 ? '' : 's'} answered per server (${named}) lose${perServer.length === 1 ? 's' : ''} those rows: list this customer's servers (${master.meta.components.join(', ')}), or remove "components" to show them all`, 'no-components');
}
