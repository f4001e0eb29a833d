/**
 * The inputs of `checklist build`: every deployment named (or all of content/deployments), or
 * the blank master of `--blank ID`. A check pass reads, checks and merges each one and keeps
 * only what the build plan needs (the names of its outputs, its source files, the hash of its
 * view); the view itself is merged again when its documents render. So a build holds the views
 * of the documents rendering at the moment, not one per deployment: memory stays flat in the
 * number of deployments, and every input is still checked before anything renders. The
 * checking and merging modules (the Markdown pipeline, Ajv) are loaded only when an input is
 * checked or a view merged: a build whose inputs were all checked before does without them.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { checklistsDir, findChecklist, loadChecklist, masterOnce } from '../content/load-checklist.js';
import { noChecklistReason } from '../content/unknown-checklist.js';
import { deploymentName } from '../deployment/deployment-name.js';
import type { loadDeployment as LoadDeployment, LoadOptions } from '../deployment/load-deployment.js';
import type { mergeDeployment as MergeDeployment } from '../deployment/merge.js';
import { checklistFiles, displayPath } from '../content/read-sources.js';
import { BLANK_FOLDER, checkOutputFolders } from '../output/output-folders.js';
import type { Checklist } from '../model/checklist.js';
import type { CustomerChecklist } from '../model/view.js';
import type { OutputNaming } from '../render/formats.js';
import type { CheckMemo } from '../build/checked.js';
import { cachedFileHash, filesUnder, hashesByRecordedPath, viewHash } from '../build/fingerprint.js';
import { partsOf, shardKey, type Shard } from '../build/shard.js';
import { deploymentFiles, reportUnreadDeployments } from './check-targets.js';
import { CliError, DocumentFailure } from './errors.js';
import type { CliOptions } from './main.js';

/** One checked input of a build: what names its outputs and what they are made from. */
export interface BuildInput {
  naming: OutputNaming;
  /** The files its view is made from (the deployment, the master's chapters). */
  sources: string[];
  /** Their content hashes, by path from the content folder, taken before the build read them (see checkInputs). */
  sourceHashes: Record<string, string | null>;
  /** Hash of the merged view, taken in the check pass. */
  viewHash: string;
  /** Reads and merges the view again, for its documents' renders. */
  load: () => Promise<CustomerChecklist>;
  /**
   * Set when the view loaded for a render is not the one checked (the deployment or its master
   * saved during the build): its files show the change, and are written but not recorded as
   * made from the inputs hashed before it, so the next build makes them again.
   */
  changedSinceCheck?: boolean;
}

// The checking and merging modules, loaded on first use (see above).
const loadDeployment = async (...args: Parameters<typeof LoadDeployment>) => (await import('../deployment/load-deployment.js')).loadDeployment(...args);
const mergeDeployment = async (...args: Parameters<typeof MergeDeployment>) => (await import('../deployment/merge.js')).mergeDeployment(...args);

/**
 * Checks every deployment (or the blank master) and describes each; null when any input has
 * errors (all reported). With `--shard K/N` only the deployments of that part are read (the
 * blank is split with them, as the key `blank/ID`). `parsing` is called before the first input is
 * read and checked (not recalled from `memo`): the caller may start what the renders need.
 */
export async function checkInputs(
  paths: string[],
  values: CliOptions,
  diagnostics: Diagnostics,
  shard?: Shard,
  memo?: CheckMemo,
  parsing: () => void = () => undefined,
): Promise<BuildInput[] | null> {
  const inputs: BuildInput[] = [];
  // The outputs are made of a master's chapters; a check reads the names of its other files
  // too (a chapter set aside as `.md.bak` is warned about), so a record of one counts them all.
  const sourcesOf = masterSourceCache(values.content, checklistFiles);
  const checkedFilesOf = masterSourceCache(values.content, filesUnder);
  const only = values.blank !== undefined && paths.length === 0;
  if (!only && paths.length === 0) await reportUnreadDeployments(resolve(values.content, 'deployments'), diagnostics);
  const allPaths = await deploymentPaths(paths, values);
  const blankKey = `blank/${values.blank}`;
  const keyOf = (path: string) => shardKey(path, values.content);
  const parts = shard && partsOf([...(values.blank === undefined ? [] : [blankKey]), ...allPaths.map(keyOf)], shard.count);
  const inThisShard = (key: string) => parts === undefined || parts.get(key) === shard?.index;
  // Every file an input may be made from is hashed before any is read: a file saved while the
  // build reads it is recorded as it was before, so the next build sees it changed (never a
  // record of the new file for an output made of the old one).
  const hashOf = cachedFileHash();
  await Promise.all([...allPaths.filter((path) => inThisShard(keyOf(path))), ...(await filesUnder(checklistsDir(values.content)))].map(hashOf));
  const describe = async (view: CustomerChecklist, sources: string[], load: () => Promise<CustomerChecklist>) =>
    reloading({ ...described(view), sources, sourceHashes: await hashesByRecordedPath(sources, values.content, hashOf) }, load);
  if (values.blank !== undefined) {
    const id = values.blank;
    parsing();
    const master = await loadMaster(id, values.content, diagnostics);
    if (!master) return null;
    await checkLevel(values.level, master);
    if (inThisShard(blankKey)) {
      const merge = () => mergeDeployment(master, null, { name: 'blank', level: values.level });
      inputs.push(await describe(await merge(), await sourcesOf(id), merge));
    }
    if (only) return inputs;
  }
  const named = allPaths.map((path) => ({ file: displayPath(path), stem: deploymentName(path) }));
  // Over all the deployments, not one shard's: every shard writes into the same --out.
  checkOutputFolders(values.blank === undefined ? named : [{ file: `--blank ${values.blank}`, stem: BLANK_FOLDER, blank: true }, ...named], values.out, diagnostics);
  // Masters are parsed once and kept for the build: their number, not the deployments', counts.
  const options: LoadOptions = { contentDir: values.content, levelOverride: values.level, masters: new Map() };
  const checked: { path: string; checklist: string; input: BuildInput }[] = [];
  for (const path of allPaths.filter((file) => inThisShard(keyOf(file)))) {
    const load = () => reload(path, options, values.level);
    // Checked without a message of its own before, and not changed since: it would be again.
    const known = await memo?.recall(path, checkedFilesOf, hashOf);
    if (known) {
      // Its master's warnings are printed as a check would, once a master.
      if (known.masterSaid) await masterOnce(known.checklist, options, diagnostics);
      const sources = [path, ...(await sourcesOf(known.checklist))];
      inputs.push(reloading({ naming: known.naming, sources, sourceHashes: await hashesByRecordedPath(sources, values.content, hashOf), viewHash: known.viewHash }, load));
      continue;
    }
    parsing();
    const loaded = await loadDeployment(path, options, diagnostics);
    if (!loaded) continue;
    await checkLevel(values.level, loaded.master);
    // Once any input is bad nothing is built: the rest are only checked.
    if (diagnostics.hasErrors) continue;
    const view = await mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name, level: values.level });
    const sources = [path, ...(await sourcesOf(loaded.deployment.checklist))];
    inputs.push(await describe(view, sources, load));
    checked.push({ path, checklist: loaded.deployment.checklist, input: inputs.at(-1)! });
  }
  if (diagnostics.hasErrors) return null;
  if (memo) {
    const said = new Set(diagnostics.messages.map((message) => message.file));
    for (const { path, checklist, input } of checked) {
      if (said.has(displayPath(path))) continue;
      const master = await checkedFilesOf(checklist);
      const masterSaid = master.some((source) => said.has(displayPath(source)));
      await memo.remember([path, ...master], { checklist, viewHash: input.viewHash, naming: input.naming, ...(masterSaid ? { masterSaid } : {}) }, hashOf);
    }
  }
  return inputs;
}

