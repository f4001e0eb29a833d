/**
 * Two builds into one `--out` at the same time (two CI jobs on a shared folder, a build started
 * twice): each keeps the other's records in the build manifest, so the next build finds every
 * output up to date; and the lock that makes the manifest's read and write one step.
 */
import { cp, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_MS, withFileLock } from '../../src/build/manifest-lock.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('two builds into one --out at once', () => {
  it('keep each other\'s records: the next build finds the outputs of both up to date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-concurrent-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
    for (const name of ['beta', 'gamma', 'delta']) await writeFile(join(dir, `content/deployments/${name}.json`), acme);
    const build = (...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html,docx', '--out', 'out', ...args], { cwd: dir });

    // Both read the manifest before either writes it.
    const shards = await Promise.all([build('--shard', '1/2'), build('--shard', '2/2')]);
    for (const run of shards) expect(run.code, run.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'out/.checklist-build.json'), 'utf8')) as { outputs: object; checked: object };
    expect(Object.keys(manifest.outputs)).toHaveLength(8);
    expect(Object.keys(manifest.checked)).toHaveLength(4);
    await expect(stat(join(dir, 'out/.checklist-build.json.lock'))).rejects.toThrow();

    const next = await build();
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/^nothing to build: 8 files up to date/);
  }, 120_000);
});

describe('the lock of the build manifest', () => {
  it('waits for the holder, then takes the lock; and removes it afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-lock-'));
    const path = join(dir, 'manifest.json');
    const order: string[] = [];
    let release = () => undefined as void;
    const first = withFileLock(path, () => new Promise<void>((resolve) => (release = () => (order.push('first'), resolve()))));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = withFileLock(path, async () => void order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    await expect(stat(`${path}.lock`)).rejects.toThrow();
  });

  it('takes over a lock left by a process killed while holding it, once it is stale', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-lock-'));
    const path = join(dir, 'manifest.json');
    await writeFile(`${path}.lock`, '');
    const old = (Date.now() - STALE_MS - 1000) / 1000;
    await utimes(`${path}.lock`, old, old);
    expect(await withFileLock(path, async () => 'ran')).toBe('ran');
  });

  it('runs the work without a lock where none can be made (no such folder), as the write then says why', async () => {
    expect(await withFileLock('/nonexistent-folder/manifest.json', async () => 'ran')).toBe('ran');
  });
});
