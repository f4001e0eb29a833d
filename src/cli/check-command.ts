/**
 * `checklist check [PATH…]`: validates masters and deployments without writing anything.
 * A PATH is a checklist (`.md` file or folder), a deployment (`.json`), or a content folder.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { listChecklists, loadChecklist } from '../content/load-checklist.js';
import { loadDeployment } from '../deployment/load-deployment.js';
import type { Checklist } from '../model/checklist.js';
import { CliError } from './errors.js';

export interface CheckResult {
  diagnostics: Diagnostics;
  checklists: number;
  deployments: number;
}

interface Targets {
  checklists: string[];
  deployments: string[];
}

export async function runCheck(paths: readonly string[], contentDir: string): Promise<CheckResult> {
  const targets: Targets = { checklists: [], deployments: [] };
  for (const path of paths.length > 0 ? paths : [contentDir]) await classify(path, targets);

  const diagnostics = new Diagnostics();
  const masters = new Map<string, Promise<Checklist | null>>();
  for (const path of targets.checklists) {
    const own = new Diagnostics();
    const checklist = await loadChecklist(path, own);
    diagnostics.merge(own);
    const usable = Promise.resolve(checklist && !own.hasErrors ? checklist : null);
    masters.set(basename(path).replace(/\.md$/, ''), usable);
    if (checklist) masters.set(checklist.meta.id, usable);
  }
  for (const path of targets.deployments) await loadDeployment(path, { contentDir, masters }, diagnostics);
  return { diagnostics, checklists: targets.checklists.length, deployments: targets.deployments.length };
}

async function classify(path: string, targets: Targets): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`checklist check: ${path} does not exist`, 2);
  }
  if (!info.isDirectory()) {
    if (path.endsWith('.json')) targets.deployments.push(path);
    else targets.checklists.push(path);
    return;
  }
  const names = await readdir(path);
  if (names.includes('checklists') || names.includes('deployments')) {
    targets.checklists.push(...(await listChecklists(path)));
    targets.deployments.push(...(await jsonFiles(join(path, 'deployments'))));
  } else if (names.some((name) => name.endsWith('.json')) && !names.some((name) => name.endsWith('.md'))) {
    targets.deployments.push(...(await jsonFiles(path)));
  } else {
    targets.checklists.push(path);
  }
}

/** The `.json` files of a folder, sorted; none when the folder does not exist. */
export async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}
