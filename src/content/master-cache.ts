/**
 * Parsed masters kept between runs. Parsing a master (unified, micromark, YAML, the item rules)
 * is most of what a build does in Node before its first render: about 0.35 s with the modules
 * it loads for a 40-page master, where reading a parsed one back takes a millisecond.
 *
 * A parsed master is stored with the messages its parse gave, in the tool's cache folder
 * (environment/cache-folder.ts), under the hash of everything its parse depends on: its ID, its
 * files (names in the master's folder and contents), the limits, the tool (its version and
 * compiled code), the installed dependencies (their lockfile) and Node. Any change gives another
 * key; the least recently used beyond `MAX_ENTRIES` are deleted. The key names no working
 * folder: a build run from a subfolder, or with `--content` absolute, reads the same entry, and
 * the names the parse was shown with are stored to give its messages and places the names
 * shown from here (shown-paths.ts). A master read back gives its messages again, so they are
 * printed on every run, as a parse would print them (a vendor's master often keeps a warning
 * for a while). Off unless the CLI turns it on (`useMasterCache`), so the library's callers and
 * tests parse as before.
 */
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { dependencyStamp, sha256, toolFingerprint, valueHash } from '../build/fingerprint.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { cacheFolder, touchEntry, writeEntry } from '../environment/cache-folder.js';
import { readOwnEntry } from '../environment/cache-trust.js';
import { activeLimits } from '../limits/limits.js';
import type { Checklist } from '../model/checklist.js';
import type { ChecklistFiles } from './read-sources.js';
import { renamedInText, renameSourcePlaces, shownRenames, type ShownRenames } from './shown-paths.js';

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

/** The entry a master's parse would be stored in; null when it cannot be cached. */
async function entryPath(dir: string, source: ChecklistFiles): Promise<string | null> {
  const installed = await dependencyStamp();
  if (installed === null) return null;
  const key = valueHash({
    entry: 3,
    node: process.version,
    tool: await toolFingerprint(),
    installed,
    limits: activeLimits(),
    id: source.defaultId,
    // A master's files all lie at the top of its folder (read-sources.ts): their names there say
    // which files they are from any working folder, where the paths shown would not.
    files: source.files.map((file) => [basename(file.path), sha256(file.text)]),
  });
  return join(dir, `${key}.v8`);
}

/** A message of a parse as stored: enough to give it again through `Diagnostics`. */
interface StoredMessage {
  file: string;
  line: number;
  column: number;
  reason: string;
  ruleId: string;
  error: boolean;
}

interface Entry {
  checklist: Checklist;
  messages: StoredMessage[];
  /** The paths its files were shown with where it was parsed, in order: its messages and places name them so. */
  shown: string[];
}

/** A stored parse, or undefined when there is none that can be read. */
async function readEntry(path: string): Promise<Entry | undefined> {
  try {
    // Only an entry no one else can have written (cache-trust.ts): a planted parse would change a master's text past its checks.
    const bytes = readOwnEntry(path);
    if (bytes === undefined) return undefined;
    const entry = deserialize(bytes) as Entry;
    if (!Array.isArray(entry?.checklist?.items) || !(entry.checklist.anchors instanceof Map) || !Array.isArray(entry.messages) || !Array.isArray(entry.shown)) return undefined;
    await touchEntry(path);
    return entry;
  } catch {
    return undefined;
  }
}

function storedMessages(parsed: Diagnostics): StoredMessage[] {
  return parsed.messages.map((message) => ({
    file: message.file ?? '',
    line: message.line ?? 1,
    column: message.column ?? 1,
    reason: message.reason,
    ruleId: message.ruleId ?? '',
    error: message.fatal === true,
  }));
}

/** Gives stored messages again, their files (and the places their reasons cite) named as shown from here. */
function giveMessages(messages: readonly StoredMessage[], renames: ShownRenames, diagnostics: Diagnostics): void {
  for (const { file, line, column, reason: storedReason, ruleId, error } of messages) {
    const shown = renames.get(file) ?? file;
    const reason = renamedInText(storedReason, renames);
    if (error) diagnostics.error(shown, { line, column }, reason, ruleId);
    else diagnostics.warning(shown, { line, column }, reason, ruleId);
  }
}

/** The master parsed from its files, or read back from the cache (with its messages) when it was parsed before. */
export async function parseMaster(source: ChecklistFiles, diagnostics: Diagnostics): Promise<Checklist> {
  const { dir, refresh } = settings;
  const entry = dir === null ? null : await entryPath(dir, source);
  if (entry !== null && !refresh) {
    const stored = await readEntry(entry);
    if (stored) {
      const renames = shownRenames(stored.shown, source.files.map((file) => file.path));
      giveMessages(stored.messages, renames, diagnostics);
      renameSourcePlaces(stored.checklist, renames);
      return stored.checklist;
    }
  }
  const { parseChecklistFiles } = await import('./parse-checklist.js');
  // A collection of its own: the messages of this parse alone, to be stored with it.
  const parsed = new Diagnostics();
  const checklist = parseChecklistFiles(source.defaultId, source.files, parsed);
  diagnostics.merge(parsed);
  if (entry !== null) await writeEntry(entry, serialize({ checklist, messages: storedMessages(parsed), shown: source.files.map((file) => file.path) } satisfies Entry), MAX_ENTRIES);
  return checklist;
}
