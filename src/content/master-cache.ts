/**
 * Parsed masters kept between runs. Parsing a master (unified, micromark, YAML, the item rules)
 * is most of what a build does in Node before its first render: about 0.35 s with the modules
 * it loads for a 40-page master, where reading a parsed one back takes a millisecond.
 *
 * A master that parsed without a single message is stored under the hash of everything its
 * parse depends on: its ID, its files (names as shown and contents), the limits, the tool (its
 * version and compiled code), the installed dependencies (their lockfile) and Node. Any change
 * gives another key, so an entry is never stale, only unused; the least recently used beyond
 * `MAX_ENTRIES` are deleted. A master with messages is parsed on every run, so its messages are
 * printed every time. The cache failing (a folder it cannot write, an entry it cannot read) only
 * costs the parse. Off unless the CLI turns it on (`useMasterCache`), so the library's callers
 * and tests parse as before.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { fileHash, sha256, toolFingerprint, valueHash } from '../build/fingerprint.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { activeLimits } from '../limits/limits.js';
import { makeFolder } from '../output/make-folder.js';
import type { Checklist } from '../model/checklist.js';
import type { ChecklistFiles } from './read-sources.js';

/** Entries kept: a master version and tool build each, at about 150 KB for a 40-page master. */
export const MAX_ENTRIES = 64;

export interface MasterCacheSettings {
  /** The cache's folder; null: no cache. */
  dir: string | null;
  /** Parse every master again and store it anew (`build --force`), without reading entries. */
  refresh: boolean;
}

let settings: MasterCacheSettings = { dir: null, refresh: false };

/** Sets the cache of this run (the CLI, once); returns the previous settings. */
export function useMasterCache(next: MasterCacheSettings): MasterCacheSettings {
  const previous = settings;
  settings = next;
  return previous;
}

const OFF = new Set(['off', '0', 'false', 'no']);

/**
 * The cache's folder: `CHECKLIST_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/checklist`,
 * else `~/.cache/checklist`; null when it is off or there is no home to put it in.
 */
export function masterCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CHECKLIST_CACHE?.trim();
  if (chosen) return OFF.has(chosen.toLowerCase()) ? null : join(resolve(chosen), 'masters');
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'checklist', 'masters');
  const home = homedir();
  return home ? join(home, '.cache', 'checklist', 'masters') : null;
}

/** Files that change whenever a package manager changes what is installed, by manager. */
const INSTALL_RECORDS = ['.package-lock.json', '.modules.yaml', '.yarn-state.yml', '.pnpm/lock.yaml'];

let dependencies: Promise<string | null> | undefined;

/**
 * A hash of the record the package manager keeps of the installed packages (in the
 * `node_modules` folder the tool's own dependencies come from): the parse depends on micromark's
 * and remark's versions, which the tool's fingerprint does not cover. Null when there is no such
 * record: then nothing is cached.
 */
function dependencyStamp(): Promise<string | null> {
  return (dependencies ??= (async () => {
    for (let dir = fileURLToPath(new URL('../../', import.meta.url)); ; dir = dirname(dir)) {
      for (const record of INSTALL_RECORDS) {
        const path = join(dir, 'node_modules', record);
        if (existsSync(path)) return fileHash(path);
      }
      if (dirname(dir) === dir) return null;
    }
  })());
}

/** The entry a master's parse would be stored in; null when it cannot be cached. */
async function entryPath(dir: string, source: ChecklistFiles): Promise<string | null> {
  const installed = await dependencyStamp();
  if (installed === null) return null;
  const key = valueHash({
    entry: 1,
    node: process.version,
    tool: await toolFingerprint(),
    installed,
    limits: activeLimits(),
    id: source.defaultId,
    files: source.files.map((file) => [file.path, sha256(file.text)]),
  });
  return join(dir, `${key}.v8`);
}

/** A stored parse, or undefined when there is none that can be read. */
async function readEntry(path: string): Promise<Checklist | undefined> {
  try {
    const checklist = deserialize(await readFile(path)) as Checklist;
    if (!Array.isArray(checklist?.items) || !(checklist.anchors instanceof Map)) return undefined;
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined); // recently used: pruned last
    return checklist;
  } catch {
    return undefined;
  }
}

/** Stores a parse (written whole, then renamed into place, so a reader never sees half of it). */
async function writeEntry(path: string, checklist: Checklist): Promise<void> {
  const dir = dirname(path);
  const partial = `${path}.${process.pid}.partial`;
  try {
    await makeFolder(dir);
    await writeFile(partial, serialize(checklist));
    await rename(partial, path);
    await prune(dir);
  } catch {
    await rm(partial, { force: true }).catch(() => undefined);
  }
}

/** Deletes the least recently used entries beyond MAX_ENTRIES. */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.v8'));
  if (names.length <= MAX_ENTRIES) return;
  const entries = await Promise.all(names.map(async (name) => ({ path: join(dir, name), used: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  entries.sort((a, b) => b.used - a.used);
  await Promise.all(entries.slice(MAX_ENTRIES).map((entry) => rm(entry.path, { force: true })));
}

/** The master parsed from its files, or read back from the cache when it was parsed clean before. */
export async function parseMaster(source: ChecklistFiles, diagnostics: Diagnostics): Promise<Checklist> {
  const { dir, refresh } = settings;
  const entry = dir === null ? null : await entryPath(dir, source);
  if (entry !== null && !refresh) {
    const stored = await readEntry(entry);
    if (stored) return stored;
  }
  const { parseChecklistFiles } = await import('./parse-checklist.js');
  const before = diagnostics.messages.length;
  const checklist = parseChecklistFiles(source.defaultId, source.files, diagnostics);
  if (entry !== null && diagnostics.messages.length === before) await writeEntry(entry, checklist);
  return checklist;
}
