/**
 * Runs real `git` for diff and upgrade. git missing is a CliError; git refusing (no commits,
 * objects a shallow or partial clone lacks, a damaged repository) is its first line of
 * complaint, for the caller to word or to throw as a CliError: none of it is a bug of ours.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CliError } from '../cli/errors.js';

const run = promisify(execFile);

/** What git printed, or the first line of its complaint when it refused. */
export type GitResult = { ok: true; stdout: string } | { ok: false; reason: string };

/** Runs `git -C root …`, pathspecs read as plain paths; a non-zero exit is a result, not an exception. */
export async function tryGit(root: string, args: readonly string[]): Promise<GitResult> {
  try {
    const { stdout } = await run('git', ['--literal-pathspecs', '-C', root, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new CliError('git is not installed: diff and upgrade read the versions of a master from git', 1, { cause: error });
    }
    // A number is git's exit status; anything else (a buffer overflow, a signal) is unexpected.
    if (typeof failure.code !== 'number') throw error;
    const reason = (failure.stderr ?? '').split('\n').find((line) => line.trim() !== '')?.trim();
    return { ok: false, reason: reason ?? `git ${args[0] ?? ''} exited with status ${failure.code}` };
  }
}

/** git's output; when git refuses, a CliError that says what was being read and git's reason. */
export async function git(root: string, args: readonly string[], reading: string): Promise<string> {
  const result = await tryGit(root, args);
  if (result.ok) return result.stdout;
  throw new CliError(`git could not read ${reading} (git ${args[0] ?? ''}): ${result.reason}`, 1);
}
