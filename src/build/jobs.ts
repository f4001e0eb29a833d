/**
 * `--jobs N`: how many documents are rendered at once (and so how many browser pages are
 * open). The default is the machine's available parallelism, not a number tuned to one box.
 */
import { availableParallelism } from 'node:os';
import { CliError } from '../cli/errors.js';

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new CliError(`--jobs ${value}: give a whole number of documents at once, 1 or more (default: ${availableParallelism()}, this machine's parallelism)`, 2);
  }
  return jobs;
}
