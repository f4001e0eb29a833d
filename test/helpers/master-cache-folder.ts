/**
 * Global set-up: the CLIs the tests run keep their cache of parsed masters
 * (src/content/master-cache.ts) in a folder of this test run's own, removed at its end, so no
 * test reads what another run stored and none writes into the user's ~/.cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'checklist-test-cache-'));
  process.env.CHECKLIST_CACHE = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
