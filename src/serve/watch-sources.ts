/**
 * Watches what a preview is made from (the content and templates folders, a deployment named
 * from elsewhere) and calls back once per burst of saves: editors write a file in several steps
 * (a temporary file, a rename), and one save must give one rebuild. Each folder of the trees is
 * watched itself: a watch on a folder sees a file replaced by a rename, which Node's recursive
 * watch on Linux loses track of after the first such save. An editor's own files (swap, lock,
 * auto-save: editor-files.ts) are not sources: writing them rebuilds nothing.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isEditorFile } from '../content/editor-files.js';

function foldersUnder(root: string): string[] {
  try {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    return [root, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  } catch {
    return [];
  }
}

/**
 * `trees`: folders watched with every folder under them; `folders`: watched alone (the folder of
 * a deployment named in the project's root, whose node_modules/, .git/ and dist/ are no sources).
 */
export function watchSources(sources: { trees: readonly string[]; folders: readonly string[] }, onChange: (file: string) => void, settleMs = 40): () => void {
  const watchers = new Map<string, FSWatcher>();
  const inTrees = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const counts = (path: string) => !isEditorFile(basename(path)) && (inTrees.has(dirname(path)) || sources.folders.includes(dirname(path)));
  const rescan = () => {
    const trees = sources.trees.flatMap(foldersUnder);
    for (const dir of trees) inTrees.add(dir);
    for (const dir of new Set([...trees, ...sources.folders])) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (_event, file) => {
          const path = file ? join(dir, String(file)) : dir;
          if (file && !counts(path)) return;
          last = path;
          clearTimeout(timer);
          timer = setTimeout(() => {
            rescan(); // a new folder is watched from now on
            onChange(relative(process.cwd(), last) || last);
          }, settleMs);
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // a folder removed meanwhile: nothing to watch
      }
    }
  };
  rescan();
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
  };
}
