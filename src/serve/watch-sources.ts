/**
 * Watches what a preview is made from (the content and templates folders, a deployment named
 * from elsewhere) and calls back once per burst of saves: editors write a file in several steps
 * (a temporary file, a rename), and one save must give one rebuild. Each folder of the trees is
 * watched itself: a watch on a folder sees a file replaced by a rename, which Node's recursive
 * watch on Linux loses track of after the first such save. An editor's own files (swap, lock,
 * auto-save: editor-files.ts) are not sources: writing them rebuilds nothing.
 *
 * A watch follows the folder it was set on, not its path: a folder deleted and made again
 * (a folder master absent from a branch checked out, then back; a backup copied in) or renamed
 * away is watched anew at its path, else no save in it was ever seen again.
 *
 * A render waits for `settled()`: an editor that truncates and then writes, or writes a long file
 * in pieces, leaves it empty or half-written for a moment, and a render that started then (a tab
 * reloaded, a page opened) showed "File is empty" for a save that was fine.
 *
 * A source file of the burst that is missing or empty when the burst goes quiet holds it open a
 * little longer (`HALF_SAVED_MS`): an editor that deletes, renames away or truncates a file and
 * writes it a moment later (a busy machine, a slow disk, fsync) made two rebuilds, the first
 * one showing "File not found" or "File is empty" for a save that was fine. A file deleted
 * for good is rendered as such that much later.
 */
import { existsSync, fstatSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isEditorFile } from '../content/editor-files.js';

/** A file's identity (device and inode): the same file whatever path names it. */
const identity = (stats: { dev: number; ino: number }) => `${stats.dev}:${stats.ino}`;

/** The folder now at `path` (device and inode), or null when there is none. */
function folderAt(path: string): string | null {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? identity(stats) : null;
  } catch {
    return null;
  }
}

/**
 * The files this process writes its own output to (`serve > content/serve.log`): the terminal
 * lines of a rebuild written into a watched folder were a save that rebuilt again, in a loop.
 */
function ownOutputFiles(): Set<string> {
  const files = new Set<string>();
  for (const fd of [1, 2]) {
    try {
      const stats = fstatSync(fd);
      if (stats.isFile()) files.add(identity(stats));
    } catch {
      // no such descriptor: nothing written there
    }
  }
  return files;
}

/** Whether `path` is one of `files` (an identity set); a path that is gone is none. */
function isOneOf(path: string, files: ReadonlySet<string>): boolean {
  if (files.size === 0) return false;
  try {
    return files.has(identity(statSync(path)));
  } catch {
    return false;
  }
}

/** How long a burst is held open, at most, for a source file missing or empty at its end. */
export const HALF_SAVED_MS = 500;

/** The names a master, a deployment, a template, a theme or a logo can have; an editor's temporary files have others. */
const SOURCE_NAME = /\.(md|json|hbs|css|js|png|jpe?g|gif|svg|webp)$/i;

/** A source file that is not there, or empty: a save between its steps. */
function halfSaved(path: string): boolean {
  if (!SOURCE_NAME.test(path)) return false;
  try {
    return statSync(path).size === 0;
  } catch {
    return true;
  }
}

function foldersUnder(root: string): string[] {
  try {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    return [root, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  } catch {
    return [];
  }
}

export interface WatchedSources {
  /**
   * Resolves once no save is under way: at once, or when the burst of saves under way is over,
   * or after `longestMs` of a burst that does not end (a program writing a file in the content
   * folder every few milliseconds would otherwise hold every render back).
   */
  settled(longestMs?: number): Promise<void>;
  /** Watches one more folder alone (a logo's, named by a theme), from now on. */
  watchFolder(folder: string): void;
  close(): void;
}

/**
 * `trees`: folders watched with every folder under them; `folders`: watched alone (the folder of
 * a deployment named in the project's root, whose node_modules/, .git/ and dist/ are no sources).
 * `onChange` gets the file saved, relative to the working folder, and every path of the burst.
 */
export function watchSources(sources: { trees: readonly string[]; folders: readonly string[] }, onChange: (file: string, paths: readonly string[]) => void, settleMs = 40): WatchedSources {
  const watchers = new Map<string, { watcher: FSWatcher; folder: string | null }>();
  const inTrees = new Set<string>();
  const folders = new Set(sources.folders);
  let timer: NodeJS.Timeout | undefined;
  let changed: string[] = []; // the burst's paths, the latest last
  let lastEventAt = 0;
  let burst: { over: Promise<void>; end: () => void } | null = null;
  const ownOutput = ownOutputFiles();
  const counts = (path: string) => !isEditorFile(basename(path)) && (inTrees.has(dirname(path)) || folders.has(dirname(path))) && !isOneOf(path, ownOutput);
  /** The burst has gone quiet: over, unless a source file of it is still between the steps of a save. */
  const quiet = () => {
    if (Date.now() - lastEventAt < HALF_SAVED_MS && changed.some(halfSaved)) {
      timer = setTimeout(quiet, settleMs);
      return;
    }
    // Named by the file saved, not by the editor's temporary file renamed or deleted last.
    const named = [...changed].reverse().find((path) => existsSync(path)) ?? changed.at(-1) ?? '';
    const paths = changed;
    const ended = burst;
    burst = null;
    timer = undefined;
    changed = [];
    rescan(); // a new folder is watched from now on
    onChange(relative(process.cwd(), named) || named, paths);
    ended?.end();
  };
  const rescan = () => {
    for (const [dir, { watcher, folder }] of watchers) {
      if (folderAt(dir) === folder) continue;
      watcher.close(); // its folder is gone from this path
      watchers.delete(dir);
    }
    const trees = sources.trees.flatMap(foldersUnder);
    for (const dir of trees) inTrees.add(dir);
    for (const dir of new Set([...trees, ...folders])) {
      if (watchers.has(dir)) continue;
      try {
        const folder = folderAt(dir);
        const watcher = watch(dir, (_event, file) => {
          const path = file ? join(dir, String(file)) : dir;
          if (file && !counts(path)) return;
          // The folder itself moved or deleted, reported under its own name inside it
          // (master/master): the watch on the folder above names it where it is.
          if (String(file) === basename(dir) && folderAt(dir) !== folder) return;
          changed = [...changed.filter((seen) => seen !== path), path];
          lastEventAt = Date.now();
          clearTimeout(timer);
          if (!burst) {
            let end = () => {};
            const over = new Promise<void>((resolve) => (end = resolve));
            burst = { over, end };
          }
          timer = setTimeout(quiet, settleMs);
        });
        watcher.on('error', () => {
          watcher.close();
          if (watchers.get(dir)?.watcher === watcher) watchers.delete(dir);
        });
        watchers.set(dir, { watcher, folder });
      } catch {
        // a folder removed meanwhile: nothing to watch
      }
    }
  };
  rescan();
  return {
    settled(longestMs = 1000) {
      if (!burst) return Promise.resolve();
      let timeout: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => (timeout = setTimeout(resolve, longestMs)));
      return Promise.race([burst.over, waited]).finally(() => clearTimeout(timeout));
    },
    watchFolder(folder) {
      if (folders.has(folder)) return;
      folders.add(folder);
      rescan();
    },
    close() {
      clearTimeout(timer);
      burst?.end();
      for (const { watcher } of watchers.values()) watcher.close();
    },
  };
}
