/**
 * The inputs of `checklist build`: every deployment named (or all of content/deployments), or
 * the blank master of `--blank ID`, loaded, checked and merged into customer views.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { findChecklist, loadChecklist } from '../content/load-checklist.js';
import { levelText } from '../deployment/check-deployment.js';
import { deploymentName, loadDeployment, type LoadedDeployment } from '../deployment/load-deployment.js';
import { displayPath } from '../content/read-sources.js';
import { checkOutputFolders } from '../output/output-folders.js';
import { mergeDeployment } from '../deployment/merge.js';
import type { Checklist } from '../model/checklist.js';
import type { CustomerChecklist } from '../model/view.js';
import { inShard, shardKey, type Shard } from '../build/shard.js';
import { jsonFiles } from './check-command.js';
import { CliError } from './errors.js';
import type { CliOptions } from './main.js';

/** A customer view and the files it was made from (the deployment, the master's files). */
export interface BuildInput {
  view: CustomerChecklist;
  sources: string[];
}

/**
 * Loads every deployment (or the blank master) and merges it; null when any input has errors.
 * With `--shard K/N` only the deployments of that part are read (the blank is in the part of
 * the key `blank/ID`).
 */
export async function collectViews(paths: string[], values: CliOptions, diagnostics: Diagnostics, shard?: Shard): Promise<BuildInput[] | null> {
  const views: BuildInput[] = [];
  if (values.blank !== undefined) {
    const master = await loadMaster(values.blank, values.content, diagnostics);
    if (!master) return null;
    checkLevel(values.level, master);
    if (inShard([`blank/${values.blank}`], shard, (key) => key).length > 0) {
      views.push({ view: mergeDeployment(master, null, { name: 'blank', level: values.level }), sources: await masterSources(values.content, values.blank) });
    }
    if (paths.length === 0) return views;
  }
  // The same file named twice is built once.
  const allPaths = [...new Set((paths.length > 0 ? paths : await jsonFiles(resolve(values.content, 'deployments'))).map((path) => resolve(path)))];
  const sources = allPaths.map((path) => ({ file: displayPath(path), stem: deploymentName(path) }));
  // Over all the deployments, not one shard's: every shard writes into the same --out.
  checkOutputFolders(values.blank === undefined ? sources : [{ file: `--blank ${values.blank}`, stem: 'blank' }, ...sources], values.out, diagnostics);
  const deploymentPaths = inShard(allPaths, shard, (path) => shardKey(path, values.content));
  const masters = new Map<string, Promise<Checklist | null>>();
  const loaded: LoadedDeployment[] = [];
  for (const path of deploymentPaths) {
    const deployment = await loadDeployment(path, { contentDir: values.content, levelOverride: values.level, masters }, diagnostics);
    if (deployment) {
      checkLevel(values.level, deployment.master);
      loaded.push(deployment);
    }
  }
  if (diagnostics.hasErrors) return null;
  for (const { master, deployment, name, path } of loaded) {
    views.push({ view: mergeDeployment(master, deployment, { name, level: values.level }), sources: [path, ...(await masterSources(values.content, deployment.checklist))] });
  }
  return views;
}

/** Every file of master `id` (a folder's files at any depth), for the build manifest. */
async function masterSources(contentDir: string, id: string): Promise<string[]> {
  const path = await findChecklist(contentDir, id);
  if (!path) return [];
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

async function loadMaster(id: string, contentDir: string, diagnostics: Diagnostics): Promise<Checklist | null> {
  const path = await findChecklist(contentDir, id);
  if (!path) throw new CliError(`No checklist "${id}" in ${contentDir}/checklists`, 1);
  const master = await loadChecklist(path, diagnostics);
  return master && !diagnostics.hasErrors ? master : null;
}

/** `--level` must be one of the master's levels: invalid input otherwise (exit 1). */
function checkLevel(level: string | undefined, master: Checklist): void {
  if (level === undefined || master.meta.levels.includes(level)) return;
  throw new CliError(`--level ${level}: ${levelText(level, master.meta.levels)} (checklist ${master.meta.id}); nothing was written`, 1);
}

