/**
 * The words for a checklist ID that names no master (a deployment's `checklist`, `init ID`,
 * `build --blank ID`, `diff ID`, `schema ID`): the masters there are, and the one a typo off.
 */
import { listChecklists } from './load-checklist.js';
import { didYouMean, meantKey } from './near-miss.js';
import { checklistIdOfPath, displayPath } from './read-sources.js';

/** The IDs of the masters under a content folder, as `findChecklist` takes them. */
export async function checklistIds(contentDir: string): Promise<string[]> {
  return (await listChecklists(contentDir)).map(checklistIdOfPath);
}

export async function noChecklistReason(contentDir: string, id: string): Promise<string> {
  const known = await checklistIds(contentDir);
  // The strict limit of keys: `maxi` is another checklist, not a typo of `mini`. The ID in another
  // case or with a space around it (`Example-PBX`, `example-pbx `) is the one meant too.
  const listed = known.length > 0 ? `: known are ${known.join(', ')}${didYouMean(meantKey(id.trim(), known))}` : '';
  return `No checklist "${id}" in ${displayPath(contentDir)}/checklists${listed}`;
}
