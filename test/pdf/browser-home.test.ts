/**
 * Everything Chromium writes lives in one folder the tool creates and removes: after a PDF
 * build, a failed launch or Ctrl-C, the temporary folder and the home folder the CLI ran with
 * are as empty as before. A browser that starts but never answers is killed with a message.
 */
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { pgrep, waitForNoProcess } from './processes.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-home-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
});

/** A fresh TMPDIR and HOME for one run of the CLI. */
async function freshEnvironment(name: string): Promise<{ tmp: string; home: string; env: NodeJS.ProcessEnv }> {
  const tmp = join(dir, name, 'tmp');
  const home = join(dir, name, 'home');
  await mkdir(tmp, { recursive: true });
  await mkdir(home, { recursive: true });
  return { tmp, home, env: { TMPDIR: tmp, HOME: home, XDG_CONFIG_HOME: '', XDG_CACHE_HOME: '' } };
}

describe("Chromium's one folder", () => {
  it('a PDF build leaves the temporary folder and the home folder empty', async () => {
    const { tmp, home, env } = await freshEnvironment('built');
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'pdf', '--force'], { cwd: dir, env });
    expect(build.code, build.stderr).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
    expect(await readdir(home)).toEqual([]);
  });

  it('Ctrl-C while the browser prints leaves both empty and no Chromium running', async () => {
    const { tmp, home, env } = await freshEnvironment('interrupted');
    // A checklist of some 150 pages: still printing when the signal comes (the fixtures print
    // in well under the 100 ms the loop below may take to see Chromium).
    const large = join(dir, 'large');
    await writeContent(large, { items: 300 });
    const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'build', '--content', 'content', '--out', 'out2', '--format', 'pdf'], {
      cwd: large,
      env: { ...process.env, ...env },
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const profile = `user-data-dir=${join(tmp, 'checklist-chromium-')}`;
    let running = false;
    for (let attempt = 0; attempt < 300 && !running; attempt++) {
      running = (await pgrep(profile)).length > 0;
      if (!running) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(running).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await waitForNoProcess(tmp)).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
    expect(await readdir(home)).toEqual([]);
  });

  it('a browser that starts but never answers is stopped after the launch timeout, with a message', async () => {
    const { tmp } = await freshEnvironment('hung');
    const hung = join(dir, 'hung-chromium');
    // Starts, reads nothing from the DevTools pipe, never answers.
    await writeFile(hung, '#!/bin/sh\nexec sleep 600\n');
    await chmod(hung, 0o755);
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    const manager = new BrowserManager({ executablePath: hung, launchTimeout: 2_000 });
    try {
      await expect(manager.withPage(async () => undefined)).rejects.toThrow(
        `Could not start the browser ${hung} for PDF output: it did not answer within 2 s and was stopped`,
      );
      expect(await waitForNoProcess(join(tmp, 'checklist-chromium-'))).toEqual([]);
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      process.env['TMPDIR'] = before;
      await manager.close();
    }
  });
});
