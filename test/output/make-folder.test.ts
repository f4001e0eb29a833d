/** makeFolder: the missing parents too, and a failure where a folder cannot be made, never a hang. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/output/make-folder.js';

describe('makeFolder', () => {
  it('makes a folder and its missing parents, and leaves one that exists', async () => {
    const root = await mkdtemp(join(tmpdir(), 'checklist-make-folder-'));
    try {
      const deep = join(root, 'x', 'y', 'z');
      await makeFolder(deep);
      await makeFolder(deep);
      expect(existsSync(deep)).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  // fs.mkdir's recursive mode never returns there.
  it.skipIf(!existsSync('/proc/self'))('fails, and returns, where the file system cannot make one (/proc)', async () => {
    await expect(makeFolder('/proc/no-such-folder/masters')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