/**
 * The deployments a build reads, absolute, each once: those named, else every one of
 * content/deployments; none for `--blank` alone, which builds only the blank.
 */
export async function deploymentPaths(paths: string[], values: Pick<CliOptions, 'blank' | 'content'>): Promise<string[]> {
  if (values.blank !== undefined && paths.length === 0) return [];
  return [...new Set((paths.length > 0 ? paths : await deploymentFiles(resolve(values.content, 'deployments'))).map((path) => resolve(path)))];
}

/** What the plan keeps of a view; the view itself is left to the garbage collector. */
function described(view: CustomerChecklist): Pick<BuildInput, 'naming' | 'viewHash'> {
  const { deploymentName: name, meta, level } = view;
  return { naming: { deploymentName: name, meta: { id: meta.id, version: meta.version }, level: { chosen: level.chosen, ownLevel: level.ownLevel } }, viewHash: viewHash(view) };
}

/** The input with its `load`, which marks it when the view it loads is not the one checked. */
function reloading(input: Omit<BuildInput, 'load'>, load: () => Promise<CustomerChecklist>): BuildInput {
  const described: BuildInput = {
    ...input,
    load: async () => {
      const view = await load();
      if (viewHash(view) !== described.viewHash) described.changedSinceCheck = true;
      return view;
    },
  };
  return described;
}

/** A deployment read and merged again at render time (its master is still parsed). */
async function reload(path: string, options: LoadOptions, level: string | undefined): Promise<CustomerChecklist> {
  const loaded = await loadDeployment(path, options, new Diagnostics());
  if (!loaded) throw new DocumentFailure(`${displayPath(path)}: changed during the build and no longer passes the check; nothing of it was written. Run checklist check ${displayPath(path)}, then build again`);
  return mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name, level });
}

/**
 * Files of a master for the build manifest, listed once per ID by `filesOf` its folder: its
 * chapters (`checklistFiles`), or every file at any depth (`filesUnder`). A file master is itself.
 */
function masterSourceCache(contentDir: string, filesOf: (folder: string) => Promise<string[]>): (id: string) => Promise<string[]> {
  const cache = new Map<string, Promise<string[]>>();
  return (id) => cache.get(id) ?? cache.set(id, masterSources(contentDir, id, filesOf)).get(id)!;
}

async function masterSources(contentDir: string, id: string, filesOf: (folder: string) => Promise<string[]>): Promise<string[]> {
  const path = await findChecklist(contentDir, id);
  if (!path) return [];
  if (!(await stat(path)).isDirectory()) return [path];
  // Links too: a chapter linked to a file elsewhere in the folder is that file's text.
  return filesOf(path);
}

async function loadMaster(id: string, contentDir: string, diagnostics: Diagnostics): Promise<Checklist | null> {
  const path = await findChecklist(contentDir, id);
  if (!path) throw new CliError(await noChecklistReason(contentDir, id), 1);
  const master = await loadChecklist(path, diagnostics);
  return master && !diagnostics.hasErrors ? master : null;
}

/** `--level` must be one of the master's levels: invalid input otherwise (exit 1). */
async function checkLevel(level: string | undefined, master: Checklist): Promise<void> {
  if (level === undefined || master.meta.levels.includes(level)) return;
  const { levelText } = await import('../deployment/check-deployment.js');
  throw new CliError(`--level ${level}: ${levelText(level, master.meta.levels)} (checklist ${master.meta.id}); nothing was written`, 1);
}
