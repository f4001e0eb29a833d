import { describe, expect, it } from 'vitest';
import { forEachLimited } from '../../src/build/scheduler.js';
import { defaultJobs, parseJobs } from '../../src/build/jobs.js';
import { cgroupCpuLimit } from '../../src/build/cpu-quota.js';
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
    expect(parseJobs(undefined)).toBe(defaultJobs());
    expect(defaultJobs(undefined)).toBe(availableParallelism());
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(availableParallelism() + 50)).toBe(availableParallelism());
    expect(parseJobs('7')).toBe(7);
    for (const wrong of ['0', '-2', '1.5', 'two', '']) expect(() => parseJobs(wrong)).toThrow(expect.objectContaining({ exitCode: 2 }));
    // A whole number, 1 or more, but past what can be counted exactly: told so, not 'give 1 or more'.
    expect(() => parseJobs('99999999999999999999')).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/^--jobs 99999999999999999999: give a whole number of documents at once, 1 to 9007199254740991 \(default/) }));
  });
});

describe('the CPUs a control group limits a container to', () => {
  const files = (entries: Record<string, string>) => (path: string) => entries[path];

  it('reads cgroup v2\'s cpu.max at the process\'s group and above, the smallest, rounded up', () => {
    const cgroup = { '/proc/self/cgroup': '0::/kubepods/pod1/job\n' };
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/kubepods/pod1/job/cpu.max': '200000 100000\n' }))).toBe(2);
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/kubepods/pod1/job/cpu.max': 'max 100000', '/sys/fs/cgroup/kubepods/pod1/cpu.max': '150000 100000' }))).toBe(2);
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/kubepods/pod1/job/cpu.max': '50000 100000' }))).toBe(1);
    // A container's own namespace: its group is the root of what it sees.
    expect(cgroupCpuLimit(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '400000 100000' }))).toBe(4);
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/kubepods/pod1/job/cpu.max': 'max 100000' }))).toBeUndefined();
  });

  it('reads cgroup v1\'s CFS quota over its period; -1 is no limit; nothing to read is no limit', () => {
    const cgroup = { '/proc/self/cgroup': '12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n' };
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '300000\n', '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n' }))).toBe(3);
    expect(cgroupCpuLimit(files({ ...cgroup, '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' }))).toBeUndefined();
    expect(cgroupCpuLimit(files({}))).toBeUndefined();
  });
});
