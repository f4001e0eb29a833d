/**
 * The environment's failures are one line each, found before anything renders, and the
 * previous outputs stay whole: a missing temporary folder, a full disk, a read-only disk.
 * The disks are real: a small tmpfs mounted in a private mount namespace (`unshare -rm`).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const canMount = await run('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt']).then(() => true, () => false);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-env-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
});

/** Runs a build whose --out is on a fresh tmpfs holding a previous set; prints what is left. */
async function buildOnDisk(mountOptions: string, remount = ''): Promise<{ stdout: string; stderr: string }> {
  const cli = join(repoRoot, 'bin/checklist.js');
  const script = [
    'set -e',
    'mkdir -p disk',
    `mount -t tmpfs -o ${mountOptions} tmpfs disk`,
    'mkdir -p disk/out/acme',
    'echo previous html > disk/out/acme/mini-1.0.html',
    'echo previous docx > disk/out/acme/mini-1.0.docx',
    remount,
    `"${process.execPath}" "${cli}" build --content content --out disk/out --format html,docx content/deployments/acme.json >&2 || echo "exit $?" >&2`,
    'ls -A disk/out/acme',
    'cat disk/out/acme/mini-1.0.html disk/out/acme/mini-1.0.docx',
  ].join('\n');
  return run('unshare', ['-rm', 'sh', '-c', script], { cwd: dir });
}

describe('environment failures', () => {
  it('a missing temporary folder, for a PDF build: one line, exit 1, nothing written', async () => {
    const result = await runCli(['build', '--content', 'content', '--out', 'out-tmp', '--format', 'pdf'], { cwd: dir, env: { TMPDIR: join(dir, 'no-such-tmp') } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`checklist: The temporary folder ${join(dir, 'no-such-tmp')} (TMPDIR) cannot be used: it does not exist; create it, or point TMPDIR at a writable folder\n`);
  });

  it('a folder on a virtual file system (/proc): one line that says so, not a stack trace or "0 MB free"', async () => {
    const result = await runCli(['build', '--content', 'content', '--out', '/proc/checklist-out', '--format', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    // Root may write to /proc's folder as far as access() tells; anyone else is refused before.
    const why = process.getuid?.() === 0
      ? '/proc is on a virtual file system (such as /proc or /sys) that holds no files; choose a folder on a disk'
      : 'permission denied; choose another folder or fix its permissions';
    expect(result.stderr).toBe(`checklist: Cannot write to --out /proc/checklist-out: ${why}\n`);
  });

  it.runIf(canMount)('a full disk: one line before rendering, the previous set whole', async () => {
    const { stdout, stderr } = await buildOnDisk('size=1m');
    expect(stderr).toMatch(/^checklist: Cannot write to --out disk\/out: only \d+\.\d MB free on its disk \(at least 10\.\d+ MB needed\); free some space\nexit 1\n$/);
    expect(stdout).toBe('mini-1.0.docx\nmini-1.0.html\nprevious html\nprevious docx\n');
  });

  it.runIf(canMount)('a read-only disk: one line, the previous set whole', async () => {
    const { stdout, stderr } = await buildOnDisk('size=64m', 'mount -o remount,ro disk');
    expect(stderr).toBe('checklist: Cannot write to --out disk/out: the file system is read-only; choose another folder or fix its permissions\nexit 1\n');
    expect(stdout).toBe('mini-1.0.docx\nmini-1.0.html\nprevious html\nprevious docx\n');
  });

  it.runIf(canMount)('a disk with room: the new set replaces the old one', async () => {
    const { stdout, stderr } = await buildOnDisk('size=64m');
    expect(stderr).toMatch(/^disk\/out\/acme\/mini-1\.0\.(html|docx) /m);
    expect(stdout).toMatch(/^mini-1\.0\.docx\nmini-1\.0\.html\n<!DOCTYPE html>/);
    expect(stdout).not.toContain('previous');
  });
});
