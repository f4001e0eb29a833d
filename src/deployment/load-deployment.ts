/**
 * Loads a deployment file: JSON with positions, the published schema, then the checks against
 * its master. Every message names the file, the line and column, and the JSON Pointer.
 */
import { stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeUtf8, notUtf8Reason } from '../diagnostics/decode-utf8.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { displayPath } from '../content/read-sources.js';
import { checklistsDir, masterOnce } from '../content/load-checklist.js';
import { checklistLookupProblem } from './checklist-path.js';
import { noChecklistReason } from '../content/unknown-checklist.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { longStrings, tooDeep } from '../limits/check-json.js';
import { activeLimits, overLimit } from '../limits/limits.js';
import { NotAFileError, notAFileText, readInputFile } from '../limits/input-file.js';
import { checkDeployment, meantItemId } from './check-deployment.js';
import { parseJsonSource, pointer, reportSyntax } from './json-source.js';
import { pruneAt } from './prune.js';
import { checkSchema, notAnItemIdReason } from './schema.js';
import { controlCharactersReason, directionCharactersReason, removeControlCharacters } from './control-characters.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { deploymentName } from './deployment-name.js';

export interface LoadedDeployment {
  /** The file's stem, used for the output folder. */
  name: string;
  path: string;
  deployment: Deployment;
  master: Checklist;
}

export interface LoadOptions {
  contentDir: string;
  /** `--level` overrides the file's level (and its check). */
  levelOverride?: string;
  /** Masters already parsed in this run, by ID: each is read once however many deployments use it. */
  masters?: Map<string, Promise<Checklist | null>>;
}

/**
 * A deployment named from another folder (`build ../content/deployments/acme.json`) is read with
 * the masters of `--content`, which defaults to the working folder's `content`: where the file
 * sits in another content folder, the message names it.
 */
function otherContentFolder(path: string, contentDir: string): string {
  const folder = dirname(dirname(resolve(path)));
  if (basename(dirname(resolve(path))) !== 'deployments' || folder === resolve(contentDir) || !existsSync(join(folder, 'checklists'))) return '';
  return `; this deployment is in the content folder ${displayPath(folder)}: name it with --content ${displayPath(folder)}`;
}

export async function loadDeployment(path: string, options: LoadOptions, diagnostics: Diagnostics): Promise<LoadedDeployment | null> {
  const shown = displayPath(path);
  let bytes: Uint8Array;
  try {
    // Over the size limit: not even read.
    const size = (await stat(path)).size;
    if (size > activeLimits().deployment) {
      diagnostics.error(shown, undefined, overLimit('deployment', size), 'limit-deployment');
      return null;
    }
    bytes = await readInputFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'File not found'
        : code === 'EISDIR'
          ? "This is a folder, not a deployment: name a deployment's .json file (a build with none named builds every deployment of --content)"
          : cause instanceof NotAFileError
            ? `This ${notAFileText(cause.kind)}: name a deployment's .json file`
            : `Cannot read the file: ${(cause as Error).message}`;
    diagnostics.error(shown, undefined, reason, 'read');
    return null;
  }
  // A master's Markdown named where a deployment is meant would be "Not valid JSON: invalid symbol".
  if (/\.md$/i.test(path)) {
    diagnostics.error(shown, undefined, "This is Markdown, a master's file, not a deployment: name a deployment's .json file (build --blank ID builds a master as an empty checklist)", 'not-a-deployment');
    return null;
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    diagnostics.error(shown, decoded.invalidAt, notUtf8Reason(decoded), 'encoding');
    return null;
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const deep = tooDeep(text);
  if (deep) {
    diagnostics.error(shown, deep, overLimit('depth', deep.depth), 'limit-depth');
    return null;
  }
  const source = parseJsonSource(shown, text);
  if (!('value' in source)) {
    reportSyntax(diagnostics, shown, source);
    return null;
  }
  const report = (at: string, reason: string, severity: 'error' | 'warning', ruleId: string) => {
    const message = `${at || '/'}: ${reason}`;
    const added = severity === 'error' ? diagnostics.error(shown, source.pointAt(at), message, ruleId) : diagnostics.warning(shown, source.pointAt(at), message, ruleId);
    Object.assign(added, { pointer: at }); // for `check --reporter json`
  };

  const tooLong = longStrings(source.value, (tokens) => pointer(...tokens));
  for (const problem of tooLong) report(problem.pointer, problem.reason, 'error', 'limit-text');
  if (tooLong.length > 0) return null;

  // Repeated keys and control characters, each at its place; the rest is checked too.
  const duplicates = findDuplicateKeys(text);
  for (const duplicate of duplicates) {
    const reason = `${duplicate.pointer}: duplicate key: it is already at line ${duplicate.first.line}, and JSON keeps only the last; remove one`;
    Object.assign(diagnostics.error(shown, duplicate.point, reason, 'duplicate-key'), { pointer: duplicate.pointer }); // for `check --reporter json`
  }
  const value = removeControlCharacters(source.value, (problem) =>
    problem.kind === 'direction'
      ? report(problem.pointer, directionCharactersReason(problem), 'warning', 'direction-character')
      : report(problem.pointer, controlCharactersReason(problem), 'warning', 'control-character'),
  );

  const schemaProblems = checkSchema(value);
  // An answer's key that is no ID is told once the master is known, with the ID it meant.
  const notIds = schemaProblems.filter((problem) => problem.key !== undefined);
  const reportNotIds = (master?: Checklist) => {
    for (const { pointer: at, key, reason, ruleId } of notIds) {
      report(at, master ? notAnItemIdReason(key!, { id: master.meta.id, ids: master.items.map((item) => item.id), meant: meantItemId(key!, master) }) : reason, 'error', ruleId);
    }
  };
  for (const problem of schemaProblems) if (problem.key === undefined) report(problem.pointer, problem.reason, 'error', problem.ruleId);
  // What the schema rejected is left out, and the rest is still checked against the master.
  const usable = pruneAt(value, schemaProblems.map((problem) => problem.pointer));
  if (usable === null || typeof usable !== 'object' || typeof (usable as Deployment).checklist !== 'string') {
    reportNotIds();
    return null;
  }
  const deployment = usable as Deployment;
  const escape = await checklistLookupProblem(checklistsDir(options.contentDir), deployment.checklist);
  if (escape) {
    reportNotIds();
    report('/checklist', escape, 'error', 'path-escape');
    return null;
  }
  const master = await masterOnce(deployment.checklist, options, diagnostics);
  reportNotIds(master ?? undefined);
  if (!master) {
    if (master === undefined) {
      report('/checklist', `${await noChecklistReason(options.contentDir, deployment.checklist)}${otherContentFolder(path, options.contentDir)}`, 'error', 'unknown-checklist');
    }
    return null;
  }
  const problems = checkDeployment(deployment, master, options.levelOverride);
  for (const problem of problems) report(problem.pointer, problem.reason, problem.severity, problem.ruleId);
  if (schemaProblems.length > 0 || duplicates.length > 0 || problems.some((problem) => problem.severity === 'error')) return null;
  return { name: deploymentName(path), path, deployment, master };
}
