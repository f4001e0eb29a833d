/**
 * A bug in the tool: one line naming where to report it and exit code 70, never a stack trace;
 * with CHECKLIST_DEBUG=1 the stack is written to a file the line names.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bugsUrl } from '../../src/cli/internal-error.js';
import { main } from '../../src/cli/main.js';

// A build that fails in a way no input or environment explains: a bug of ours.
vi.mock('../../src/cli/build-command.js', () => ({
  runBuild: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'items')");
  },
}));

describe('an internal error', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('exits 70 with one line saying where to report it, and no stack', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv('CHECKLIST_DEBUG', '');
    expect(await main(['build'])).toBe(70);
    const written = stderr.mock.calls.map(([text]) => String(text)).join('');
    expect(written).toBe(
      "checklist: internal error (TypeError: Cannot read properties of undefined (reading 'items')); this is a bug in checklist, please report it at https://github.com/security-checklist-builder/checklist/issues with the command you ran; run again with CHECKLIST_DEBUG=1 to write its stack to a file\n",
    );
  });

  it('names the bugs address of package.json, the one npm shows too', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { bugs: { url: string } };
    expect(bugsUrl()).toBe(manifest.bugs.url);
    expect(bugsUrl()).toMatch(/^https:\/\/\S+\/issues$/);
  });

  it('writes the stack to the file it names when CHECKLIST_DEBUG=1', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv('CHECKLIST_DEBUG', '1');
    expect(await main(['build'])).toBe(70);
    const written = stderr.mock.calls.map(([text]) => String(text)).join('');
    expect(written.split('\n')).toHaveLength(2);
    const file = /its stack is in (\S+)\n$/.exec(written)?.[1];
    expect(file).toBeDefined();
    const stack = await readFile(file as string, 'utf8');
    expect(stack).toMatch(/^TypeError: Cannot read properties of undefined/);
    expect(stack).toMatch(/\n\s+at /);
  });
});
