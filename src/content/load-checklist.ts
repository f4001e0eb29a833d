/**
 * Finds and loads master checklists under a content folder. Finding loads nothing heavy: the
 * Markdown pipeline (unified, micromark, YAML) is imported only when a master is parsed, so a
 * build whose inputs were all checked before, or whose masters were parsed clean before, never
 * loads it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checklistLookupProblem } from '../deployment/checklist-path.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Checklist } from '../model/checklist.js';
import { parseMaster } from './master-cache.js';
import { checklistFiles, readChecklistFiles } from './read-sources.js';
import { frontMatterId } from './front-matter-id.js';
import { isEditorFile } from './editor-files.js';

/** `content/checklists` under a content folder. */
export function checklistsDir(contentDir: string): string {
  return join(contentDir, 'checklists');
}

/**
 * A folder of Markdown: one that holds a `.md` file, or a file named like Markdown otherwise
 * (`.MD`, `.markdown`), which reading it then reports. A folder without any (`images/` beside
 * `foo.md`, a folder of attachments) is no master: its files are none of a master's text.
 */
async function holdsMarkdown(folder: string): Promise<boolean> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.some((name) => !isEditorFile(name) && /\.(md|markdown|mdown|mkd)$/i.test(name));
}

/** The checklist paths (files `<id>.md` and folders `<id>/` that hold Markdown) under a content folder. */
export async function listChecklists(contentDir: string): Promise<string[]> {
  const dir = checklistsDir(contentDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const paths: string[] = [];
  for (const name of names.sort()) {
    if (isEditorFile(name)) continue;
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isDirectory() ? await holdsMarkdown(path) : name.endsWith('.md')) paths.push(path);
  }
  return paths;
}

/**
 * Where checklist `id` lives: `<id>.md` or `<id>/`, or else the master whose front matter says
 * `id:` so under another file name (the spec's `id` defaults to the name); null when none does.
 */
export async function findChecklist(contentDir: string, id: string): Promise<string | null> {
  // Never a path out of content/checklists, not even through a link (see checklist-path.ts).
  if (await checklistLookupProblem(checklistsDir(contentDir), id)) return null;
  for (const candidate of [join(checklistsDir(contentDir), id), join(checklistsDir(contentDir), `${id}.md`)]) {
    try {
      await stat(candidate);
      return candidate;
    } catch {
      // try the next form
    }
  }
  return masterWithFrontMatterId(contentDir, id);
}

async function masterWithFrontMatterId(contentDir: string, id: string): Promise<string | null> {
  for (const path of await listChecklists(contentDir)) {
    const first = (await checklistFiles(path))[0];
    if (first !== undefined && (await frontMatterId(first)) === id) return path;
  }
  return null;
}

/**
 * Reads and parses one checklist (or reads its parse back from the cache of parsed masters,
 * master-cache.ts); null when its files could not be read as text.
 */
export async function loadChecklist(path: string, diagnostics: Diagnostics): Promise<Checklist | null> {
  const source = await readChecklistFiles(path, diagnostics);
  if (!source) return null;
  return parseMaster(source, diagnostics);
}

/** Where a build keeps the masters it has loaded, by ID, so each is parsed and reported once. */
export interface LoadedMasters {
  contentDir: string;
  masters?: Map<string, Promise<Checklist | null>>;
}

/**
 * The master by ID, loaded once for all that use it (undefined: not found; null: found but has
 * errors, already reported). Its own messages go to `diagnostics` once, however many deployments
 * use it.
 */
export async function masterOnce(id: string, loaded: LoadedMasters, diagnostics: Diagnostics): Promise<Checklist | null | undefined> {
  const cached = loaded.masters?.get(id);
  if (cached) return cached;
  const path = await findChecklist(loaded.contentDir, id);
  if (!path) return undefined;
  const own = new Diagnostics();
  const loading = loadChecklist(path, own).then((checklist) => {
    diagnostics.merge(own);
    return checklist && !own.hasErrors ? checklist : null;
  });
  loaded.masters?.set(id, loading);
  return loading;
}
