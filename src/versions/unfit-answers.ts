/**
 * What a deployment holds that the newer version has no place for: a value no longer among an
 * item's options, an answer to a component row or write-in field that is gone, an item now
 * answered per component (or no longer), a setting whose table row was removed or renamed, a
 * level or server no longer in the front matter. `check` and `build` refuse each of them, so
 * `diff` names them before the upgrade and `upgrade` after it, rather than the next build.
 */
import { checkDeployment } from '../deployment/check-deployment.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { pointer } from '../deployment/json-source.js';
import { isUnknownInBoth } from './deployment-impact.js';
import { removedRowAnswers } from './retired-rows.js';

/** Errors of the deployment against `to` that it did not have against `from` ("/settings/X: reason"). */
export function unfitAnswers(deployment: Deployment, from: Checklist, to: Checklist): string[] {
  const errors = (master: Checklist) => checkDeployment(deployment, master).filter((problem) => problem.severity === 'error');
  const before = new Set(errors(from).map((problem) => problem.reason));
  // Answers to removed component rows are moved to "retired" by upgrade, as are those to removed
  // items ("dropped", not unfit): said so, for they are no error once upgraded.
  const moved = new Set(removedRowAnswers(deployment, from, to).map(({ id, part, label }) => pointer('answers', id, part, label)));
  const found = errors(to);
  const unfit = found
    .filter((problem) => problem.ruleId !== 'unknown-item' && !before.has(problem.reason))
    .map((problem) => `${problem.pointer}: ${notATypo(problem.reason)}${moved.has(problem.pointer) ? ' (kept under "retired" by upgrade)' : ''}`);
  // An answer under an ID no version has: no item left, so upgrade leaves it where it is, and
  // says so (with check's guess at the ID meant) rather than filing it under "retired" unseen.
  for (const id of Object.keys(deployment.answers ?? {})) {
    if (!isUnknownInBoth(id, from, to)) continue;
    const at = pointer('answers', id);
    const meant = found.find((problem) => problem.pointer === at && problem.ruleId === 'unknown-item')?.reason.match(/did you mean "[^"]*"\?/)?.[0];
    unfit.push(`${at}: no item ${id} in version ${from.meta.version} either${meant ? ` (${meant})` : ''}: kept where it is, as check and build refuse it until it names an item`);
  }
  return unfit;
}

/**
 * The check's reason without its "did you mean": an answer that fitted the older version is no
 * typo, and the row one letter or two off in the new one (`Minimal length` for a removed
 * `Maximal length`) is another row.
 */
function notATypo(reason: string): string {
  return reason.replace(/; did you mean "[^"]*"\?$/, '');
}
