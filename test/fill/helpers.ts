/** A copy of the sample content in a temporary folder, to build from and import into. */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { deploymentValues } from '../../src/fill/answers.js';
import { repoRoot } from '../helpers/run-cli.js';

export async function sampleCopy(): Promise<{ dir: string; content: string; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-fill-'));
  await cp(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
  return { dir, content: join(dir, 'content'), out: join(dir, 'dist') };
}

/** Every answer of a deployment file as `checklist import` compares them. */
export async function answersOf(path: string, contentDir: string): Promise<Map<string, string>> {
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(path, { contentDir }, diagnostics);
  if (!loaded) throw new Error(`cannot load ${path}: ${diagnostics.messages.map(String).join('; ')}`);
  return deploymentValues(loaded.master, loaded.deployment);
}

export const readText = (path: string) => readFile(path, 'utf8');
