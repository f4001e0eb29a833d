/** The shipped sample deployments, loaded and merged as `checklist build` does. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { repoRoot } from './run-cli.js';

export const contentDir = join(repoRoot, 'content');

/** File names of content/deployments/*.json, sorted. */
export const sampleDeployments = (await readdir(join(contentDir, 'deployments'))).filter((name) => name.endsWith('.json')).sort();

/** The test fixture's content: the small master `mini` and its deployment `acme.json`. */
export const fixtureContentDir = join(repoRoot, 'test/fixtures/content');

/** `content`: another content folder, e.g. fixtureContentDir where the 33-page sample is not the point. */
export async function sampleView(file: string, level?: string, content = contentDir): Promise<CustomerChecklist> {
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(join(content, 'deployments', file), { contentDir: content, levelOverride: level }, diagnostics);
  if (!loaded || diagnostics.hasErrors) throw new Error(`${file} did not load`);
  return mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name, level });
}
