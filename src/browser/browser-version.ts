/**
 * Whether a browser executable runs at all, asked as `checklist doctor` asks it: `--version`.
 * A browser that cannot start (a shared library missing, on a system other than the one it
 * was built for) says why on its first line of errors, which is what a user needs to read; a
 * failed launch through puppeteer says only that its pipe closed.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The first line of a program's output, trimmed. */
export const firstLine = (text: string): string => text.trim().split('\n')[0]!.trim();

/** The browser's version line, or why it does not run (its first line of errors). */
export async function browserVersion(path: string, timeoutMs = 20_000): Promise<{ version: string } | { why: string }> {
  return run(path, ['--version'], { timeout: timeoutMs }).then(
    ({ stdout, stderr }) => ({ version: firstLine(stdout || stderr) }),
    (error: { stderr?: string; message: string }) => ({ why: firstLine(error.stderr ?? '') || firstLine(error.message) }),
  );
}
