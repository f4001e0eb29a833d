/**
 * The abortable render (src/render/run-isolated.ts): a render in a worker stops at once when
 * its signal aborts, even in the middle of synchronous work, and a PDF print stops by closing
 * its page, the browser left usable.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The compiled modules (npm test builds lib/ first): a worker runs lib/render/isolated-worker.js.
const lib = (path: string) => import(/* @vite-ignore */ `../../lib/${path}`);
const { IsolatedRunner } = (await lib('render/run-isolated.js')) as typeof import('../../src/render/run-isolated.js');
const { BrowserManager } = (await lib('browser/browser-manager.js')) as typeof import('../../src/browser/browser-manager.js');
const { renderPdf } = (await lib('render/pdf/render-pdf.js')) as typeof import('../../src/render/pdf/render-pdf.js');

// A module whose export never returns: synchronous work no timer on its thread could stop.
const spin = new URL(`data:text/javascript,${encodeURIComponent('export function spin() { for (;;); } export const twice = (n) => n * 2;')}`);

describe('IsolatedRunner', () => {
  it('terminates a worker stuck in synchronous work when the signal aborts, and runs the next task', async () => {
    const runner = new IsolatedRunner();
    try {
      const controller = new AbortController();
      const stuck = runner.run({ module: spin, name: 'spin', args: [] }, controller.signal);
      const reason = new Error('budget spent');
      controller.abort(reason);
      await expect(stuck).rejects.toBe(reason);
      expect(await runner.run<number>({ module: spin, name: 'twice', args: [21] })).toBe(42);
    } finally {
      await runner.close();
    }
  });

  it('runs the first task in the worker preloaded for it, once that has loaded its module', async () => {
    // The preloaded module marks its worker; the task's module reads the mark of the worker it runs in.
    const marking = new URL(`data:text/javascript,${encodeURIComponent('globalThis.mark = "preloaded";')}`);
    const reading = new URL(`data:text/javascript,${encodeURIComponent('export const mark = () => globalThis.mark ?? "fresh";')}`);
    const runner = new IsolatedRunner();
    try {
      runner.preload(marking);
      const marks = await Promise.all([runner.run<string>({ module: reading, name: 'mark', args: [] }), runner.run<string>({ module: reading, name: 'mark', args: [] })]);
      // Asked for at the same time, the second starts a worker of its own.
      expect(marks).toEqual(['preloaded', 'fresh']);
    } finally {
      await runner.close();
    }
  });

  it('runs tasks in a process of its own, with V8’s background threads sized to the machine, gone after close()', async () => {
    const probe = new URL(`data:text/javascript,${encodeURIComponent('export const about = () => ({ pid: process.pid, execArgv: process.execArgv });')}`);
    const runner = new IsolatedRunner();
    let pid = 0;
    try {
      const about = await runner.run<{ pid: number; execArgv: string[] }>({ module: probe, name: 'about', args: [] });
      pid = about.pid;
      expect(pid).not.toBe(process.pid);
      expect(about.execArgv).toContain('--v8-pool-size=0');
    } finally {
      await runner.close();
    }
    expect(() => process.kill(pid, 0)).toThrow(); // no such process any more
  });

  it('starts another worker when the idle one died meanwhile', async () => {
    const probe = new URL(`data:text/javascript,${encodeURIComponent('export const pid = () => process.pid;')}`);
    const runner = new IsolatedRunner();
    try {
      const first = await runner.run<number>({ module: probe, name: 'pid', args: [] });
      process.kill(first, 'SIGKILL'); // killed from outside while idle
      for (let waited = 0; waited < 5_000; waited += 20) {
        try {
          process.kill(first, 0);
          await new Promise((resolve) => setTimeout(resolve, 20));
        } catch {
          break; // gone
        }
      }
      const second = await runner.run<number>({ module: probe, name: 'pid', args: [] });
      expect(second).not.toBe(first);
    } finally {
      await runner.close();
    }
  });

  it('gives the task to a new worker when the idle one was killed a moment before it was sent, not yet seen gone', async () => {
    const probe = new URL(`data:text/javascript,${encodeURIComponent('export const pid = () => process.pid;')}`);
    const runner = new IsolatedRunner();
    try {
      const first = await runner.run<number>({ module: probe, name: 'pid', args: [] });
      // Killed as the last file's line is printed, the next task sent before this process has seen
      // it go (no turn of the event loop between): the send fails (EPIPE).
      process.kill(first, 'SIGKILL');
      while (!/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${first}/stat`, 'utf8'))); // dead, not yet reaped
      const second = await runner.run<number>({ module: probe, name: 'pid', args: [] });
      expect(second).not.toBe(first);
    } finally {
      await runner.close();
    }
  });

  it('fails a task whose worker is killed under it as a failure of that document alone, saying so', async () => {
    const probe = new URL(`data:text/javascript,${encodeURIComponent('export const pid = () => process.pid; export function spin() { for (;;); }')}`);
    const runner = new IsolatedRunner();
    try {
      const pid = await runner.run<number>({ module: probe, name: 'pid', args: [] });
      const spinning = runner.run({ module: probe, name: 'spin', args: [] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      process.kill(pid, 'SIGKILL');
      await expect(spinning).rejects.toMatchObject({ name: 'RendererEnded', exitCode: 1, message: expect.stringMatching(/^the worker process rendering it ended \(killed by SIGKILL, /) });
      expect(await runner.run<number>({ module: probe, name: 'pid', args: [] })).not.toBe(pid);
    } finally {
      await runner.close();
    }
  });

  it('passes on what the task threw, by name and message', async () => {
    const runner = new IsolatedRunner();
    try {
      await expect(runner.run({ module: spin, name: 'missing', args: [] })).rejects.toThrow(/has no function missing/);
    } finally {
      await runner.close();
    }
  });
});

describe('renderPdf with a signal', () => {
  it('stops a print when the signal aborts, with the signal’s reason, and the browser prints the next one', async () => {
    const browser = new BrowserManager();
    try {
      const big = `<html><body>${'<p>line of a long document</p>'.repeat(200_000)}</body></html>`;
      const controller = new AbortController();
      const meta = { title: 'T', customer: 'C', documentId: '', version: '1', date: '2026-01-01' };
      const printing = renderPdf(browser, big, meta, { signal: controller.signal });
      const reason = new Error('budget spent');
      setTimeout(() => controller.abort(reason), 50);
      await expect(printing).rejects.toBe(reason);
      const pdf = await renderPdf(browser, '<p>small</p>', meta);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });
});
