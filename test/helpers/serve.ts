/** `checklist serve` in a copy of the fixtures' content, with a real Chromium page open on it. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { findBrowser } from '../../src/browser/find-browser.js';
import { OFFLINE_CHROMIUM_ARGS } from '../../src/browser/offline-args.js';
import { repoRoot } from './run-cli.js';

/**
 * `checklist serve ARGS --content content --port 0` in a temporary copy of the fixtures'
 * content (`prepare` may change it first), and a Chromium page open at PATH.
 */
export async function startServe(args: string[], path = '', prepare: (dir: string) => Promise<void> = async () => undefined) {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-serve-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  await prepare(dir);
  const server = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'serve', ...args, '--content', 'content', '--port', '0'], { cwd: dir });
  const served = { dir, server, stderr: '', url: '' };
  server.stderr!.on('data', (chunk: Buffer) => (served.stderr += chunk.toString()));
  served.url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) resolve(match[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${served.stderr}`)));
  });
  // Loopback only: the offline flags minus the resolver rule (the page is on 127.0.0.1).
  const chromiumArgs = OFFLINE_CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--host-resolver-rules'));
  const browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...chromiumArgs] });
  const page = await browser.newPage();
  await page.goto(served.url + path, { waitUntil: 'load' });
  return { ...served, browser, page, get output() { return served.stderr; } };
}

/** Waits until the page's text shows `text` (after as many reloads as it takes). */
/**
 * The page's text once it has a body: the preview reloads itself after each render, and a page
 * read in the moment of a reload has none yet (puppeteer runs the wait again in the new page).
 */
export async function bodyText(page: Page, timeout = 60_000): Promise<string> {
  const handle = await page.waitForFunction(() => document.body?.innerText, { timeout, polling: 100 });
  return (await handle.jsonValue()) as string;
}

export function waitForText(page: Page, text: string, timeout = 60_000) {
  return page.waitForFunction((expected: string) => document.body?.innerText.includes(expected), { timeout, polling: 100 }, text);
}

/**
 * Writes each of `files` (paths under the served folder) and says what serve printed in the
 * `settleMs` after: nothing, where none of them is a source.
 */
export async function outputAfterWrites(served: { dir: string; output: string }, files: readonly string[], settleMs: number): Promise<string> {
  const start = served.output.length;
  for (const file of files) await writeFile(join(served.dir, file), 'x');
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return served.output.slice(start);
}
