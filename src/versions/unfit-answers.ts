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

/** Errors of the deployment against `to` that it did not have against `from` ("/settings/X: reason"). */
export function unfitAnswers(deployment: Deployment, from: Checklist, to: Checklist): string[] {
  const errors = (master: Checklist) => checkDeployment(deployment, master).filter((problem) => problem.severity === 'error');
  const before = new Set(errors(from).map((problem) => problem.reason));
  // Answers to removed items are "dropped" (moved to "retired"), not unfit.
  return errors(to)
    .filter((problem) => problem.ruleId !== 'unknown-item' && !before.has(problem.reason))
    .map((problem) => `${problem.pointer}: ${problem.reason}`);
}
