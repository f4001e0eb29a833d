/**
 * A browser page that crashes under a print (its renderer killed, as the kernel does when a
 * machine or a CI container runs out of memory) fails that document at once, named on a line
 * of its own, and the build goes on with a new page: before, the print waited for the dead
 * renderer until the document's --timeout, and then told the user to raise it. The browser
 * itself killed stops the build with a line that says so, where it was called a bug (exit 70);
 * so was the DOCX's worker process killed, which now fails its document alone.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { findBrowser } from '../../src/browser/find-browser.js';
import { repoRoot } from '../helpers/run-cli.js';

/** The pids of the processes descended from `root`, with their command lines. */
async function descendants(root: number): Promise<{ pid: number; command: string }[]> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(name), ppid);
  }
  const found: { pid: number; command: string }[] = [];
  const under = (pid: number): boolean => pid === root || (parents.has(pid) && under(parents.get(pid)!));
  for (const pid of parents.keys()) {
    if (pid !== root && under(pid)) found.push({ pid, command: (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ') });
  }
  return found.sort((a, b) => a.pid - b.pid);
}

/** The CPU time a process has spent, in clock ticks (1/100 s): utime and stime of /proc/PID/stat. */
async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/** The CLI started with `args` in `dir`, its output gathered as it comes, and its exit code once it ends. */
function startBuild(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), ...args], { cwd: dir, env: { ...process.env, ...env } });
  const build = { child, stdout: '', stderr: '', exited: new Promise<number | null>((resolve) => child.on('close', resolve)) };
  child.stdout.on('data', (chunk: Buffer) => (build.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (build.stderr += chunk.toString()));
  return build;
}

describe('a browser page that crashes while it prints', () => {
  it('fails that document at once, named, and the build goes on with a new page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-page-crash-'));
    // Large enough that a print takes a second or more, during which its renderer is killed.
    await writeContent(dir, { items: 800, deployments: 2 });
    const started = Date.now();
    const build = startBuild(dir, ['build', '--out', 'out', '--format', 'pdf', '--jobs', '1', '--timeout', '60']);
    const { child, exited } = build;

    // The browser starts with a blank tab of its own; the second renderer is the page printing
    // the first document, killed once it has spent 0.3 s of CPU (laying the document out, past
    // the page's opening, whatever the machine's load). Only this build's processes are looked at.
    for (;;) {
      const renderers = (await descendants(child.pid!)).filter((process) => process.command.includes('--type=renderer'));
      if (renderers.length >= 2 && (await cpuTicks(renderers.at(-1)!.pid)) >= 30) {
        process.kill(renderers.at(-1)!.pid, 'SIGKILL');
        break;
      }
      expect(Date.now() - started, build.stderr).toBeLessThan(30_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(await exited, build.stderr).toBe(1);
    // On a loaded machine the renderer may be killed while Chromium still sets the page up: the
    // next test.
    expect(Date.now() - started).toBeLessThan(75_000);
    const lines = build.stderr.split('\n').filter((line) => line.startsWith('checklist: '));
    expect(lines).toEqual([
      expect.stringMatching(/^checklist: out\/customer-001\/generated-1\.0\.pdf: the browser's page (printing it crashed|to print it crashed as it opened) \(its renderer ended, .*\): nothing of it was written/),
      'checklist: 1 of 2 documents failed (see above)',
    ]);
    expect(build.stdout).toMatch(/^out\/customer-002\/generated-1\.0\.pdf {2}\d+ ms$/m);
    expect(await readdir(join(dir, 'out/customer-002'))).toEqual(['generated-1.0.pdf']);
  }, 120_000);
});

