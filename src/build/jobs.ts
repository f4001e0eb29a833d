/**
 * `--jobs N`: how many documents are rendered at once (and so how many browser pages are
 * open). The default is the machine's available parallelism, not a number tuned to one box:
 * its cores, or the CPUs its control group is limited to, if fewer (cpu-quota.ts).
 */
import { availableParallelism } from 'node:os';
import { CliError } from '../cli/errors.js';
import { cgroupCpuLimit } from './cpu-quota.js';

/** The documents rendered at once when `--jobs` is not given. */
export function defaultJobs(limit: number | undefined = cgroupCpuLimit()): number {
  return Math.min(availableParallelism(), limit ?? Infinity);
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  const whole = /^\d+$/.test(value.trim());
  if (!whole || !Number.isSafeInteger(jobs) || jobs < 1) {
    // A whole number past 2^53 is said as too large, not as no whole number.
    const range = whole && jobs >= 1 ? `1 to ${Number.MAX_SAFE_INTEGER}` : '1 or more';
    throw new CliError(`--jobs ${value}: give a whole number of documents at once, ${range} (default: ${defaultJobs()}, this machine's parallelism)`, 2);
  }
  return jobs;
}
