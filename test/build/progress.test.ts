import { spawnSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { drawsLiveCounter, Progress } from '../../src/build/progress.js';
import { repoRoot } from '../helpers/run-cli.js';

/** `isTTY`: both streams are the terminal; `outIsTTY`: where the lines go, when that differs. */
function capture(isTTY: boolean, columns?: number, outIsTTY = isTTY) {
  const out = Object.assign(new PassThrough(), { isTTY: outIsTTY });
  const status = Object.assign(new PassThrough(), { isTTY, columns });
  let outText = '';
  let statusText = '';
  out.on('data', (chunk: Buffer) => (outText += chunk.toString()));
  status.on('data', (chunk: Buffer) => (statusText += chunk.toString()));
  return { streams: { out, status }, out: () => outText, status: () => statusText };
}

describe('build progress', () => {
  it('prints a line per file with its own time and a closing line with totals', () => {
    const io = capture(false);
    const progress = new Progress(io.streams, {});
    progress.begin(2, 3);
    progress.written(`${process.cwd()}/out/a/x.pdf`, 'pdf', 812.4);
    progress.written(`${process.cwd()}/out/a/x.docx`, 'docx', 300);
    progress.documentDone();
    progress.documentDone();
    progress.end();
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toBe('out/a/x.pdf  812 ms');
    expect(lines[1]).toBe('out/a/x.docx  300 ms');
    expect(lines[2]).toMatch(/^built 2 files of 2 documents in \d+\.\d s \(render time pdf 0\.8 s, docx 0\.3 s\); 3 files up to date$/);
    expect(io.status()).toBe(''); // no counter when not on a terminal
  });

  it('shows the control characters of a path as escapes, on one line (an --out named with ESC [2J cleared the terminal)', () => {
    const io = capture(false);
    const progress = new Progress(io.streams, {});
    progress.begin(1, 0);
    progress.written(`${process.cwd()}/out\x1b[2J\nx/a/x.pdf`, 'pdf', 10);
    expect(io.out().split('\n')[0]).toBe('out\\u001b[2J\\nx/a/x.pdf  10 ms');
  });

  it('shows a live counter on a terminal and clears it before each line', () => {
    const io = capture(true);
    // An empty environment: the job that runs this test may itself set CI, which turns the counter off.
    const progress = new Progress(io.streams, {});
    progress.begin(50, 0);
    progress.documentDone();
    progress.documentDone();
    expect(io.status()).toContain('2/50 documents');
    progress.end();
    expect(io.status().endsWith('\r\x1b[K')).toBe(true);
  });

  it('draws no counter on a dumb terminal or in a CI job, where the escapes would show as text or fill the log', () => {
    for (const env of [{ TERM: 'dumb' }, { CI: 'true' }, { CI: '1' }]) {
      const io = capture(true);
      const progress = new Progress(io.streams, env);
      progress.begin(5, 0);
      progress.written(`${process.cwd()}/out/a/x.html`, 'html', 12);
      progress.documentDone();
      progress.end();
      expect(io.status(), JSON.stringify(env)).toBe('');
      expect(io.out()).not.toMatch(/[\r\x1b]/);
    }
    const terminal = { isTTY: true };
    expect(drawsLiveCounter({ out: terminal, status: terminal }, { TERM: 'xterm-256color', CI: 'false' })).toBe(true);
    expect(drawsLiveCounter({ out: terminal, status: { isTTY: false } }, {})).toBe(false);
  });

  it('draws no counter when the lines go through a pipe, as to `| tee build.log`: they would reach the terminal after it and run into it', () => {
    const io = capture(true, 80, false);
    const progress = new Progress(io.streams, {});
    progress.begin(5, 0);
    progress.written(`${process.cwd()}/out/a/x.html`, 'html', 12);
    progress.documentDone();
    progress.end();
    expect(io.status()).toBe('');
  });

  it('keeps the counter narrower than the terminal, as a wrapped one leaves a row behind at each redraw', () => {
    const io = capture(true, 8);
    const progress = new Progress(io.streams, {});
    progress.begin(50, 0);
    progress.documentDone();
    for (const drawn of io.status().split('\r\x1b[K').filter((text) => text !== '')) expect(drawn.length).toBeLessThan(8);
    expect(io.status()).toContain('1/50 do');
  });

  it('draws the counter no more once stopped (Ctrl-C): a document finishing before the exit would leave it before the prompt', () => {
    const io = capture(true);
    const progress = new Progress(io.streams, {});
    progress.begin(5, 0);
    progress.stop();
    expect(io.status().endsWith('\r\x1b[K')).toBe(true);
    const before = io.status();
    progress.written(`${process.cwd()}/out/a/x.html`, 'html', 12);
    progress.documentDone();
    expect(io.status()).toBe(before);
  });

  it('says when there is nothing to build', () => {
    const io = capture(false);
    const progress = new Progress(io.streams, {});
    progress.begin(0, 9);
    progress.end();
    expect(io.out()).toMatch(/^nothing to build: 9 files up to date \(\d+\.\d s; --force rebuilds them\)\n$/);
  });
});

describe('build progress on a terminal (a pty)', () => {
  // Not a CI job's terminal, where no counter is drawn, whatever runs these tests.
  const terminalEnv = (extra: NodeJS.ProcessEnv) => {
    const { CI: _ci, ...env } = process.env;
    return { ...env, ...extra };
  };

  it('clears the counter before a failure is printed, so the message starts its own line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-progress-tty-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    // A browser that cannot start: the build fails while the counter is shown.
    const command = `${process.execPath} ${join(repoRoot, 'bin/checklist.js')} build --content content --out out --format html,pdf`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: terminalEnv({ PUPPETEER_EXECUTABLE_PATH: '/bin/false' }) });
    expect(run.status, run.stdout).toBe(1);
    expect(run.stdout).toContain('0/1 document');
    expect(run.stdout).toMatch(/(^|\r\x1b\[K|\n)checklist: Could not start the browser/);
    expect(run.stdout).not.toMatch(/documents?checklist:/);
  });

  it('writes no escape on a dumb terminal, also for a document stopped by --timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-progress-dumb-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const command = `${process.execPath} ${join(repoRoot, 'bin/checklist.js')} build --content content --out out --format html,pdf --timeout 0.05`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: terminalEnv({ TERM: 'dumb' }) });
    expect(run.status, run.stdout).toBe(1);
    expect(run.stdout).toContain('stopped after 0.05 s');
    expect(run.stdout).not.toContain('\x1b');
  });

  it('draws no counter when the lines are piped on (`| cat`), so none runs into a line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-progress-pipe-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const command = `${process.execPath} ${join(repoRoot, 'bin/checklist.js')} build --content content --out out --format html | cat`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: terminalEnv({}) });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('out/acme/mini-1.0.html');
    expect(run.stdout).not.toContain('\x1b');
  });
});
