/**
 * What `checklist check PATH` checks: a master file or folder; one file of a folder master
 * (that master is checked, that file's messages reported, as an editor runs it on save); a
 * deployment; a theme file (`theme.json`); `content/checklists` (every master in it); or a
 * content folder (everything, its `theme.json` too when it has one).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { displayPath } from '../content/read-sources.js';
import { listChecklists } from '../content/load-checklist.js';
import { isEditorFile } from '../content/editor-files.js';
import { isDeploymentFileName } from '../deployment/deployment-name.js';
import { requireContentFolder } from './content-folder.js';
import { notAFileText, specialKind } from '../limits/input-file.js';
import { CliError } from './errors.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';

export interface CheckTargets {
  /** Master path → the one file whose messages are wanted (undefined: all of them). */
  checklists: Map<string, string | undefined>;
  /** Deployment path → the content folder its master is looked up in. */
  deployments: Map<string, string>;
  /** Theme file path → whether it must exist (named) or is checked only when present (a content folder's). */
  themes: Map<string, boolean>;
}

export async function checkTargets(paths: readonly string[], contentDir: string): Promise<CheckTargets> {
  if (paths.length === 0) requireContentFolder('check', contentDir);
  const targets: CheckTargets = { checklists: new Map(), deployments: new Map(), themes: new Map() };
  for (const path of paths.length > 0 ? paths : [contentDir]) await classify(path, contentDir, targets);
  return targets;
}

function addChecklist(targets: CheckTargets, path: string, only?: string): void {
  const known = targets.checklists.has(path);
  // A whole master wins over one of its files; two files of one master: the whole master.
  if (known && targets.checklists.get(path) !== only) targets.checklists.set(path, undefined);
  else if (!known) targets.checklists.set(path, only);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

async function classify(path: string, contentDir: string, targets: CheckTargets): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`checklist check: ${path} does not exist`, 2);
  // A FIFO or a device: its read would wait for a writer, or not end (/dev/zero).
  const kind = specialKind(info);
  if (kind !== undefined) throw new CliError(`checklist check: ${path} ${notAFileText(kind)}`, 2);
  const parent = dirname(path);
  if (!info.isDirectory()) {
    if (basename(path) === 'theme.json' && basename(parent) !== 'deployments') {
      targets.themes.set(resolve(path), true);
    } else if (path.endsWith('.json')) {
      // A deployment in <content>/deployments finds its master in that <content>.
      const content = basename(parent) === 'deployments' && (await isDirectory(join(dirname(parent), 'checklists'))) ? dirname(parent) : contentDir;
      targets.deployments.set(path, content);
    } else if (basename(parent) !== 'checklists' && basename(dirname(parent)) === 'checklists') {
      addChecklist(targets, parent, displayPath(path)); // one file of a folder master
    } else {
      addChecklist(targets, path);
    }
    return;
  }
  const names = await readdir(path);
  if (names.includes('checklists') || names.includes('deployments')) {
    for (const master of await listChecklists(path)) addChecklist(targets, master);
    for (const deployment of await deploymentFiles(join(path, 'deployments'))) targets.deployments.set(deployment, path);
    if (!targets.themes.has(resolve(path, 'theme.json'))) targets.themes.set(resolve(path, 'theme.json'), false);
  } else if (basename(path) === 'checklists') {
    for (const master of await listChecklists(parent)) addChecklist(targets, master);
  } else if (basename(path) === 'deployments' || (names.some((name) => name.endsWith('.json')) && !names.some((name) => name.endsWith('.md')))) {
    const content = (await isDirectory(join(parent, 'checklists'))) ? parent : contentDir;
    for (const deployment of await deploymentFiles(path)) targets.deployments.set(deployment, content);
  } else {
    addChecklist(targets, path);
  }
}

/**
 * Files of a deployments folder that look like deployments but are not read (`acme.JSON`,
 * `acme.json.txt`, `acme.json.bak`), and deployments in a folder inside it (`emea/acme.json`,
 * which a build of every deployment does not read): a warning each, as that customer's
 * checklist is not built.
 */
export async function reportUnreadDeployments(dir: string, diagnostics: Diagnostics): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.map((entry) => entry.name);
  for (const name of names.filter((candidate) => /\.json(\W|$)/i.test(candidate) && !candidate.endsWith('.json') && !isEditorFile(candidate)).sort()) {
    diagnostics.warning(displayPath(join(dir, name)), undefined, 'This file is not read as a deployment, so no checklist is built from it: only files whose names end in exactly .json are; rename it if it should be', 'unread-file');
  }
  for (const folder of entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => join(dir, entry.name)).sort()) {
    for (const file of await nestedDeployments(folder)) {
      diagnostics.warning(displayPath(file), undefined, `This deployment is in a folder inside ${displayPath(dir)}, which is not read, so no checklist is built from it: move it into ${displayPath(dir)} (its name must differ from the others there), or name it to build it`, 'unread-file');
    }
  }
}

/** The deployment files in a folder and the folders in it, sorted (hidden folders left out). */
async function nestedDeployments(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => !entry.isDirectory() && isDeploymentFileName(entry.name)).map((entry) => join(folder, entry.name));
  const inner = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => join(folder, entry.name));
  return [...files, ...(await Promise.all(inner.map(nestedDeployments))).flat()].sort();
}

/** The deployments of a folder (its `.json` files, its schemas left out), sorted; none when the folder does not exist. */
export async function deploymentFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter(isDeploymentFileName)
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}