describe('a browser page whose renderer is killed while the page opens', () => {
  it('fails that document within seconds, not after the 30 s bound of opening a page, and the build goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-page-open-crash-'));
    await writeContent(dir, { items: 100, deployments: 2 });
    // Every renderer of this browser waits, as it starts, for a SIGUSR1 (Chromium's
    // --renderer-startup-dialog): the page the build opens for the first document is killed
    // there, certainly before it has answered puppeteer's first questions, whatever the load.
    const browser = await findBrowser();
    const wrapper = join(dir, basename(browser));
    await writeFile(wrapper, `#!/bin/sh\nexec '${browser}' --renderer-startup-dialog "$@"\n`, { mode: 0o755 });
    const build = startBuild(dir, ['build', '--out', 'out', '--format', 'pdf', '--jobs', '1', '--timeout', '120'], { PUPPETEER_EXECUTABLE_PATH: wrapper });
    const { child, exited } = build;
    onTestFinished(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
    // When the document's failure is told, when the build's closing line, when the process ends.
    let failedAt = 0;
    let summedUpAt = 0;
    let exitedAt = 0;
    child.stderr.on('data', () => (failedAt ||= build.stderr.includes('checklist: out/') ? Date.now() : 0));
    child.stdout.on('data', () => (summedUpAt ||= build.stdout.includes('built ') ? Date.now() : 0));
    child.on('exit', () => (exitedAt = Date.now()));

    // The first renderer is the browser's own blank tab, the second the build's first page; the
    // others are let go too. A renderer is signalled once it waits (pause(2)): a SIGUSR1 before
    // it has its handler would end it.
    const seen = new Set<number>();
    let killedAt = 0;
    let running = true;
    void exited.then(() => (running = false));
    while (running) {
      for (const renderer of (await descendants(child.pid!)).filter((process) => process.command.includes('--type=renderer'))) {
        if (seen.has(renderer.pid) || !(await readFile(`/proc/${renderer.pid}/wchan`, 'utf8').catch(() => '')).includes('pause')) continue;
        seen.add(renderer.pid);
        if (seen.size === 2) killedAt = Date.now();
        process.kill(renderer.pid, seen.size === 2 ? 'SIGKILL' : 'SIGUSR1');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await exited, build.stderr).toBe(1);
    expect(killedAt).toBeGreaterThan(0);
    // Chromium reports the crash at once; half the 30 s bound leaves room for a loaded machine.
    expect(failedAt - killedAt, build.stderr).toBeLessThan(15_000);
    // Nothing of the abandoned opening (its 30 s timer) keeps the finished build's process alive.
    expect(exitedAt - summedUpAt, build.stdout).toBeLessThan(15_000);
    expect(build.stderr.split('\n').filter((line) => line.startsWith('checklist: '))).toEqual([
      expect.stringMatching(/^checklist: out\/customer-001\/generated-1\.0\.pdf: the browser's page to print it crashed as it opened \(its renderer ended, .*\): nothing of it was written/),
      'checklist: 1 of 2 documents failed (see above)',
    ]);
    expect(await readdir(join(dir, 'out/customer-002'))).toEqual(['generated-1.0.pdf']);
  }, 120_000);
});

describe('the browser killed during a build', () => {
  it('stops the build with a line that says so (exit 1, not a bug of checklist), and the next build makes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-browser-killed-'));
    await writeContent(dir, { items: 300, deployments: 3 });
    const args = ['build', '--out', 'out', '--format', 'pdf', '--jobs', '1'];
    const build = startBuild(dir, args);
    const { child, exited } = build;

    // Once the first file is written; its main process: no --type=, unlike its renderers and helpers; under the wrapper script, if any.
    const started = Date.now();
    for (;;) {
      const processes = await descendants(child.pid!);
      const printing = build.stdout.includes(' ms\n') && processes.some((other) => other.command.includes('--type=renderer'));
      const main = processes.find((process) => /chrom/.test(process.command) && !process.command.includes('--type=') && !process.command.startsWith('/bin/sh'));
      if (printing && main) {
        process.kill(main.pid, 'SIGKILL');
        break;
      }
      expect(Date.now() - started, build.stderr).toBeLessThan(30_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(await exited, build.stderr).toBe(1);
    expect(build.stderr).not.toMatch(/internal error/);
    expect(build.stderr.split('\n').filter((line) => line.startsWith('checklist: '))).toEqual([
      expect.stringMatching(/^checklist: The browser \S+ ended during the build \(killed by SIGKILL, as when the machine runs out of memory\): the files written so far are kept/),
    ]);
    const written = (await readdir(join(dir, 'out'))).filter((name) => !name.startsWith('.'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(3);
    const again = startBuild(dir, args);
    await again.exited;
    expect(again.stdout).toMatch(new RegExp(`^built ${3 - written.length} files? of ${3 - written.length} documents?.*; ${written.length} files? up to date$`, 'm'));
  }, 120_000);
});

describe("the DOCX's worker process killed while it renders", () => {
  it('fails that document, named, and the build goes on with a new worker', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-worker-killed-'));
    await writeContent(dir, { items: 300, deployments: 3 });
    const build = startBuild(dir, ['build', '--out', 'out', '--format', 'docx', '--jobs', '1']);
    const { child, exited } = build;

    // Once the first file is written, the worker is at the second.
    const started = Date.now();
    for (;;) {
      const worker = (await descendants(child.pid!)).find((process) => process.command.includes('isolated-worker.js'));
      if (worker && build.stdout.includes(' ms\n')) {
        // Well into the second document's render (it takes a second or more): a worker killed before it takes a task hands the task to a new one.
        await new Promise((resolve) => setTimeout(resolve, 300));
        process.kill(worker.pid, 'SIGKILL');
        break;
      }
      expect(Date.now() - started, build.stderr).toBeLessThan(30_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await exited, build.stderr).toBe(1);
    expect(build.stderr.split('\n').filter((line) => line.startsWith('checklist: '))).toEqual([
      expect.stringMatching(/^checklist: out\/customer-00[23]\/generated-1\.0\.docx: the worker process rendering it ended \(killed by SIGKILL, .*\): nothing of it was written/),
      'checklist: 1 of 3 documents failed (see above)',
    ]);
    expect(build.stdout).toMatch(/^built 2 files of 2 documents in .*; 1 document failed \(see above\)$/m);
  }, 120_000);
});
