import { describe, expect, it } from 'vitest';
import { forEachLimited } from '../../src/build/scheduler.js';
import { parseJobs } from '../../src/build/jobs.js';
import { availableParallelism } from 'node:os';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the build scheduler', () => {
  it('never runs more than --jobs at once, and runs every item', async () => {
    for (const jobs of [1, 2, 5]) {
      let running = 0;
      let most = 0;
      const done: number[] = [];
      await forEachLimited([...Array(12).keys()], jobs, async (item) => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done.push(item);
      });
      expect(most).toBe(jobs);
      expect(done.sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    }
  });

  it('stops taking items after the first failure and throws it once the running ones end', async () => {
    const started: number[] = [];
    const run = forEachLimited([...Array(10).keys()], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 1) throw new Error('item 1 failed');
    });
    await expect(run).rejects.toThrow('item 1 failed');
    expect(started.length).toBeLessThan(5);
  });

  it('reads --jobs as a whole number ≥ 1, by default the machine’s parallelism', () => {
    expect(parseJobs(undefined)).toBe(availableParallelism());
    expect(parseJobs('7')).toBe(7);
    for (const wrong of ['0', '-2', '1.5', 'two', '']) expect(() => parseJobs(wrong)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});
