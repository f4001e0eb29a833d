import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseShard, partsOf, shardKey } from '../../src/build/shard.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('--shard K/N', () => {
  const sizesOf = (parts: Map<string, number>, count: number) =>
    Array.from({ length: count }, (_, index) => [...parts.values()].filter((part) => part === index + 1).length);

  it('splits any set of deployments into N disjoint parts that together hold them all, of sizes within one of each other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (keys, count) => {
        const parts = partsOf(keys, count);
        expect([...parts.keys()].sort()).toEqual([...keys].sort());
        expect([...parts.values()].every((part) => Number.isInteger(part) && part >= 1 && part <= count)).toBe(true);
        const sizes = sizesOf(parts, count);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('splits alike whatever order the deployments are listed in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (keys, count) => {
        expect(partsOf([...keys].reverse(), count)).toEqual(partsOf(keys, count));
      }),
    );
  });

  it('moves at most N − 1 other deployments when one is added', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (keys, count) => {
        const [added, ...others] = keys;
        const before = partsOf(others, count);
        const after = partsOf(keys, count);
        const moved = others.filter((key) => before.get(key) !== after.get(key));
        expect(moved.length).toBeLessThanOrEqual(count - 1);
        expect(after.has(added!)).toBe(true);
      }),
    );
  });

  it('gives 50 deployments over 4 parts 13, 12, 13 and 12 (a hash of the paths gave 17, 10, 15 and 8)', () => {
    const keys = Array.from({ length: 50 }, (_, index) => `deployments/customer-${String(index + 1).padStart(2, '0')}.json`);
    expect(sizesOf(partsOf(keys, 4), 4)).toEqual([13, 12, 13, 12]);
  });

  it('keys a deployment by its path inside the content folder, the same from anywhere', () => {
    expect(shardKey('content/deployments/acme.json', 'content')).toBe('deployments/acme.json');
    expect(shardKey(`${process.cwd()}/content/deployments/acme.json`, './content')).toBe('deployments/acme.json');
  });

  it('accepts K/N with 1 ≤ K ≤ N and refuses anything else as wrong usage', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(undefined)).toBeUndefined();
    for (const wrong of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/2', '1.5/3', '99999999999999999999/99999999999999999999']) {
      expect(() => parseShard(wrong)).toThrow(expect.objectContaining({ exitCode: 2 }));
    }
    // Well formed, 1 ≤ K ≤ N, but N past what a number counts exactly: said so.
    expect(() => parseShard('1/99999999999999999999')).toThrow('--shard 1/99999999999999999999: use K/N with 1 ≤ K ≤ N (9007199254740991 parts at most)');
  });
});

describe('an empty shard (a matrix wider than the inputs)', () => {
  const content = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-empty-shard-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    return dir;
  };

  it('says its inputs are in the other parts, not that there are no deployments, writes nothing and succeeds', async () => {
    const dir = await content();
    const run = await runCli(['build', '--shard', '3/4', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('checklist: shard 3/4 is empty: 1 deployment is built by the other parts (1 over 4 parts); nothing to build\n');
    expect(await readdir(join(dir, 'out')).catch(() => [])).toEqual([]);
  });

  it('with --blank, names the blank, which another part builds (it was told to use --blank)', async () => {
    const dir = await content();
    const run = await runCli(['build', '--blank', 'mini', '--shard', '2/2', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('checklist: shard 2/2 is empty: the blank of mini is built by the other parts (1 over 2 parts); nothing to build\n');
    const other = await runCli(['build', '--blank', 'mini', '--shard', '1/2', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(other.code, other.stderr).toBe(0);
    expect(await readdir(join(dir, 'out/blank'))).toEqual(['mini-1.0.html']);
  });

  it('a content folder without deployments is still said as such, shard or not', async () => {
    const dir = await content();
    await rm(join(dir, 'content/deployments/acme.json'));
    const run = await runCli(['build', '--shard', '1/3', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('checklist: no deployments in content/deployments; name one, or use --blank ID\n');
  });
});
