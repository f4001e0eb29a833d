/**
 * A deployment's `checklist` is the ID of a master in `content/checklists/`, never a path: an
 * ID with a separator or a leading dot (`../../outside/secret`) is refused, and so is a
 * master that a link inside `content/checklists/` leads out of it.
 */
import { join } from 'node:path';
import { displayPath } from '../content/read-sources.js';
import { staysInside } from '../output/inside-root.js';

/** A path rather than a name: a separator, a leading dot (`..`, a hidden file) or NUL. */
export function isPathLikeId(id: string): boolean {
  return /[/\\]/.test(id) || id.startsWith('.') || id.includes('\0');
}

/** Why `id` cannot name a checklist, or undefined when it is a plain name. */
export function checklistIdProblem(id: string): string | undefined {
  if (isPathLikeId(id)) {
    return `"${id}" is a path, not a checklist ID: name a checklist of content/checklists (its file or folder name)`;
  }
  return undefined;
}

/** Why the master found at `path` may not be read: a link leading out of the checklists folder. */
export async function checklistPathProblem(checklistsDir: string, path: string): Promise<string | undefined> {
  if (await staysInside(checklistsDir, path)) return undefined;
  return `${displayPath(path)} is a link to a place outside ${displayPath(checklistsDir)}: a checklist must live inside it`;
}

/** Both checks, for a lookup by ID: the problem, or undefined when `id` may be looked up. */
export async function checklistLookupProblem(checklistsDir: string, id: string): Promise<string | undefined> {
  const problem = checklistIdProblem(id);
  if (problem) return problem;
  for (const candidate of [join(checklistsDir, id), join(checklistsDir, `${id}.md`)]) {
    const escape = await checklistPathProblem(checklistsDir, candidate).catch(() => undefined);
    if (escape) return escape;
  }
  return undefined;
}
