/** A content folder of its own for a test: masters by id and deployments by name, in a new temporary folder. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new folder holding `content/checklists/ID.md` for each master and
 * `content/deployments/NAME.json` for each deployment (an object is written as JSON). Returns the folder.
 */
export async function contentFolder(prefix: string, masters: Record<string, string>, deployments: Record<string, object | string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'content/checklists'), { recursive: true });
  await mkdir(join(dir, 'content/deployments'), { recursive: true });
  for (const [id, markdown] of Object.entries(masters)) await writeFile(join(dir, 'content/checklists', `${id}.md`), markdown);
  for (const [name, deployment] of Object.entries(deployments)) {
    await writeFile(join(dir, 'content/deployments', `${name}.json`), typeof deployment === 'string' ? deployment : JSON.stringify(deployment, null, 2));
  }
  return dir;
}
