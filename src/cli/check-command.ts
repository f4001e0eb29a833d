/**
 * `checklist check [PATH…]`: validates masters and deployments without writing anything.
 * What a PATH means is decided in check-targets.ts.
 */
import { basename, dirname, resolve } from 'node:path';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { loadChecklist } from '../content/load-checklist.js';
import { checklistIdOfPath, displayPath } from '../content/read-sources.js';
import { checklistPathProblem } from '../deployment/checklist-path.js';
import { deploymentName } from '../deployment/deployment-name.js';
import { loadDeployment } from '../deployment/load-deployment.js';
import { checkOutputFolders } from '../output/output-folders.js';
import type { Checklist } from '../model/checklist.js';
import { checkTargets, reportUnreadDeployments } from './check-targets.js';
import { loadTheme } from '../theme/load-theme.js';

export interface CheckResult {
  diagnostics: Diagnostics;
  checklists: number;
  deployments: number;
}

/** `theme`, `templates`: the files `--theme` and `--templates` name, checked too when given. */
export async function runCheck(paths: readonly string[], contentDir: string, named: { theme?: string; templates?: string } = {}): Promise<CheckResult> {
  const targets = await checkTargets(paths, contentDir);
  if (named.theme !== undefined) targets.themes.set(resolve(named.theme), true);
  const diagnostics = new Diagnostics();
  const masters = new Map<string, Promise<Checklist | null>>();
  for (const [path, only] of targets.checklists) {
    const own = new Diagnostics();
    // A master found in a checklists folder is read only when it lives there, links followed.
    const escape = basename(dirname(path)) === 'checklists' ? await checklistPathProblem(dirname(path), path) : undefined;
    if (escape) own.error(displayPath(path), undefined, escape, 'path-escape');
    const checklist = escape ? null : await loadChecklist(path, own);
    diagnostics.merge(own, only === undefined ? undefined : (message) => message.file === only);
    const usable = Promise.resolve(checklist && !own.hasErrors ? checklist : null);
    masters.set(checklistIdOfPath(path), usable);
    if (checklist) masters.set(checklist.meta.id, usable);
  }
  // A deployment is checked against its master, which is then checked too (its messages are
  // reported): counted as a checklist checked, named or not.
  const checkedAlready = new Set(masters.values());
  for (const [path, content] of targets.deployments) await loadDeployment(path, { contentDir: content, masters }, diagnostics);
  // Names a build would refuse for their output folders (the blanks', one taken twice), as it would.
  checkOutputFolders([...targets.deployments.keys()].map((path) => ({ file: displayPath(path), stem: deploymentName(path) })), undefined, diagnostics);
  const checklists = targets.checklists.size + [...new Set(masters.values())].filter((master) => !checkedAlready.has(master)).length;
  if (paths.length === 0) await reportUnreadDeployments(resolve(contentDir, 'deployments'), diagnostics);
  for (const [path, required] of targets.themes) await loadTheme({ path, required }, diagnostics, { fonts: true });
  // Handlebars loads only for a --templates folder to check.
  if (named.templates !== undefined) await (await import('../render/html/templates.js')).readTemplates(resolve(named.templates), diagnostics);
  return { diagnostics, checklists, deployments: targets.deployments.size };
}
