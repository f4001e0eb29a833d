/**
 * The tool's cache folder, kept between runs: `CHECKLIST_CACHE` (a folder, or `off`), else
 * `$XDG_CACHE_HOME/checklist`, else `~/.cache/checklist`. Each kind of entry has a folder of its
 * own in it (`masters`: parsed masters; `layout`: the patched DOCX layout and its compiled code;
 * `lines`: the lines of each master's paragraphs, by content).
 * Entries are named by the hash of everything they depend on, so one is never stale, only
 * unused: the least recently used beyond a number are deleted. A cache that cannot be written
 * or read only costs the work it would have saved, so its errors are not reported.
 * Its folders are made for this user alone (0700) and its entries written so (0600): the
 * `layout` entries are code the tool runs, run only when nobody else can have written them
 * (cache-trust.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { makeFolder } from '../output/make-folder.js';

const OFF = new Set(['off', '0', 'false', 'no']);
/** For this user alone. */
export const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** The folder of one kind of entry; null when the cache is off or there is no home folder to put it in. */
export function cacheFolder(kind: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CHECKLIST_CACHE?.trim();
  if (chosen) return OFF.has(chosen.toLowerCase()) ? null : join(resolve(chosen), kind);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'checklist', kind);
  // A home that does not exist (a service user's /nonexistent) is not made: no cache then.
  const home = homedir();
  return home && existsSync(home) ? join(home, '.cache', 'checklist', kind) : null;
}

/** Marks an entry used now, so it is deleted last. */
export function touchEntry(path: string): Promise<void> {
  const now = new Date();
  return utimes(path, now, now).catch(() => undefined);
}

/**
 * Writes an entry whole, then renames it into place (a reader never sees half of one), and
 * deletes the least recently used entries of its folder beyond `keep`. False when it could not.
 */
export async function writeEntry(path: string, data: string | Uint8Array, keep: number): Promise<boolean> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    await makeFolder(dirname(path), PRIVATE_FOLDER);
    // A new file, never through a link someone left under its name (`wx`); one a crashed run left is ours to replace.
    await rm(partial, { force: true });
    await writeFile(partial, data, { flag: 'wx', mode: PRIVATE_FILE });
    await rename(partial, path);
    await prune(dirname(path), keep);
    return true;
  } catch {
    await rm(partial, { force: true }).catch(() => undefined);
    return false;
  }
}

/** Deletes the least recently used entries (files, but those being written) beyond `keep`. */
async function prune(dir: string, keep: number): Promise<void> {
  const names = (await readdir(dir)).filter((name) => !name.endsWith('.partial'));
  if (names.length <= keep) return;
  const entries = await Promise.all(names.map(async (name) => ({ path: join(dir, name), used: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  entries.sort((a, b) => b.used - a.used);
  await Promise.all(entries.slice(keep).map((entry) => rm(entry.path, { force: true })));
}
