/** A copy of the fixtures' content folder whose master `mini.md` has one part written otherwise. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fixtureContentDir } from './samples.js';

/** `part` (which must be there) replaced by `by`; returns the folder and its content folder. */
export async function miniVariant(name: string, part: RegExp, by: string): Promise<{ folder: string; content: string }> {
  const folder = await mkdtemp(join(tmpdir(), `checklist-${name}-`));
  const content = join(folder, 'content');
  await cp(fixtureContentDir, content, { recursive: true });
  const master = join(content, 'checklists/mini.md');
  const text = await readFile(master, 'utf8');
  expect(text).toMatch(part);
  await writeFile(master, text.replace(part, by));
  return { folder, content };
}
