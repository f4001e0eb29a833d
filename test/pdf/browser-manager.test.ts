// The shared browser's lifecycle, with real Chromium: bounded pages, pages closed after an
// error, nothing left running after close() or after a signal. Processes are found by the
// temporary profile path, so browsers of other test files running alongside do not count.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { CliError } from '../../src/cli/errors.js';
import { pgrep, waitForNoProcess } from './processes.js';

describe('BrowserManager', () => {
  const manager = new BrowserManager({ maxPages: 2 });
  afterAll(() => manager.close());

  it('starts lazily and runs at most maxPages pages at once', async () => {
    expect(manager.userDataDir).toBeUndefined();
    let running = 0;
    let peak = 0;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The first two pages wait for each other, so that a loaded machine cannot finish one page
    // before the next opens; a third page, were it let in, would then be seen too.
    const untilTwoRun = async () => {
      for (let waited = 0; running < 2 && waited < 20_000; waited += 10) await sleep(10);
    };
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        manager.withPage(async (page) => {
          running++;
          peak = Math.max(peak, running);
          await page.setContent(`<p>${n}</p>`);
          if (n <= 2) await untilTwoRun();
          await sleep(100);
          running--;
          return page.$eval('p', (p) => p.textContent);
        }),
      ),
    );
    expect(results).toEqual(['1', '2', '3', '4', '5']);
    expect(peak).toBe(2);
    expect((await pgrep(manager.userDataDir!)).length).toBeGreaterThan(0);
  });

  it('reuses a page that finished cleanly, closes one whose work threw, and close() leaves no Chromium', async () => {
    const openPages = () => manager.withPage(async (page) => (await page.browser().pages()).length);
    const before = await openPages();
    const used = await manager.withPage(async (page) => page);
    expect(await manager.withPage(async (page) => page)).toBe(used); // the idle page again
    let failed: Page | undefined;
    await expect(
      manager.withPage(async (page) => {
        failed = page;
        await page.setContent('<p>x</p>');
        throw new Error('boom inside withPage');
      }),
    ).rejects.toThrow('boom inside withPage');
    expect(failed?.isClosed()).toBe(true);
    expect(await openPages()).toBeLessThan(before); // the failed one is gone, no other opened

    const profile = manager.userDataDir!;
    await manager.close();
    await manager.close(); // idempotent
    expect(await waitForNoProcess(profile)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
    await expect(manager.withPage(async () => 'late')).rejects.toThrow(/closed/);
  });

  it('collects the garbage a reused page leaves, every collectGarbageEvery documents: its renderer keeps the last documents only', async () => {
    await using collecting = new BrowserManager({ maxPages: 1, collectGarbageEvery: 2 });
    const html = `<!doctype html><table>${'<tr><td>cell</td><td>x</td></tr>'.repeat(2000)}</table>`;
    // The DOM nodes the page's renderer holds, live or not yet collected, as a document is loaded and printed.
    const nodesNow = (page: Page) => page.createCDPSession().then(async (session) => {
      const { nodes } = await session.send('Memory.getDOMCounters');
      await session.detach();
      return nodes;
    });
    // Blink counts a node until its memory is swept, which follows the collection on its own
    // time (later on a loaded machine: 5 s were once too few under the full suite): the count is
    // read until it has fallen, for 15 s at most. Without the collection it stays where it is.
    const settledNodes = async (page: Page, below: number) => {
      let nodes = await nodesNow(page);
      for (const deadline = Date.now() + 15_000; nodes >= below && Date.now() < deadline; nodes = await nodesNow(page)) await new Promise((resolve) => setTimeout(resolve, 100));
      return nodes;
    };
    let settleBelow = Infinity;
    const print = () => collecting.withPage(async (page) => {
      const before = await settledNodes(page, settleBelow);
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf();
      return { page, before, after: await nodesNow(page) };
    });
    const first = await print();
    const oneDocument = first.after - first.before;
    expect(oneDocument).toBeGreaterThan(10_000);
    // A collection right after a document may find the one before it still held (on a loaded
    // machine): by the next collection it is garbage. So after the fourth document's collection
    // the renderer holds at most the third and the fourth, where without it all four stay.
    settleBelow = oneDocument * 2.5;
    const pages = [first.page];
    for (let document = 2; document <= 4; document++) pages.push((await print()).page);
    const fifth = await print();
    // The same page each time: a collection that failed would close it, and a new page holds nothing.
    expect(new Set([...pages, fifth.page]).size).toBe(1);
    expect(fifth.before).toBeLessThan(oneDocument * 2.5);
  });

  it('an error on the browser’s pipes, while it runs or after close(), is not an uncaught error', async () => {
    const late = new BrowserManager();
    const child = await late.withPage(async (page) => page.browser().process());
    const pipes = child!.stdio.filter((stream) => stream !== null && stream !== undefined);
    expect(pipes.length).toBeGreaterThan(0);
    const reset = () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    // While it runs, puppeteer's log reader (readline on stdout and stderr) passes a stream's
    // error on to itself, where nothing listens: it would throw here (and end a build with 70).
    for (const stream of pipes) expect(() => stream.emit('error', reset())).not.toThrow();
    await late.close();
    // As when a read on the pipe fails with ECONNRESET after puppeteer closed its transport.
    for (const stream of pipes) expect(() => stream.emit('error', reset())).not.toThrow();
  });

  // The full browser (the headless shell, found first where installed, has no such UI).
  it.skipIf(!existsSync('/usr/bin/chromium'))('starts the full Chromium without the address bar’s WebUI popup (a renderer of ~0.5 s CPU)', async () => {
    const full = new BrowserManager({ executablePath: '/usr/bin/chromium' });
    try {
      expect(await full.withPage(async (page) => (await page.setContent('<p>x</p>'), page.$eval('p', (p) => p.textContent)))).toBe('x');
      // Chromium 156 opens chrome://omnibox-popup.top-chrome/ in a `--top-chrome-webui`
      // renderer within its first second; give it that long, then look.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const commandLines = await Promise.all((await pgrep(full.userDataDir!)).map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
      expect(commandLines.length).toBeGreaterThan(1);
      expect(commandLines.filter((line) => line.includes('--top-chrome-webui'))).toEqual([]);
    } finally {
      await full.close();
    }
  });

  it.skipIf(!existsSync('/usr/bin/chromium-headless-shell'))('starts the headless shell drawing frames only when asked, and prints with it', async () => {
    const shell = new BrowserManager({ executablePath: '/usr/bin/chromium-headless-shell' });
    try {
      const pdf = await shell.withPage(async (page) => {
        await page.setContent('<h1 id="a">x</h1><p>text</p>');
        expect(await page.evaluate(() => document.getElementById('a')!.getClientRects().length)).toBe(1); // laid out on demand
        return page.pdf({ format: 'A4' });
      });
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const commandLines = await Promise.all((await pgrep(shell.userDataDir!)).map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
      expect(commandLines.some((line) => line.includes('--enable-begin-frame-control'))).toBe(true);
    } finally {
      await shell.close();
    }
  });

  it('reports a browser that cannot start as a CliError, leaving no profile behind', async () => {
    const broken = new BrowserManager({ executablePath: '/bin/false' });
    const error = await broken.withPage(async () => 'never').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/Could not start the browser \/bin\/false/);
    expect(broken.userDataDir).toBeUndefined();
    await broken.close();
  });

  it('says why a browser cannot start, in the browser’s own words (a library missing), not that its pipe closed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'broken-browser-'));
    const executable = join(folder, 'chromium');
    await writeFile(executable, '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n', { mode: 0o755 });
    const broken = new BrowserManager({ executablePath: executable });
    const error = await broken.withPage(async () => 'never').catch((caught: unknown) => caught);
    expect((error as CliError).message).toContain(`Could not start the browser ${executable} for PDF output: chromium: error while loading shared libraries: libnss3.so`);
    expect((error as CliError).message).not.toMatch(/Target closed|Protocol error/);
    await broken.close();
  });

  it('warmUp() starts the browser ahead of the first page, and keeps a failed start for the page to report', async () => {
    const warm = new BrowserManager();
    try {
      warm.warmUp();
      for (let waited = 0; warm.userDataDir === undefined && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      const profile = warm.userDataDir;
      expect(profile).toBeDefined();
      expect(await warm.withPage(async (page) => page.browser().connected)).toBe(true);
      expect(warm.userDataDir).toBe(profile); // the same browser, not a second one
    } finally {
      await warm.close();
    }
    const broken = new BrowserManager({ executablePath: '/bin/false' });
    broken.warmUp(); // fails quietly
    await expect(broken.withPage(async () => 'never')).rejects.toThrow(/Could not start the browser \/bin\/false/);
    await broken.close();
  });

  it('on SIGTERM closes the browser, removes its profile and exits 143', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('fixtures/signal-child.ts', import.meta.url))],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        void exited.then((code) => reject(new Error(`child exited with ${code} before it was ready`)));
      });
      const { userDataDir } = JSON.parse(firstLine) as { userDataDir: string };
      expect((await pgrep(userDataDir)).length).toBeGreaterThan(0);

      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(await waitForNoProcess(userDataDir)).toEqual([]);
      expect(existsSync(userDataDir)).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
