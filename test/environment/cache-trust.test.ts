/**
 * The cache folder holds code the tool runs (the DOCX layout): its folders and entries are made
 * for this user alone, an entry is never written through a link someone left in its place, and
 * code is read only from a folder and a file nobody else can have written
 * (src/environment/cache-trust.ts). Windows, without uids, is not checked.
 */
import { existsSync, statSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeEntry } from '../../src/environment/cache-folder.js';
import { readOwnEntry, untrustedFolder } from '../../src/environment/cache-trust.js';

/** Another user's uid (nobody), for the tests only root can set up. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const mode = (path: string) => statSync(path).mode & 0o7777;

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-cache-trust-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('entries written to the cache folder', () => {
  it('are made for this user alone, the folders 0700 and the files 0600, whatever the umask', async () => {
    // A user private group's umask: files 0664, folders 0775. A worker thread (`npm run
    // test:unit` runs its files in threads) cannot set one: there the process's own (022 as a
    // rule: files 0644, folders 0755) is what the modes must not follow.
    const umask = isMainThread ? process.umask(0o002) : undefined;
    try {
      const entry = join(dir, 'cache/layout/key.js');
      expect(await writeEntry(entry, 'code', 8)).toBe(true);
      expect(mode(join(dir, 'cache'))).toBe(0o700);
      expect(mode(join(dir, 'cache/layout'))).toBe(0o700);
      expect(mode(entry)).toBe(0o600);
      expect(readOwnEntry(entry)?.toString()).toBe('code');
    } finally {
      if (umask !== undefined) process.umask(umask);
    }
  });

  it('are never written through a link left under the name being written', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'mine\n');
    await mkdir(join(dir, 'layout'));
    const entry = join(dir, 'layout/key.js');
    await symlink(victim, `${entry}.${process.pid}.partial`);
    await writeEntry(entry, 'code', 8);
    expect(await readFile(victim, 'utf8')).toBe('mine\n');
  });
});

describe('a folder that may hold code', () => {
  it('is one of this user’s that only they can write, or one not made yet', async () => {
    expect(untrustedFolder(dir)).toBeUndefined();
    await chmod(dir, 0o755);
    expect(untrustedFolder(dir)).toBeUndefined();
    expect(untrustedFolder(join(dir, 'not made yet'))).toBeUndefined();
  });

  it.each([
    ['775', 'its group'],
    ['757', 'others'],
    ['1777', 'its group and others'],
  ])('is not one of mode %s: says who can write it, and what to do', async (folderMode, who) => {
    await chmod(dir, parseInt(folderMode, 8));
    expect(untrustedFolder(dir)).toEqual({
      why: `The cache folder ${dir} can be written by ${who} (mode ${folderMode})`,
      fix: `Run \`chmod go-w ${dir}\`, or set CHECKLIST_CACHE to a folder of your own.`,
    });
  });

  it.runIf(asRoot)('is not another user’s, even one only they can write', async () => {
    await chown(dir, NOBODY, NOBODY);
    expect(untrustedFolder(dir)).toEqual({
      why: `The cache folder ${dir} belongs to another user (uid ${NOBODY})`,
      fix: 'Remove it (it is made again, for you alone), or set CHECKLIST_CACHE to a folder of your own.',
    });
  });
});

describe('an entry read as code', () => {
  it('is read from a file of this user’s that only they can write', async () => {
    const entry = join(dir, 'key.js');
    await writeFile(entry, 'code', { mode: 0o644 });
    expect(readOwnEntry(entry)?.toString()).toBe('code');
    expect(readOwnEntry(join(dir, 'missing.js'))).toBeUndefined();
  });

  it('is not read from a file its group or others can write, nor through a link', async () => {
    const entry = join(dir, 'key.js');
    await writeFile(entry, 'code');
    await chmod(entry, 0o664);
    expect(readOwnEntry(entry)).toBeUndefined();
    await chmod(entry, 0o600);
    await symlink(entry, join(dir, 'link.js'));
    expect(readOwnEntry(join(dir, 'link.js'))).toBeUndefined();
    expect(existsSync(join(dir, 'link.js'))).toBe(true);
  });

  it.runIf(asRoot)('is not read from another user’s file', async () => {
    const entry = join(dir, 'key.js');
    await writeFile(entry, 'code', { mode: 0o600 });
    await chown(entry, NOBODY, NOBODY);
    expect(readOwnEntry(entry)).toBeUndefined();
  });
});
