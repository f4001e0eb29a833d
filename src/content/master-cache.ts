/**
 * Parsed masters kept between runs. Parsing a master (unified, micromark, YAML, the item rules)
 * is most of what a build does in Node before its first render: about 0.35 s with the modules
 * it loads for a 40-page master, where reading a parsed one back takes a millisecond.
 *
 * A master that parsed without a single message is stored, in the tool's cache folder
 * (environment/cache-folder.ts), under the hash of everything its parse depends on: its ID, its
 * files (names as shown and contents), the limits, the tool (its version and compiled code), the
 * installed dependencies (their lockfile) and Node. Any change gives another key; the least
 * recently used beyond `MAX_ENTRIES` are deleted. A master with messages is parsed on every run,
 * so its messages are printed every time. Off unless the CLI turns it on (`useMasterCache`), so
 * the library's callers and tests parse as before.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { fileHash, sha256, toolFingerprint, valueHash } from '../build/fingerprint.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { cacheFolder, touchEntry, writeEntry } from '../environment/cache-folder.js';
import { activeLimits } from '../limits/limits.js';
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

/** The cache's folder (environment/cache-folder.ts); null when it is off. */
export function masterCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return cacheFolder('masters', env);
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
    await touchEntry(path);
    return checklist;
  } catch {
    return undefined;
  }
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
  if (entry !== null && diagnostics.messages.length === before) await writeEntry(entry, serialize(checklist), MAX_ENTRIES);
  return checklist;
}
