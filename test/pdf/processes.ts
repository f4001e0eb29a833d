/** Process checks for the browser tests: which processes still mention a path. */
import { execFile } from 'node:child_process';

/** Pids of running processes whose command line contains `fragment` (`pgrep -f`). */
export function pgrep(fragment: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    execFile('pgrep', ['-f', fragment], (error, stdout) => {
      // pgrep exits 1 when nothing matches: that is an answer, not a failure
      if (error && error.code !== 1) reject(error);
      else resolve(stdout.split('\n').filter(Boolean).map(Number));
    });
  });
}

/** Waits until no process mentions `fragment`, up to `ms`; returns what is still there. */
export async function waitForNoProcess(fragment: string, ms = 3_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const pids = await pgrep(fragment);
    if (pids.length === 0 || Date.now() > deadline) return pids;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
