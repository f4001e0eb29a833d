/**
 * Watches the folders a preview is made from (content, templates, a deployment's folder) and
 * calls back once per burst of saves: editors write a file in several steps (a temporary file,
 * a rename), and one save must give one rebuild. Each folder of the trees is watched itself:
 * a watch on a folder sees a file replaced by a rename, which Node's recursive watch on Linux
 * loses track of after the first such save.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

function foldersUnder(root: string): string[] {
  try {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    return [root, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  } catch {
    return [];
  }
}

export function watchSources(roots: readonly string[], onChange: (file: string) => void, settleMs = 40): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const rescan = () => {
    for (const dir of roots.flatMap(foldersUnder)) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (_event, file) => {
          last = file ? join(dir, String(file)) : dir;
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
