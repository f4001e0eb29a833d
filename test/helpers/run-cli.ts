/** Runs the compiled CLI (bin/checklist.js, built by `pretest`) as a user would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/checklist.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `bin`: another copy of the CLI (a test's copy of the tool). `timeoutMs`: the run is killed
 * (SIGKILL, `code` null) after that long, for a test of what could hang (a FIFO read).
 */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; bin?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const limit = options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const };
    const child = spawn(process.execPath, [options.bin ?? bin, ...args], { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, ...limit });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
