/**
 * The CPUs a Linux control group lets this process use, where it caps them: a container started
 * with `--cpus 2` (Docker) or a CPU limit (a Kubernetes pod, as GitLab's runners on Kubernetes
 * run jobs) sees every core of its host, and Node 20's `availableParallelism()` counts them all.
 * A build would then render as many documents at once as the host has cores, each with its
 * browser page or DOCX worker (about 130 MB), on the two CPUs it is given.
 */
import { readFileSync } from 'node:fs';

/** Reads a file's text, or undefined where it is not there (not Linux, no such controller). */
export type ReadText = (path: string) => string | undefined;

const readText: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The CPU quota of this process's control group, in whole CPUs (rounded up, at least 1);
 * undefined where none is set. cgroup v2 (`cpu.max`: `200000 100000`, or `max 100000`) and v1
 * (`cpu.cfs_quota_us`, -1 for none, over `cpu.cfs_period_us`), the smallest of the group
 * /proc/self/cgroup names and the groups above it (a limit set on a parent holds for all below).
 */
export function cgroupCpuLimit(read: ReadText = readText): number | undefined {
  const groups = read('/proc/self/cgroup') ?? '';
  const v2Path = /^0::(.*)$/m.exec(groups)?.[1]?.trim() ?? '/';
  const v1Path = /^\d+:(?:[^:]*,)?cpu(?:,[^:]*)?:(.*)$/m.exec(groups)?.[1]?.trim() ?? '/';
  const limits: (number | undefined)[] = [];
  for (const group of withParents(v2Path)) {
    const max = read(`/sys/fs/cgroup${group}/cpu.max`)?.trim().split(/\s+/);
    if (max) limits.push(cpus(max[0] === 'max' ? -1 : Number(max[0]), Number(max[1])));
  }
  for (const root of ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
    for (const group of withParents(v1Path)) {
      const quota = read(`${root}${group}/cpu.cfs_quota_us`);
      const period = read(`${root}${group}/cpu.cfs_period_us`);
      if (quota !== undefined && period !== undefined) limits.push(cpus(Number(quota), Number(period)));
    }
  }
  const set = limits.filter((limit): limit is number => limit !== undefined);
  return set.length === 0 ? undefined : Math.min(...set);
}

function cpus(quota: number, period: number): number | undefined {
  if (!(quota > 0) || !(period > 0)) return undefined;
  return Math.max(1, Math.ceil(quota / period));
}

/** `/a/b` → `/a/b`, `/a`, `` (the root, as a suffix of the hierarchy's folder). */
function withParents(group: string): string[] {
  const parts = group.split('/').filter((part) => part !== '');
  return parts.map((_, index) => `/${parts.slice(0, parts.length - index).join('/')}`).concat('');
}
