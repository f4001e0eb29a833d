/**
 * Everything `diff DEPLOYMENT.json` and `upgrade` need: the deployment's text and value, its
 * master at the version it was answered against and at the target REV, their comparison and
 * what it means for this customer. Bad input is a message or a CliError; nothing is written.
 */
import { stat } from 'node:fs/promises';
import { CliError } from '../cli/errors.js';
import { findChecklist } from '../content/load-checklist.js';
import { noChecklistReason } from '../content/unknown-checklist.js';
import { displayPath } from '../content/read-sources.js';
import { decodeUtf8, notUtf8Reason } from '../diagnostics/decode-utf8.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { compareVersions } from '../deployment/answer-lineage.js';
import { deploymentName } from '../deployment/deployment-name.js';
import { findDuplicateKeys } from '../deployment/duplicate-keys.js';
import { parseJsonSource, reportSyntax } from '../deployment/json-source.js';
import { checkSchema } from '../deployment/schema.js';
import type { Deployment } from '../model/deployment.js';
import { describeFsError } from '../output/preflight.js';
import { readInputFile } from '../limits/input-file.js';
import { activeLimits, overLimit } from '../limits/limits.js';
import { compareChecklists, type ChecklistDiff } from './compare.js';
import { deploymentImpact, type DeploymentImpact } from './deployment-impact.js';
import type { DiffSide } from './diff-words.js';
import { hasUncommittedChanges, locateInGit, resolveRevision, type GitLocation } from './git-revision.js';
import { unfitAnswers } from './unfit-answers.js';
import { loadVersion, withLineage, type LoadedVersion } from './load-version.js';

export interface DeploymentPlan {
  path: string;
  /** The master's file or folder, and where git keeps it. */
  master: { path: string; location: GitLocation };
  name: string;
  /** The JSON text, without the byte order mark the file may start with (`bom`). */
  text: string;
  bom: '' | '\uFEFF';
  deployment: Deployment;
  diff: ChecklistDiff;
  sides: { from: DiffSide; to: DiffSide };
  impact: DeploymentImpact;
}

export async function planForDeployment(path: string, options: { content: string; from?: string; to?: string }, diagnostics: Diagnostics): Promise<DeploymentPlan | null> {
  const shown = displayPath(path);
  // Over the size limit: not even read, as check and build do (src/deployment/load-deployment.ts).
  const size = (await stat(path).catch(() => undefined))?.size ?? 0;
  if (size > activeLimits().deployment) {
    diagnostics.error(shown, undefined, overLimit('deployment', size), 'limit-deployment');
    return null;
  }
  const bytes = await readInputFile(path).catch((error: unknown) => {
    throw new CliError(`${shown}: cannot read the file: ${describeFsError(error)}`, 1, { cause: error });
  });
  // Read as `check` reads it (src/deployment/load-deployment.ts): every mistake at its place, the
  // same rule IDs; a key written twice would be upgraded from the last and written back unnoticed.
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    diagnostics.error(shown, decoded.invalidAt, notUtf8Reason(decoded), 'encoding');
    return null;
  }
  // The byte order mark kept apart (decodeUtf8 drops it), so upgrade writes it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
  const text = decoded.text;
  const source = parseJsonSource(shown, text);
  if (!('value' in source)) {
    reportSyntax(diagnostics, shown, source);
    return null;
  }
  const duplicates = findDuplicateKeys(text);
  for (const duplicate of duplicates) {
    diagnostics.error(shown, duplicate.point, `${duplicate.pointer}: duplicate key: it is already at line ${duplicate.first.line}, and JSON keeps only the last; remove one`, 'duplicate-key');
  }
  const problems = checkSchema(source.value);
  for (const problem of problems) diagnostics.error(shown, source.pointAt(problem.pointer), `${problem.pointer || '/'}: ${problem.reason}`, problem.ruleId);
  if (problems.length > 0 || duplicates.length > 0) return null;
  const deployment = source.value as Deployment;

  const masterPath = await findChecklist(options.content, deployment.checklist);
  if (!masterPath) throw new CliError(`${shown}: ${await noChecklistReason(options.content, deployment.checklist)}`, 1);
  const location = await locateInGit(masterPath);
  const to = await loadVersion(masterPath, location, options.to, diagnostics);
  const answered = deployment.checklistVersion;
  if (answered !== undefined && options.from === undefined && compareVersions(answered, to.checklist.meta.version) > 0) {
    // Named with --to, the older version is the user's choice: no newer one to name.
    const fix = options.to === undefined ? 'update the master first (git pull), or name the version with --to' : `a deployment goes to newer versions only: name ${answered} or a later one with --to`;
    throw new CliError(`${shown}: written for version ${answered} of ${deployment.checklist}, newer than ${options.to === undefined ? "the master's version" : 'version'} ${to.checklist.meta.version}${options.to === undefined ? '' : ' (--to)'}: ${fix}`, 1);
  }
  const fromRev = options.from ?? answered;
  if (fromRev === undefined) throw new CliError(`${shown} has no "checklistVersion": name the master version it was answered against with --from VERSION`, 1);
  const from = options.from === undefined && (await sameAsAnswered(location, fromRev, to)) ? to : await loadVersion(masterPath, location, fromRev, diagnostics, { older: 'from' });
  const newer = await withLineage(masterPath, location, from, to, diagnostics);
  const diff = compareChecklists(from.checklist, newer.checklist);
  const impact = { ...deploymentImpact(diff, deployment), unfit: unfitAnswers(deployment, from.checklist, newer.checklist) };
  return { path, master: { path: masterPath, location }, name: deploymentName(path), text, bom, deployment, diff, sides: { from: from.side, to: newer.side }, impact };
}

/**
 * Whether the target version is the version the deployment was answered against, as it was: the
 * same version number, at its commit or in a working tree git holds unchanged. A working tree
 * edited since that version's commit is compared with the commit, so the edits are reviewed; a
 * version that no commit holds yet (the author's new version, not committed) has only the working tree.
 */
async function sameAsAnswered(location: GitLocation, answered: string, to: LoadedVersion): Promise<boolean> {
  if (answered !== to.checklist.meta.version) return false;
  if ('commit' in to.side || !(await hasUncommittedChanges(location))) return true;
  return !('commit' in (await resolveRevision(location, answered)));
}
