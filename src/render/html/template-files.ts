/**
 * Which files the templates are read from: each of `layout.hbs`, `annex.hbs`, `style.css` and
 * `partials/*.hbs` from a user's `--templates DIR` where it has the file, else the built-in one,
 * and `form.js` likewise for a form. Only these are read: anything else in the folder (a README,
 * an editor's backup, notes) is no input of an output, and the build's record names just these.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isEditorFile } from '../../content/editor-files.js';
import { builtInTemplatesDir } from '../formats.js';

/**
 * The `.hbs` names in a folder's `partials/`, or none. An editor's own files are none (Vim's
 * `.item.hbs.swp` ends otherwise, but macOS's `._item.hbs` and Emacs' lock `.#item.hbs` do not).
 */
async function partialNames(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'partials')).catch(() => []);
  return names.filter((name) => name.endsWith('.hbs') && !isEditorFile(name)).map((name) => basename(name, '.hbs'));
}

/** Where each template file comes from, by its path in the folder: the user's folder when it has the file, else the built-in one. */
export async function templateFiles(dir: string): Promise<Map<string, string>> {
  const [own, builtIn] = await Promise.all([partialNames(dir), partialNames(builtInTemplatesDir)]);
  const relativePaths = ['layout.hbs', 'annex.hbs', 'style.css', ...[...new Set([...builtIn, ...own])].sort().map((name) => `partials/${name}.hbs`)];
  const files = new Map<string, string>();
  for (const path of relativePaths) {
    const mine = join(dir, path);
    const exists = dir !== builtInTemplatesDir && (await readdir(join(dir, path, '..')).catch(() => [] as string[])).includes(basename(path));
    files.set(path, exists ? mine : join(builtInTemplatesDir, path));
  }
  return files;
}

/** `templateFiles` and the form's script, as the form reads it (the folder's when there is one to read). */
export async function templateInputs(dir: string): Promise<Map<string, string>> {
  const files = await templateFiles(dir);
  const script = join(dir, 'form.js');
  files.set('form.js', dir !== builtInTemplatesDir && (await stat(script).then(() => true, () => false)) ? script : join(builtInTemplatesDir, 'form.js'));
  return files;
}
