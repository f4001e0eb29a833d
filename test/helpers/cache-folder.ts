/**
 * Global set-up: the tests and the CLIs they run keep the tool's cache folder (parsed masters,
 * the compiled DOCX layout: src/environment/cache-folder.ts) in a folder of this test run's own,
 * removed at its end, so no test reads what another run stored and none writes into the user's
 * ~/.cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'checklist-test-cache-'));
  process.env.CHECKLIST_CACHE = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
